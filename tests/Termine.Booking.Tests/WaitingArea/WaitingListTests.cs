using Termine.Booking.Appointments;
using Termine.Booking.WaitingArea;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Residents;

namespace Termine.Booking.Tests.WaitingArea;

/// <summary>
/// Today's waiting area in the core, on SQLite or PostgreSQL (TERMINE_TEST_DATABASE). Each test has a database of its
/// own: waiting numbers count per day, so tests sharing one would see each other's arrivals.
/// </summary>
public sealed class WaitingListTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private BookingHost _host = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _host = await BookingHost.StartAsync(_database);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    private WaitingList Waiting => _host.Get<WaitingList>();

    [Fact]
    public async Task CallNext_CallsTheLowestWaitingNumberFirst_ThenTheNextOne()
    {
        var arrivals = await Arrivals.ArriveAsync(_host.Services, 3);

        var first = Assert.IsType<CallResult.Called>(await Waiting.CallNextAsync(" Schalter 3 ", default));
        _host.Time.Advance(TimeSpan.FromMinutes(2));
        var second = Assert.IsType<CallResult.Called>(await Waiting.CallNextAsync("Schalter 1", default));
        var today = await Waiting.TodayAsync(default);

        Assert.Equal(arrivals[0].Number, first.Entry.WaitingNumber);
        Assert.Equal("Schalter 3", first.Entry.CalledDesk);
        Assert.Equal(_host.Time.GetUtcNow().AddMinutes(-2), first.Entry.CalledAt);
        Assert.Equal(arrivals[1].Number, second.Entry.WaitingNumber);
        Assert.Equal(arrivals.Select(a => a.Number), today.Select(e => e.WaitingNumber));
        Assert.Equal([AppointmentStatus.Called, AppointmentStatus.Called, AppointmentStatus.Arrived], today.Select(e => e.Status));
        Assert.Equal("Amina Haddad", today[2].FullName);
    }

    [Fact]
    public async Task CallNext_PressedAtOnceAtSeveralDesks_NeverCallsOnePersonTwice()
    {
        var arrivals = await Arrivals.ArriveAsync(_host.Services, 4);

        var presses = Enumerable.Range(1, 6).Select(desk => Task.Run(() => Waiting.CallNextAsync($"Schalter {desk}", default)));
        var results = await Task.WhenAll(presses);

        var called = results.OfType<CallResult.Called>().Select(c => c.Entry.WaitingNumber).Order().ToList();
        Assert.Equal(arrivals.Select(a => a.Number).Order(), called);
        Assert.Equal(2, results.OfType<CallResult.NobodyWaiting>().Count());
        Assert.All(await Waiting.TodayAsync(default), e => Assert.Equal(AppointmentStatus.Called, e.Status));
    }

    [Fact]
    public async Task DoneAndNoShow_EndTheVisit_AndOnlyOnce()
    {
        var arrivals = await Arrivals.ArriveAsync(_host.Services, 2);
        var called = Assert.IsType<CallResult.Called>(await Waiting.CallNextAsync("Schalter 2", default));
        var waitingId = (await Waiting.TodayAsync(default)).Single(e => e.Status == AppointmentStatus.Arrived).Id;

        var done = await Waiting.DoneAsync(called.Entry.Id, default);
        var doneAgain = await Waiting.DoneAsync(called.Entry.Id, default);
        var noShow = await Waiting.NoShowAsync(waitingId, default);
        var callFinished = await Waiting.CallAsync(called.Entry.Id, "Schalter 2", default);

        Assert.Equal(AppointmentStatus.Done, Assert.IsType<FinishResult.Finished>(done).Entry.Status);
        Assert.IsType<FinishResult.NotWaiting>(doneAgain);
        Assert.Equal(AppointmentStatus.NoShow, Assert.IsType<FinishResult.Finished>(noShow).Entry.Status);
        Assert.Equal(arrivals[1].Reference, Assert.IsType<FinishResult.Finished>(noShow).Entry.Reference);
        Assert.IsType<CallResult.NotWaiting>(callFinished);
        Assert.Empty(await Waiting.TodayAsync(default));
        Assert.IsType<CallResult.NobodyWaiting>(await Waiting.CallNextAsync("Schalter 2", default));
    }

    [Fact]
    public async Task Display_ShowsTheLatestCallsNewestFirst_AndACallAgainComesBackToTheTop()
    {
        await Arrivals.ArriveAsync(_host.Services, 3);
        var first = Assert.IsType<CallResult.Called>(await Waiting.CallNextAsync("Schalter 1", default));
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        var second = Assert.IsType<CallResult.Called>(await Waiting.CallNextAsync("Schalter 2", default));
        await Waiting.DoneAsync(second.Entry.Id, default);
        _host.Time.Advance(TimeSpan.FromMinutes(1));

        var before = await Waiting.DisplayAsync(5, default);
        Assert.IsType<CallResult.Called>(await Waiting.CallAsync(first.Entry.Id, "Schalter 4", default));
        var after = await Waiting.DisplayAsync(1, default);

        Assert.Equal([(second.Entry.WaitingNumber, "Schalter 2", false), (first.Entry.WaitingNumber, "Schalter 1", true)],
            before.Select(c => (c.WaitingNumber, c.Desk, c.Current)));
        var top = Assert.Single(after);
        Assert.Equal((first.Entry.WaitingNumber, "Schalter 4", true), (top.WaitingNumber, top.Desk, top.Current));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Schalter mit einem sehr langen Namen")]
    public async Task Call_WithoutAUsableDesk_IsRefusedAndChangesNothing(string desk)
    {
        await Arrivals.ArriveAsync(_host.Services, 1);

        Assert.IsType<CallResult.InvalidDesk>(await Waiting.CallNextAsync(desk, default));
        Assert.Equal(AppointmentStatus.Arrived, Assert.Single(await Waiting.TodayAsync(default)).Status);
    }

    [Fact]
    public async Task TheNextDay_YesterdaysArrivalsAreGone()
    {
        await Arrivals.ArriveAsync(_host.Services, 2);

        _host.Time.Advance(TimeSpan.FromDays(1));

        Assert.Empty(await Waiting.TodayAsync(default));
        Assert.Empty(await Waiting.DisplayAsync(5, default));
        Assert.IsType<CallResult.NobodyWaiting>(await Waiting.CallNextAsync("Schalter 1", default));
    }
}
