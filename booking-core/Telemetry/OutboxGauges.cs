using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Termine.Booking.Notifications;

namespace Termine.Booking.Telemetry;

/// <summary>
/// The outbox as a metrics scrape sees it: how many messages are due and unsent, and how long the oldest of them has
/// waited. Read from the database at most once per <see cref="SampleInterval"/> and cached, so however often and from
/// however many scrapers /metrics is asked, the database answers one small query per interval.
/// </summary>
public sealed class OutboxGauges(OutboxBacklog backlog, TimeProvider time, ILogger<OutboxGauges> logger)
{
    public static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(15);

    private readonly Lock _lock = new();
    private Sample? _last;

    public IEnumerable<Measurement<long>> Backlog() =>
        Current() is { } sample ? [new Measurement<long>(sample.Due)] : [];

    public IEnumerable<Measurement<double>> OldestDueAge() =>
        Current() is { } sample ? [new Measurement<double>(sample.OldestAge.TotalSeconds)] : [];

    private Sample? Current()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            if (_last is null || now - _last.TakenAt >= SampleInterval)
            {
                _last = Read(now) ?? _last;
            }

            return _last;
        }
    }

    private Sample? Read(DateTimeOffset now)
    {
        try
        {
            // The lock above keeps it to one read per interval.
            var (due, oldestAge) = backlog.Due(now);
            return new Sample(now, due, oldestAge);
        }
        catch (Exception ex)
        {
            // A scrape while the database is away shows the last known values (or none) instead of failing whole.
            logger.OutboxUnreadable(ex);
            return null;
        }
    }

    private sealed record Sample(DateTimeOffset TakenAt, long Due, TimeSpan OldestAge);
}
