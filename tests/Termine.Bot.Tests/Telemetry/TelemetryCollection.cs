namespace Termine.Bot.Tests.Telemetry;

/// <summary>
/// The telemetry tests run alone, after the others: every host in this test process makes its own meter named
/// "Termine", and a host's OpenTelemetry reader hears only the first of several same-named instruments it meets, so
/// with other hosts alive it may count another host's bookings and miss its own. In production one process is one host.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry, alone";
}
