using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.Testing.Conversations;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;

namespace Termine.Bot.Tests.Dialogs;

/// <summary>A resident books from greeting to e-mail, through the turn pipeline, in each of the seven languages.</summary>
public sealed class JourneyTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private TermineFactory _factory = null!;

    public JourneyTests(TestDatabase database) => _database = database;

    public static TheoryData<string, string, string, string, string, string, string, string> Residents => new()
    {
        { "de-DE", "Hallo", "Ich möchte meine Aufenthaltserlaubnis verlängern", "nächsten Dienstag vormittags", "die zweite", "17.05.1990", "keine", "ja" },
        { "en-GB", "Hello", "my residence permit expires soon", "next Tuesday morning", "the second", "17/05/1990", "none", "yes" },
        { "fr-FR", "Bonjour", "je voudrais prolonger mon titre de séjour", "mardi prochain le matin", "la deuxième", "17/05/1990", "aucun", "oui" },
        { "tr-TR", "Merhaba", "oturum iznimi uzatmak istiyorum", "gelecek salı sabah", "ikincisi", "17.05.1990", "yok", "evet" },
        { "ar-SA", "مرحبا", "أريد تمديد الإقامة", "الثلاثاء القادم صباحا", "الثاني", "17/05/1990", "لا يوجد", "نعم" },
        { "ru-RU", "Здравствуйте", "хочу продлить вид на жительство", "в следующий вторник утром", "второй", "17.05.1990", "нет", "да" },
        { "uk-UA", "Добрий день", "хочу продовжити посвідку на проживання", "наступного вівторка зранку", "другий", "17.05.1990", "ні", "так" },
    };

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(_database, new Dictionary<string, string?> { ["Termine:Mail:PickupDirectory"] = _pickup });
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

    [NeedsTheory(Need.QrDecoder)]
    [MemberData(nameof(Residents))]
    public async Task Journey_FromGreetingToBooking_InTheResidentsLanguage(
        string locale, string hello, string service, string dateWish, string second, string birthDate, string noPhone, string yes)
    {
        var email = $"journey.{locale.ToLowerInvariant()}@example.org";
        var resident = new ConversationDriver(_factory.Services, $"journey-{locale}", locale);

        var greeting = await resident.SendAsync(hello);
        Assert.Equal("service", resident.Expecting);
        Assert.True(greeting.Count >= 2);
        Assert.All(greeting, r => Assert.Contains($"xml:lang=\"{locale}\"", r.Speak));

        var explained = await resident.SendAsync(service);
        Assert.Equal("persons", resident.Expecting);
        Assert.Contains(explained, r => r.Attachments?.Any(a => a.ContentType == "application/vnd.microsoft.card.adaptive") == true);

        await resident.SendAsync("1");
        Assert.Equal("date", resident.Expecting);
        await resident.SendAsync(dateWish);
        Assert.Equal("slot", resident.Expecting);
        var offered = resident.OfferedSlots;
        Assert.InRange(offered.Count, 2, 5);
        Assert.All(offered, s => Assert.Equal(DayOfWeek.Tuesday, s.Start.DayOfWeek));
        Assert.All(offered, s => Assert.True(s.Start.Hour < 12));

        await resident.SendAsync(second);
        Assert.Equal("name", resident.Expecting);
        await resident.SendAsync("Amina Haddad");
        Assert.Equal("birthDate", resident.Expecting);
        await resident.SendAsync(birthDate);
        Assert.Equal("email", resident.Expecting);
        await resident.SendAsync(email);
        Assert.Equal("phone", resident.Expecting);
        await resident.SendAsync(noPhone);
        Assert.Equal("confirm", resident.Expecting);
        Assert.Contains("Amina Haddad", resident.Last!.Text);

        var done = await resident.SendAsync(yes);

        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var appointment = await db.Appointments.SingleAsync(a => a.Email == email);
        Assert.Equal(AppointmentStatus.Booked, appointment.Status);
        Assert.Equal(offered[1].Start, appointment.Start);
        Assert.Equal(locale[..2], appointment.Language);
        Assert.Equal(new DateOnly(1990, 5, 17), appointment.BirthDate);
        Assert.Null(appointment.Phone);
        Assert.Contains(done, r => r.Text.Contains(appointment.Reference!));
        var (mail, _, _) = await MailboxReader.ConfirmationAsync(_factory.Services, _pickup, appointment.Reference!);
        Assert.Contains($"lang=\"{locale[..2]}\"", mail.Html);
    }
}
