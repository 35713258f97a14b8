using System.Diagnostics;

namespace Termine.Booking.Telemetry;

/// <summary>
/// The names under which Termine's own spans and metrics are published. The core only writes them through
/// System.Diagnostics; the host decides whether and where they go (OpenTelemetry lives in the host alone).
/// </summary>
public static class TermineTelemetry
{
    /// <summary>The name of the <see cref="ActivitySource"/> and of the Meter.</summary>
    public const string Name = "Termine";

    public static readonly ActivitySource Source = new(Name);

    /// <summary>
    /// Names the outcome of the current operation on its span, when the span is ours (an operation without a listener
    /// has none, and the request's span is not ours to tag).
    /// </summary>
    public static void TagOutcome(object? result)
    {
        if (Activity.Current is { } activity && activity.Source == Source && result is not null)
        {
            activity.SetTag("termine.outcome", result.GetType().Name);
        }
    }
}
