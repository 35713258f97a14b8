namespace Termine.Booking.Tests.Simulation;

/// <summary>The month-long simulation runs only when asked for: it is recorded by hand, never part of ./test.sh.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SimulationMonthFactAttribute : FactAttribute
{
    public SimulationMonthFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(WaitlistSimulationTests.MonthVariable) != "1")
        {
            Skip = $"The month-long simulation; run it with {WaitlistSimulationTests.MonthVariable}=1 (docs/PERFORMANCE.md, \"Waiting list\").";
        }
    }
}
