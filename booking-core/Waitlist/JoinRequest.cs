using Termine.Booking.Appointments;

namespace Termine.Booking.Waitlist;

/// <summary>What a resident gives to join the list. A null <see cref="From"/> is today, a null <see cref="To"/> the default window.</summary>
public sealed record JoinRequest(
    string? ServiceId,
    int? Persons,
    PersonalData Person,
    DateOnly? From,
    DateOnly? To,
    IReadOnlySet<DayOfWeek>? Weekdays,
    TimeOnly? NotBefore,
    TimeOnly? NotAfter,
    DateOnly? PermitExpires,
    string Channel = "api",
    string? ChannelAddress = null);
