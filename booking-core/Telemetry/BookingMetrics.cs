using System.Diagnostics.Metrics;
using Termine.Booking.Notifications;

namespace Termine.Booking.Telemetry;

/// <summary>
/// The booking core's counters. Every tag is one of a short, fixed list (service, team, channel, message kind), never
/// anything that names or identifies a resident, so a metrics store neither learns personal data nor grows without end.
/// </summary>
public sealed class BookingMetrics
{
    private readonly Counter<long> _bookings;
    private readonly Counter<long> _cancellations;
    private readonly Counter<long> _moves;
    private readonly Counter<long> _checkIns;
    private readonly Counter<long> _sendFailures;

    public BookingMetrics(IMeterFactory meters, OutboxGauges outbox)
    {
        var meter = meters.Create(TermineTelemetry.Name);
        _bookings = meter.CreateCounter<long>("termine.bookings", "{appointment}", "Appointments booked");
        _cancellations = meter.CreateCounter<long>("termine.cancellations", "{appointment}", "Appointments cancelled");
        _moves = meter.CreateCounter<long>("termine.moves", "{appointment}", "Appointments moved to another time");
        _checkIns = meter.CreateCounter<long>("termine.checkins", "{appointment}", "Residents checked in on the day");
        _sendFailures = meter.CreateCounter<long>("termine.outbox.send_failures", "{message}", "Outbox messages that could not be sent");
        meter.CreateObservableGauge("termine.outbox.backlog", outbox.Backlog, "{message}", "Outbox messages due and not yet sent");
        meter.CreateObservableGauge("termine.outbox.oldest_due_age", outbox.OldestDueAge, "s", "How long the oldest due, unsent outbox message has waited");
    }

    public void Booked(string serviceId, string team, string channel) => _bookings.Add(1, Tags(serviceId, team, channel));

    public void Cancelled(string serviceId, string team, string channel) => _cancellations.Add(1, Tags(serviceId, team, channel));

    public void Moved(string serviceId, string team, string channel) => _moves.Add(1, Tags(serviceId, team, channel));

    public void CheckedIn(string serviceId, string team, string channel) => _checkIns.Add(1, Tags(serviceId, team, channel));

    /// <param name="refused">True when the server refused the message for good, false when it will be tried again.</param>
    public void SendFailed(string channel, MessageKind kind, bool refused) =>
        _sendFailures.Add(1,
            new KeyValuePair<string, object?>("termine.channel", channel),
            new KeyValuePair<string, object?>("termine.kind", kind.ToString()),
            new KeyValuePair<string, object?>("termine.failure", refused ? "refused" : "retry"));

    private static ReadOnlySpan<KeyValuePair<string, object?>> Tags(string serviceId, string team, string channel) =>
        new KeyValuePair<string, object?>[]
        {
            new("termine.service", serviceId),
            new("termine.team", team),
            new("termine.channel", channel),
        };
}
