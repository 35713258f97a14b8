using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.Bot.Api;
using Termine.Testing.Conversations;
using Xunit.Abstractions;

namespace Termine.Bot.Tests.Dialogs.Personas;

/// <summary>
/// An appointment booked through the REST API is cancelled or moved in the chat, in each language, with the action
/// chosen three ways: tapping the offered button, saying it in words, and as a voice assistant writes it.
/// </summary>
public sealed class ManageInChatTests(PersonaHost host, ITestOutputHelper output) : IClassFixture<PersonaHost>
{
    /// <summary>Per language: locale, the request to cancel, to move, the button's stem, words and voice for cancel and move, a date wish, yes.</summary>
    private static readonly Dictionary<string, Words> Languages = new()
    {
        ["de"] = new("de-DE", "Ich möchte meinen Termin absagen", "Ich muss meinen Termin verschieben", "absag", "verschieb|änder",
            "ja, bitte absagen", "absagen bitte", "ja, bitte auf einen anderen Tag verschieben", "verschieben bitte", "nächsten Donnerstag", "ja"),
        ["en"] = new("en-GB", "I need to cancel my appointment", "I'd like to reschedule my appointment", "cancel", "reschedul|move|change",
            "yes, please cancel it", "cancel it please", "yes, please move it to another day", "reschedule please", "next Thursday", "yes"),
        ["fr"] = new("fr-FR", "Je voudrais annuler mon rendez-vous", "Je dois déplacer mon rendez-vous", "annul", "déplac|report|modif",
            "oui, annulez-le s'il vous plaît", "annuler s'il vous plait", "oui, je voudrais le déplacer à un autre jour", "deplacer s'il vous plait", "jeudi prochain", "oui"),
        ["tr"] = new("tr-TR", "Randevumu iptal etmek istiyorum", "Randevumun tarihini değiştirmem lazım", "iptal", "değiştir|ertele",
            "evet, lütfen iptal edin", "iptal et lütfen", "evet, başka bir güne almak istiyorum", "değiştir lütfen", "gelecek perşembe", "evet"),
        ["ar"] = new("ar-SA", "أريد إلغاء موعدي", "أحتاج إلى تغيير موعدي", "إلغاء|الغاء", "تغيير|نقل|تأجيل",
            "نعم، ألغِ الموعد من فضلك", "الغي الموعد لو سمحت", "نعم، أريد نقله إلى يوم آخر", "غير الموعد لو سمحت", "الخميس القادم", "نعم"),
        ["ru"] = new("ru-RU", "Хочу отменить свою запись", "Мне нужно перенести запись", "отмен", "перенес|измен",
            "да, отмените, пожалуйста", "отмени запись пожалуйста", "да, перенесите на другой день", "перенеси пожалуйста", "в следующий четверг", "да"),
        ["uk"] = new("uk-UA", "Я хочу скасувати свій запис", "Мені треба перенести запис", "скасув", "перенес|змін",
            "так, скасуйте, будь ласка", "скасуй запис будь ласка", "так, перенесіть на інший день", "перенеси будь ласка", "наступного четверга", "так"),
    };

