using Termine.Booking.Appointments;
using Termine.Booking.Waitlist;

namespace Termine.Booking.Tests.Simulation;

/// <summary>A run's figures, and the rows its invariants are checked against.</summary>
public sealed record SimulationOutcome(
    SimulationFigures Figures,
    IReadOnlyList<Appointment> Appointments,
    IReadOnlyList<WaitlistOffer> Offers,
    IReadOnlyList<string> ServedEmails);
