using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Termine.Booking.Appointments;
using Termine.Booking.CheckIn;
using Termine.Booking.Persistence;
using Termine.Booking.Retention;
using Termine.Bot.State;
using Termine.Bot.Tests.Admin.Transcripts;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;

namespace Termine.Bot.Tests.Admin.Retention;

/// <summary>Personal data and transcripts go after the retention period (30 days), the statistics stay.</summary>
public sealed class RetentionTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private TermineFactory _factory = null!;

    public RetentionTests(TestDatabase database) => _database = database;

    public Task InitializeAsync()
    {
        // The test jumps weeks ahead: FakeTimeProvider fires a periodic timer once for every period it passes, so the
        // outbox worker (every few seconds) would run hundreds of thousands of times; the test runs retention itself.
        _factory = new TermineFactory(
            _database,
            new Dictionary<string, string?> { ["Termine:Mail:PickupDirectory"] = _pickup },
            services => services.RemoveAll<IHostedService>());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }

    [NeedsFact(Need.QrDecoder)]
    public async Task Retention_KeepsEverythingWithinThePeriod_ThenRemovesPersonalDataAndTranscripts()
    {
        var conversationId = $"retention-{Guid.NewGuid():N}";
        var booked = await ChatBooking.BookAsync(_factory, conversationId, $"{conversationId}@example.org");
        var (_, checkInToken, _) = await MailboxReader.ConfirmationAsync(_factory.Services, _pickup, booked.Reference!);
        var worker = _factory.Services.GetRequiredService<RetentionWorker>();

        _factory.Time.Advance(TimeSpan.FromDays(29));
        await worker.RunOnceAsync(CancellationToken.None);

        var within = await AppointmentAsync(booked.Id);
        Assert.Equal("Amina Haddad", within.FullName);
        Assert.Null(within.AnonymisedAt);
        Assert.NotNull(await _factory.Services.GetRequiredService<CheckInService>().FindAsync(checkInToken, CancellationToken.None));
        Assert.True(await ConversationRowsAsync(conversationId) > 0);

        _factory.Time.Advance(TimeSpan.FromDays(40));
        await worker.RunOnceAsync(CancellationToken.None);
        await worker.RunOnceAsync(CancellationToken.None);

        var after = await AppointmentAsync(booked.Id);
        Assert.NotNull(after.AnonymisedAt);
        Assert.Null(after.FullName);
        Assert.Null(after.BirthDate);
        Assert.Null(after.Email);
        Assert.Null(after.Phone);
        Assert.Null(after.ChannelAddress);
        Assert.Null(after.CheckInTokenHash);
        Assert.Null(after.ManageTokenHash);
        Assert.Equal((booked.ServiceId, booked.Start, booked.Channel, booked.Language, booked.Status, booked.Persons),
            (after.ServiceId, after.Start, after.Channel, after.Language, after.Status, after.Persons));
        Assert.Null(await _factory.Services.GetRequiredService<CheckInService>().FindAsync(checkInToken, CancellationToken.None));
        Assert.Equal(0, await ConversationRowsAsync(conversationId));
        await using var bookingDb = await _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        Assert.False(await bookingDb.OutboxMessages.AnyAsync(m => m.AppointmentId == booked.Id));
    }

    private async Task<Appointment> AppointmentAsync(Guid id)
    {
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.Appointments.AsNoTracking().SingleAsync(a => a.Id == id);
    }

    /// <summary>Everything the bot keeps of the conversation: summary, transcript and conversation state.</summary>
    private async Task<int> ConversationRowsAsync(string conversationId)
    {
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var stateKey = $"webchat/conversations/{conversationId}";
        return await db.ConversationSummaries.CountAsync(s => s.ConversationId == conversationId)
            + await db.TranscriptActivities.CountAsync(a => a.ConversationId == conversationId)
            + await db.BotStateItems.CountAsync(i => i.Key == stateKey);
    }
}
