using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;
using Termine.Testing.Residents;

namespace Termine.Booking.Tests.Notifications;

/// <summary>
/// An appointment booked in a chat gets its QR code and reminders in that chat too, through the same outbox as the
/// e-mails: routed by channel, withdrawn on a move, and never holding the e-mails up.
/// </summary>
public sealed class ChatOutboxTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";

    /// <summary>Thursday 17 December 2026, 10:00 — 23 days after the test's "now".</summary>
    private static readonly DateTimeOffset Start = new(2026, 12, 17, 10, 0, 0, TimeSpan.FromHours(1));

    private readonly TestDatabase _database;
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private readonly FakeChatTransport _chat = new();
    private BookingHost _host = null!;

    public ChatOutboxTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() => _host = await StartHostAsync(withChat: true);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }

    [NeedsFact(Need.QrDecoder)]
    public async Task Booked_InAChat_QueuesTheQrCodeNowAndRemindersAtTheEmailsTimes()
    {
        var booked = await BookAsync(Start, "1001", "queued@example.org");

        var chat = (await OutboxOfAsync(booked)).Where(m => m.Channel == FakeChatTransport.Name).ToList();
        Assert.Equal([MessageKind.Confirmation, MessageKind.Reminder, MessageKind.Reminder], chat.Select(m => m.Kind));
        Assert.Equal([BookingHost.DefaultNow, Start.AddDays(-7), Start.AddDays(-1)], chat.Select(m => m.DueAt));
        // Composed when sent: the rows hold no message, so no token.
        Assert.All(chat, m => Assert.Null(m.Content));
        await DispatchAsync();
        var message = Assert.Single(_chat.Sent, m => m.Address == "1001");
        Assert.Equal("1001", message.Address);
        Assert.Contains(booked.Appointment.Reference, message.Text);
        Assert.Equal(
            $"http://localhost:5000/checkin/{booked.Tokens!.CheckIn}", await QrDecoder.DecodeAsync(message.Photo!));
    }

    [Fact]
    public async Task Booked_WithoutAChat_QueuesOnlyEmails()
    {
        var result = await _host.Get<BookingService>().BookAsync(
            new BookingRequest(ServiceId, Start.AddHours(1), 1, People.Resident("nochat@example.org")), "c", null, default);

        var booked = Assert.IsType<BookingResult.Booked>(result);
        Assert.All(await OutboxOfAsync(booked), m => Assert.Equal(OutboxMessage.EmailChannel, m.Channel));
    }

    [Fact]
    public async Task Dispatched_RoutesEachMessageToItsChannel()
    {
        var booked = await BookAsync(Start.AddHours(3), "1003", "routed@example.org");

        await DispatchAsync();

        var sent = Assert.Single(_chat.Sent, m => m.Address == "1003");
        Assert.StartsWith(AppointmentEmailComposer.Texts.Get("Subject.Confirmation", "de", "", "").Split(':')[0], sent.Text);
        Assert.All(await OutboxOfAsync(booked), m => Assert.Equal(m.Kind == MessageKind.Confirmation ? OutboxStatus.Sent : OutboxStatus.Pending, m.Status));
    }

    [Fact]
    public async Task ChatDown_EmailsStillGoAndTheChatMessageIsRetried()
    {
        var booked = await BookAsync(Start.AddHours(4), "1004", "chatdown@example.org");
        _chat.Failure = new HttpRequestException("down");

        await DispatchAsync();

        var messages = await OutboxOfAsync(booked);
        var chat = messages.Single(m => m.Channel == FakeChatTransport.Name && m.Kind == MessageKind.Confirmation);
        Assert.Equal(OutboxStatus.Pending, chat.Status);
        Assert.Equal(1, chat.Attempts);
        Assert.Equal(nameof(HttpRequestException), chat.LastError);
        Assert.Equal(OutboxStatus.Sent, messages.Single(m => m.Channel == OutboxMessage.EmailChannel && m.Kind == MessageKind.Confirmation).Status);
    }

    [Fact]
    public async Task ChatRefused_MarkedFailedForStaff()
    {
        var booked = await BookAsync(Start.AddHours(5), "1005", "refused@example.org");
        _chat.Failure = new DeliveryRefusedException("chat 403");

        await DispatchAsync();

        var chat = (await OutboxOfAsync(booked)).Single(m => m.Channel == FakeChatTransport.Name && m.Kind == MessageKind.Confirmation);
        Assert.Equal(OutboxStatus.Failed, chat.Status);
        Assert.Equal("refused: chat 403", chat.LastError);
    }

    [Fact]
    public async Task HostWithoutTheChannel_LeavesItsMessagesForAHostThatHasIt()
    {
        var booked = await BookAsync(Start.AddHours(6), "1006", "otherhost@example.org");
        var now = _host.Time.GetUtcNow();
        await _host.DisposeAsync();
        _host = await StartHostAsync(withChat: false, now);

        await DispatchAsync();

        var messages = await OutboxOfAsync(booked);
        var chat = messages.Single(m => m.Channel == FakeChatTransport.Name && m.Kind == MessageKind.Confirmation);
        Assert.Equal(OutboxStatus.Pending, chat.Status);
        Assert.Equal(0, chat.Attempts);
        Assert.Equal(OutboxStatus.Sent, messages.Single(m => m.Channel == OutboxMessage.EmailChannel && m.Kind == MessageKind.Confirmation).Status);
    }

    [Fact]
    public async Task Moved_WithdrawsTheOldChatRemindersAndQueuesNewOnes()
    {
        var booked = await BookAsync(Start.AddDays(1), "1007", "moved@example.org");
        var newStart = Start.AddDays(5).AddHours(4);

        var moved = await _host.Get<AppointmentChanges>().RescheduleAsync(
            new AppointmentProof.ReferenceAndEmail(booked.Appointment.Reference, "moved@example.org"), newStart, default);

        Assert.IsType<MoveResult.Moved>(moved);
        var chat = (await OutboxOfAsync(booked)).Where(m => m.Channel == FakeChatTransport.Name).ToList();
        Assert.Equal(3, chat.Count(m => m.Status == OutboxStatus.Withdrawn));
        Assert.Equal(
            [newStart.AddDays(-7), newStart.AddDays(-1)],
            chat.Where(m => m.Status == OutboxStatus.Pending && m.Kind == MessageKind.Reminder).Select(m => m.DueAt).Order());
    }

    private Task<BookingHost> StartHostAsync(bool withChat, DateTimeOffset? now = null) =>
        BookingHost.StartAsync(
            _database,
            new Dictionary<string, string?> { ["Termine:Mail:PickupDirectory"] = _pickup },
            now,
            services =>
            {
                if (withChat)
                {
                    services.AddSingleton<IChatTransport>(_chat);
                }
            });

    private Task<int> DispatchAsync() => _host.Get<OutboxDispatcher>().DispatchDueAsync(default);

    private async Task<BookingResult.Booked> BookAsync(DateTimeOffset start, string chat, string email)
    {
        var bookings = _host.Get<BookingService>();
        var held = Assert.IsType<HoldResult.Held>(await bookings.HoldAsync(ServiceId, start, 1, $"chat:{chat}", default));
        var result = await bookings.ConfirmAsync(held.HoldId, People.Resident(email), FakeChatTransport.Name, chat, default);
        return Assert.IsType<BookingResult.Booked>(result);
    }

    private async Task<List<OutboxMessage>> OutboxOfAsync(BookingResult.Booked booked)
    {
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.AppointmentId == booked.Appointment.Id)
            .OrderBy(m => m.DueAt).ThenBy(m => m.Channel).ToListAsync();
    }
}
