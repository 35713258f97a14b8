using Termine.Booking.Appointments;
using Termine.Booking.Waitlist;
using Termine.Testing.Databases;
using Xunit.Abstractions;

namespace Termine.Booking.Tests.Simulation;

/// <summary>
/// The simulation of docs/PERFORMANCE.md, "Waiting list", run for a few days in each mode, and its invariants: what
/// the month shows is only worth recording if the core kept its rules all along. The month itself is run by hand
/// (<see cref="Month"/>).
/// </summary>
public sealed class WaitlistSimulationTests(ITestOutputHelper output)
{
    public const string MonthVariable = "TERMINE_SIMULATE_MONTH";

    [Theory]
    [InlineData(SimulationMode.RetryOnly)]
    [InlineData(SimulationMode.Waitlist)]
    [InlineData(SimulationMode.WaitlistAndRelease)]
    public async Task FewDays_KeepTheInvariants(SimulationMode mode)
    {
        var outcome = await RunAsync(mode, days: 10);
        output.WriteLine(outcome.Figures.ToMarkdownRow());

        AssertInvariants(outcome);
        Assert.NotEmpty(outcome.ServedEmails);
        if (mode == SimulationMode.RetryOnly)
        {
            Assert.Empty(outcome.Offers);
        }
        else
        {
            Assert.NotEmpty(outcome.Offers);
        }
    }

    /// <summary>The month of the table: <c>TERMINE_SIMULATE_MONTH=1 dotnet test tests/Termine.Booking.Tests --filter "FullyQualifiedName~WaitlistSimulationTests.Month"</c>.</summary>
    [SimulationMonthFact]
    public async Task Month()
    {
        foreach (var mode in Enum.GetValues<SimulationMode>())
        {
            var outcome = await RunAsync(mode, days: 35);
            AssertInvariants(outcome);
            output.WriteLine(outcome.Figures.ToMarkdownRow());
        }
    }

    private static async Task<SimulationOutcome> RunAsync(SimulationMode mode, int days)
    {
        var database = new TestDatabase();
        await database.InitializeAsync();
        try
        {
            return await new WaitlistSimulation(mode, days, seed: 17).RunAsync(database);
        }
        finally
        {
            await database.DisposeAsync();
        }
    }

    private static void AssertInvariants(SimulationOutcome outcome)
    {
        var booked = outcome.Appointments.Where(a => a.Status == AppointmentStatus.Booked).ToList();
        // No desk double-booked: one booked appointment per desk and start.
        Assert.All(booked.GroupBy(a => (a.Desk, a.Start)), g => Assert.Single(g));
        Assert.All(booked.GroupBy(a => a.Start), g => Assert.InRange(g.Count(), 1, 3));
        // Every served resident got exactly one appointment, and nobody else has one.
        Assert.All(outcome.ServedEmails, email => Assert.Single(outcome.Appointments, a => a.Email == email && a.Status != AppointmentStatus.Held));
        Assert.Equal(outcome.ServedEmails.Order(), outcome.Appointments.Where(a => a.Email is not null).Select(a => a.Email!).Order());
        // An accepted offer fills a slot someone freed; no slot is offered twice at once.
        Assert.True(outcome.Figures.OffersAccepted <= outcome.Figures.SlotsFreed);
        Assert.All(outcome.Offers.Where(o => o.Outcome == OfferOutcome.Open).GroupBy(o => o.AppointmentId), g => Assert.Single(g));
        Assert.Equal(outcome.Figures.OffersSent, outcome.Offers.Count);
    }
}