    public static TheoryData<string, string, string> Cases()
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var language in Languages.Keys)
        {
            foreach (var action in new[] { "cancel", "move" })
            {
                foreach (var way in new[] { "button", "words", "voice" })
                {
                    cases.Add(language, action, way);
                }
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ManageInTheChat_CancelsOrMovesTheAppointment(string language, string action, string way)
    {
        var words = Languages[language];
        var email = $"manage.{language}.{action}.{way}@example.org";
        var http = host.Factory.CreateClient();
        var slots = await http.GetFromJsonAsync<List<SlotResponse>>("/api/services/residence-permit-extension/slots?from=2026-12-14&to=2026-12-18");
        var start = slots![Math.Abs(email.GetHashCode(StringComparison.Ordinal)) % slots.Count].Start;
        var created = await http.PostAsJsonAsync("/api/appointments", new BookingRequestBody(
            "residence-permit-extension", start.ToString("O"), "Samira Haddad", "1990-05-17", email, null, 1, language));
        created.EnsureSuccessStatusCode();
        var reference = (await created.Content.ReadFromJsonAsync<BookingAnswer>())!.Reference;

        var resident = new ConversationDriver(host.Factory.Services, $"manage-{language}-{action}-{way}", words.Locale);
        var transcript = new List<string>();
        async Task SayAsync(string text)
        {
            transcript.Add($"resident: {text}");
            foreach (var reply in await resident.SendAsync(text))
            {
                transcript.Add($"   bot ({resident.Expecting}): {reply.Text} [{string.Join(" | ", reply.SuggestedActions?.Actions?.Select(a => a.Title) ?? [])}]");
            }
        }

        await SayAsync(action == "cancel" ? words.AskCancel : words.AskMove);
        DateTimeOffset? chosen = null;
        for (var sent = 1; sent < PersonaConversation.MaxMessages && !await DoneAsync(reference, action, start); sent++)
        {
            switch (resident.Expecting)
            {
                // Asked what it is about (the opening went to booking), the resident says it again.
                case "service":
                    await SayAsync(action == "cancel" ? words.AskCancel : words.AskMove);
                    break;
                case "reference":
                    await SayAsync(reference);
                    break;
                case "email":
                    await SayAsync(email);
                    break;
                case "choice":
                    // Turkish "İptal" lower-cased without the Turkish culture would keep a dot: compare in the language's own.
                    var stem = new Regex(action == "cancel" ? words.CancelButton : words.MoveButton, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                    var button = resident.Last!.SuggestedActions?.Actions?.FirstOrDefault(a => stem.IsMatch(a.Title.ToLower(new System.Globalization.CultureInfo(words.Locale))));
                    await SayAsync(way switch
                    {
                        "button" => button?.Value?.ToString() ?? throw new InvalidOperationException($"no {action} button offered:\n{string.Join('\n', transcript)}"),
                        "words" => action == "cancel" ? words.CancelWords : words.MoveWords,
                        _ => action == "cancel" ? words.CancelVoice : words.MoveVoice,
                    });
                    break;
                case "date":
                    await SayAsync(words.DateWish);
                    break;
                case "slot":
                    chosen = resident.OfferedSlots[0].Start;
                    await SayAsync(resident.Last!.SuggestedActions!.Actions[0].Value!.ToString()!);
                    break;
                case "confirm":
                    await SayAsync(words.Yes);
                    break;
                default:
                    transcript.Add($"(the bot waits for '{resident.Expecting}')");
                    sent = PersonaConversation.MaxMessages;
                    break;
            }
        }

        output.WriteLine(string.Join('\n', transcript));
        await using var db = await host.Factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var appointment = await db.Appointments.AsNoTracking().SingleAsync(a => a.Reference == reference);
        if (action == "cancel")
        {
            Assert.True(appointment.Status == AppointmentStatus.Cancelled, $"not cancelled:\n{string.Join('\n', transcript)}");
        }
        else
        {
            Assert.True(appointment.Status == AppointmentStatus.Booked && chosen is not null && appointment.Start == chosen,
                $"not moved to the chosen slot {chosen:O} (now {appointment.Start:O}, {appointment.Status}):\n{string.Join('\n', transcript)}");
        }
    }

    private async Task<bool> DoneAsync(string reference, string action, DateTimeOffset bookedStart)
    {
        await using var db = await host.Factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var appointment = await db.Appointments.AsNoTracking().SingleAsync(a => a.Reference == reference);
        return action == "cancel" ? appointment.Status == AppointmentStatus.Cancelled : appointment.Start != bookedStart;
    }

    private sealed record Words(
        string Locale, string AskCancel, string AskMove, string CancelButton, string MoveButton,
        string CancelWords, string CancelVoice, string MoveWords, string MoveVoice, string DateWish, string Yes);
}
