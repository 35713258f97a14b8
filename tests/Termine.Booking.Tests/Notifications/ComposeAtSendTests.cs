using Microsoft.EntityFrameworkCore;
using MimeKit;
using Termine.Booking.Appointments;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;
using Termine.Testing.Residents;

namespace Termine.Booking.Tests.Notifications;

/// <summary>
/// The booking writes small outbox rows; the dispatcher composes each message when it sends it, with the tokens of the
/// generation the row was issued for. No plain token is stored; what changed since is withdrawn, not sent.
/// </summary>
public sealed class ComposeAtSendTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";

    /// <summary>Thursday 17 December 2026, 10:00 — 23 days after the test's "now".</summary>
    private static readonly DateTimeOffset Start = new(2026, 12, 17, 10, 0, 0, TimeSpan.FromHours(1));

    private readonly TestDatabase _database;
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private BookingHost _host = null!;

    public ComposeAtSendTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() =>
        _host = await BookingHost.StartAsync(_database, new Dictionary<string, string?> { ["Termine:Mail:PickupDirectory"] = _pickup });

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
        else if (File.Exists(_pickup))
        {
            File.Delete(_pickup);
        }
    }

    [NeedsFact(Need.QrDecoder)]
    public async Task Booked_StoresOnlyRowsAndHashes_TheSentEmailCarriesTheTokensTheBookingAnswered()
    {
        var booked = await BookAsync(Start, "rows@example.org");

        var rows = await OutboxOfAsync(booked);
        Assert.Equal([MessageKind.Confirmation, MessageKind.Reminder, MessageKind.Reminder], rows.OrderBy(m => m.DueAt).Select(m => m.Kind));
        Assert.All(rows, m => Assert.Null(m.Content));
        Assert.All(rows, m => Assert.Equal(1, m.TokenGeneration));
        var appointment = await AppointmentAsync(booked);
        Assert.Equal(booked.Tokens, _host.Get<TokenKey>().TokensOf(appointment.Id, 1));
        Assert.Equal(AccessToken.Hash(booked.Tokens!.CheckIn), appointment.CheckInTokenHash);
        Assert.Equal(AccessToken.Hash(booked.Tokens.Manage), appointment.ManageTokenHash);

        await DispatchAsync();

        var email = Assert.Single(await ReceivedForAsync(booked));
        Assert.Equal($"http://localhost:5000/checkin/{booked.Tokens.CheckIn}", await QrDecoder.DecodeAsync(await email.QrPngAsync()));
        Assert.Contains($"http://localhost:5000/appointment/{booked.Tokens.Manage}", email.Text);
    }

    [Fact]
    public async Task ARetry_KeepsTheMessageId()
    {
        // What earlier tests left due goes first, so this message is the only one the failing round tries.
        await DispatchAsync();
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }

        // A file where the pickup folder should be: the first delivery fails, as a mail server that is away would.
        await File.WriteAllTextAsync(_pickup, "");
        var booked = await BookAsync(Start.AddHours(1), "retry@example.org");
        await DispatchAsync();
        var failed = (await OutboxOfAsync(booked)).Single(m => m.Kind == MessageKind.Confirmation);
        Assert.Equal(1, failed.Attempts);

        File.Delete(_pickup);
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        await DispatchAsync();

        var email = Assert.Single(await ReceivedForAsync(booked));
        Assert.Equal(failed.MessageId, email.Message.MessageId);
        Assert.Equal(OutboxStatus.Sent, (await OutboxOfAsync(booked)).Single(m => m.Id == failed.Id).Status);
    }

    [NeedsFact(Need.QrDecoder)]
    public async Task AMessageIssuedBeforeAMove_IsWithdrawnAtSendTime()
    {
        var booked = await BookAsync(Start.AddHours(5), "moved@example.org");
        var moved = Assert.IsType<MoveResult.Moved>(await _host.Get<AppointmentChanges>().RescheduleAsync(
            new AppointmentProof.ReferenceAndEmail(booked.Appointment.Reference, "moved@example.org"), Start.AddDays(5).AddHours(4), default));
        var stale = (await OutboxOfAsync(booked)).Single(m => m.Kind == MessageKind.Confirmation && m.TokenGeneration == 1);
        // As if the move's withdrawal had missed it: only the generation tells it is out of date.
        await WriteAsync(db => db.OutboxMessages.Where(m => m.Id == stale.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, OutboxStatus.Pending)));

        await DispatchAsync();

        Assert.Equal(OutboxStatus.Withdrawn, (await OutboxOfAsync(booked)).Single(m => m.Id == stale.Id).Status);
        var email = Assert.Single(await ReceivedForAsync(booked));
        Assert.Equal($"http://localhost:5000/checkin/{moved.Tokens!.CheckIn}", await QrDecoder.DecodeAsync(await email.QrPngAsync()));
        Assert.NotEqual(booked.Tokens!.CheckIn, moved.Tokens.CheckIn);
    }

    [Fact]
    public async Task ACancellation_StillPendingWhenTheAppointmentIsAnonymised_IsWithdrawnWithoutSending()
    {
        var booked = await BookAsync(Start.AddHours(3), "anonymised@example.org");
        await DispatchAsync();
        await _host.Get<AppointmentChanges>().CancelAsync(new AppointmentProof.ReferenceAndEmail(booked.Appointment.Reference, "anonymised@example.org"), default);
        await WriteAsync(db => db.Appointments.Where(a => a.Id == booked.Appointment.Id).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.FullName, (string?)null).SetProperty(a => a.Email, (string?)null)
            .SetProperty(a => a.AnonymisedAt, _host.Time.GetUtcNow())));

        Assert.Equal(0, await DispatchAsync());

        var cancellation = (await OutboxOfAsync(booked)).Single(m => m.Kind == MessageKind.Cancellation);
        Assert.Equal(OutboxStatus.Withdrawn, cancellation.Status);
        Assert.Single(await ReceivedForAsync(booked));
        Assert.False(await _host.Get<OutboxDispatcher>().RetryNowAsync(cancellation.Id, default));
    }

    [Fact]
    public async Task AMessageComposedBeforeTheMigration_IsSentAsItWas()
    {
        var booked = await BookAsync(Start.AddHours(4), "legacy@example.org");
        var row = (await OutboxOfAsync(booked)).Single(m => m.Kind == MessageKind.Confirmation);
        var legacy = new MimeMessage { Subject = $"Legacy {booked.Appointment.Reference}", MessageId = row.MessageId };
        legacy.From.Add(new MailboxAddress("Termine", "termine@example.org"));
        legacy.To.Add(new MailboxAddress("Resident", "legacy@example.org"));
        legacy.Body = new TextPart("plain") { Text = "https://termine.example.test/checkin/a-random-token-of-before" };
        using var content = new MemoryStream();
        await legacy.WriteToAsync(content);
        await WriteAsync(db => db.OutboxMessages.Where(m => m.Id == row.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Content, content.ToArray()).SetProperty(m => m.TokenGeneration, 0)));

        await DispatchAsync();

        var email = Assert.Single(await ReceivedForAsync(booked));
        Assert.Equal($"Legacy {booked.Appointment.Reference}", email.Message.Subject);
        Assert.Contains("a-random-token-of-before", email.Text);
        var sent = (await OutboxOfAsync(booked)).Single(m => m.Id == row.Id);
        Assert.Equal(OutboxStatus.Sent, sent.Status);
        Assert.Null(sent.Content);
    }

    private Task<int> DispatchAsync() => _host.Get<OutboxDispatcher>().DispatchDueAsync(default);

    private Task WriteAsync(Func<BookingDbContext, Task<int>> work) =>
        _host.Get<DatabaseWrites<BookingDbContext>>().RunAsync((db, _) => work(db), default);

    private async Task<BookingResult.Booked> BookAsync(DateTimeOffset start, string email)
    {
        var result = await _host.Get<BookingService>().BookAsync(new BookingRequest(ServiceId, start, 1, People.Resident(email)), "c", null, default);
        return Assert.IsType<BookingResult.Booked>(result);
    }

    private async Task<Appointment> AppointmentAsync(BookingResult.Booked booked)
    {
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.Appointments.AsNoTracking().SingleAsync(a => a.Id == booked.Appointment.Id);
    }

    private async Task<List<OutboxMessage>> OutboxOfAsync(BookingResult.Booked booked)
    {
        await using var db = await _host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.AppointmentId == booked.Appointment.Id).OrderBy(m => m.CreatedAt).ToListAsync();
    }

    private async Task<List<ReceivedEmail>> ReceivedForAsync(BookingResult.Booked booked)
    {
        var all = new List<ReceivedEmail>();
        foreach (var file in Directory.Exists(_pickup) ? Directory.GetFiles(_pickup, "*.eml") : [])
        {
            all.Add(await ReceivedEmail.LoadAsync(file));
        }

        return all.Where(e => e.Message.Subject?.Contains(booked.Appointment.Reference) == true).ToList();
    }
}
