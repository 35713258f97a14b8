using Microsoft.Extensions.Options;

namespace Termine.Booking.Scheduling;

/// <summary>
/// The calendar in force: the configured one at start, replaced as a whole when an administrator saves a change (or
/// another host did). Registered as <c>IOptions&lt;SchedulingOptions&gt;</c>, so every reader of <c>.Value</c> gets
/// the current calendar; the scheduling classes read it on each call instead of keeping it. A replaced instance is
/// never changed again, so a reader holding one sees a consistent calendar.
/// </summary>
public sealed class SchedulingSource(IOptionsMonitor<SchedulingOptions> configured) : IOptions<SchedulingOptions>
{
    private volatile Snapshot _current = new(configured.CurrentValue, Version: 0);

    public SchedulingOptions Value => _current.Options;

    /// <summary>The stored document's version the calendar came from; 0 for configuration.</summary>
    public long Version => _current.Version;

    private readonly Lock _replacing = new();

    /// <summary>Takes a newer version only: the saving editor and the refresher may both bring the same one.</summary>
    internal void Replace(SchedulingOptions options, long version)
    {
        lock (_replacing)
        {
            if (version > _current.Version)
            {
                _current = new Snapshot(options, version);
            }
        }
    }

    private sealed record Snapshot(SchedulingOptions Options, long Version);
}
