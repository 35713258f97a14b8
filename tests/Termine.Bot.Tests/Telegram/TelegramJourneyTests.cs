using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Testing.Databases;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;

namespace Termine.Bot.Tests.Telegram;

/// <summary>
/// A resident books through Telegram from the first message to the QR code, by webhook updates: typed answers and
/// button presses, in the language of the Telegram app.
/// </summary>
public sealed class TelegramJourneyTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";

    private readonly TestDatabase _database;
    private TelegramHost _host = null!;

    public TelegramJourneyTests(TestDatabase database) => _database = database;

    public static TheoryData<long, string, string, string, string, string> Residents => new()
    {
        { 7_100_000_001, "uk", "Добрий день", "наступного вівторка зранку", "ні", "Olena Kovalenko" },
        { 7_100_000_002, "ar", "مرحبا", "الثلاثاء القادم صباحا", "لا يوجد", "Amina Haddad" },
    };

    public async Task InitializeAsync() => _host = await TelegramHost.StartAsync(_database);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [NeedsTheory(Need.QrDecoder)]
    [MemberData(nameof(Residents))]
    public async Task Booking_ThroughUpdates_EndsWithTheReferenceAndTheQrCodePhoto(
        long chatId, string language, string hello, string dateWish, string noPhone, string name)
    {
        var resident = _host.Resident(chatId, language);
        var email = $"telegram.{language}@example.org";
        var serviceName = _host.Services.GetRequiredService<ServiceCatalog>().Find(ServiceId)!.Name[language];

        var greeting = await resident.SayAsync(hello);
        Assert.Contains(greeting, c => c.Method == "sendMessage");
        Assert.Contains(resident.LastKeyboard!.Buttons, b => b.Text == serviceName);
        Assert.All(resident.LastKeyboard.Buttons, b => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(b.Data), 1, 64));
        await resident.PressAsync(buttons => buttons.Single(b => b.Text == serviceName));
        Assert.Equal(["1", "2", "3", "4"], resident.LastKeyboard!.Buttons.Select(b => b.Text));
        await resident.PressAsync(0);
        Assert.Null(resident.LastKeyboard);
        await resident.SayAsync(dateWish);
        var slots = resident.LastKeyboard!.Buttons;
        Assert.InRange(slots.Count, 3, 6);
        await resident.PressAsync(1);
        await resident.SayAsync(name);
        await resident.SayAsync("17.05.1990");
        await resident.SayAsync(email);
        await resident.SayAsync(noPhone);
        Assert.Contains(name, resident.LastKeyboard!.Text);
        var done = await resident.PressAsync(0);

        var appointment = await AppointmentAsync(email);
        Assert.Equal(AppointmentStatus.Booked, appointment.Status);
        Assert.Equal(language, appointment.Language);
        Assert.Equal("telegram", appointment.Channel);
        Assert.Equal(chatId.ToString(System.Globalization.CultureInfo.InvariantCulture), appointment.ChannelAddress);
        Assert.Contains(done, c => c.Method == "sendMessage" && c.Text.Contains(appointment.Reference!));
        Assert.Equal(4, _host.Api.Calls.Count(c => c.Method == "answerCallbackQuery"));

        await _host.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);
        var photo = Assert.Single(_host.Api.CallsTo(chatId), c => c.Method == "sendPhoto");
        Assert.Contains(appointment.Reference!, photo.Text);
        var url = await QrDecoder.DecodeAsync(photo.File!);
        var checkIn = _host.Services.GetRequiredService<IOptions<SiteOptions>>().Value.CheckInUrl("");
        Assert.StartsWith(checkIn, url);
        Assert.Equal(appointment.CheckInTokenHash, AccessToken.Hash(url[checkIn.Length..]));
        Assert.NotEmpty(_host.Logs.Lines);
        Assert.DoesNotContain(_host.Logs.Lines, line => new[]
        {
            TelegramApiStandIn.Token, TelegramHost.Secret, chatId.ToString(System.Globalization.CultureInfo.InvariantCulture), name, email, dateWish,
        }.Any(secret => line.Contains(secret, StringComparison.Ordinal)));
    }

    private async Task<Appointment> AppointmentAsync(string email)
    {
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.Appointments.AsNoTracking().SingleAsync(a => a.Email == email);
    }
}
