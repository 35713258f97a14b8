using System.Globalization;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;
using Termine.Bot.Api;
using Termine.Bot.Hosting;
using Termine.Testing.Conversations;
using Xunit.Abstractions;

namespace Termine.Bot.Tests.Dialogs.Personas;

/// <summary>
/// Residents of every language, each writing as that person would, book from first message to confirmation. The
/// booking is then checked in the database and through the REST API: service, persons, language, the booker's data,
/// and a start that satisfies the persona's wish whenever the REST slot list had such a slot before the conversation.
/// </summary>
public sealed class PersonaTests(PersonaHost host, ITestOutputHelper output) : IClassFixture<PersonaHost>
{
    /// <summary>The REST slot list's widest range, so a wish far ahead is judged against all bookable days.</summary>
    private const int SlotListDays = ServicesEndpoints.MaxRangeDays - 1;

    public static TheoryData<string> All => new(Residents.All.Select(p => p.Id));

    [Theory]
    [MemberData(nameof(All))]
    public async Task Persona_BooksTheWayTheyWrite(string persona)
    {
        var resident = Residents.Find(persona);
        var services = host.Factory.Services;
        var http = host.Factory.CreateClient();
        var today = services.GetRequiredService<OfficeClock>().Today;
        var offered = await http.GetFromJsonAsync<List<SlotResponse>>(
            $"/api/services/{resident.ServiceId}/slots?persons={resident.Persons}&from={Day(today)}&to={Day(today.AddDays(SlotListDays))}");
        var wishPossible = offered!.Any(s => resident.Wish.FitsInstant(s.Start));

        var conversationId = $"persona-{resident.Id}";
        var clientKey = ClientKeys.For("webchat", conversationId);
        var conversation = new PersonaConversation(resident, new ConversationDriver(services, conversationId, resident.Locale),
            services.GetRequiredService<ServiceCatalog>().Find(resident.ServiceId)!.Name.Values.Values.ToList(),
            async () => await FindBookingAsync(clientKey) is not null);

        string? failure;
        try
        {
            failure = await conversation.RunAsync();
        }
        catch (Exception e)
        {
            failure = $"the turn threw {e.GetType().Name}: {e.Message}";
        }

        if (failure is null && await FindBookingAsync(clientKey) is { } booked)
        {
            var problems = Verify(resident, booked, wishPossible).Concat(await VerifyThroughApiAsync(http, resident, booked)).ToList();
            failure = problems.Count == 0 ? null : string.Join("; ", problems);
        }

        host.Report.Add(new PersonaOutcome(resident.Id, resident.Id[..2], failure is null, conversation.Messages, conversation.ReAsked, failure));
        output.WriteLine($"{resident.Id}: {resident.Background}");
        output.WriteLine($"wish: {resident.Wish} ({(wishPossible ? "the office has such a slot" : "the office has no such slot")})");
        output.WriteLine($"messages: {conversation.Messages}, re-asked: {conversation.ReAsked}");
        output.WriteLine(conversation.Transcript);
        if (failure is not null)
        {
            Assert.Fail($"{resident.Id} ({resident.Background}): {failure}\n\n{conversation.Transcript}");
        }
    }

    private async Task<Appointment?> FindBookingAsync(string clientKey)
    {
        await using var db = await host.Factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        return await db.Appointments.AsNoTracking().Include(a => a.Companions)
            .SingleOrDefaultAsync(a => a.ClientKey == clientKey && a.Status == AppointmentStatus.Booked);
    }

    private static IEnumerable<string> Verify(Persona resident, Appointment booked, bool wishPossible)
    {
        if (booked.ServiceId != resident.ServiceId)
        {
            yield return $"service {booked.ServiceId}, wanted {resident.ServiceId}";
        }

        if (booked.Language != resident.Language)
        {
            yield return $"language {booked.Language}, wanted {resident.Language}";
        }

        if (!SameName(booked.FullName, resident.Booker.Name))
        {
            yield return $"name '{booked.FullName}', wanted '{resident.Booker.Name}'";
        }

        if (booked.BirthDate != resident.Booker.BirthDate)
        {
            yield return $"birth date {booked.BirthDate:yyyy-MM-dd}, wanted {resident.Booker.BirthDate:yyyy-MM-dd}";
        }

        if (!string.Equals(booked.Email, resident.Booker.Email, StringComparison.OrdinalIgnoreCase))
        {
            yield return $"e-mail {booked.Email}, wanted {resident.Booker.Email}";
        }

        if (!SamePhone(booked.Phone, resident.Booker.Phone))
        {
            yield return $"phone '{booked.Phone}', wanted '{resident.Booker.Phone ?? "none"}'";
        }

        if (wishPossible && !resident.Wish.FitsInstant(booked.Start))
        {
            yield return $"start {SlotWish.Local(booked.Start):ddd yyyy-MM-dd HH:mm} does not fit the wish ({resident.Wish}) though the office had such a slot";
        }

        foreach (var problem in VerifyCompanions(resident, booked))
        {
            yield return problem;
        }
    }

    /// <summary>The people who come along: their number, and each one's name and birth date in the order given.</summary>
    private static IEnumerable<string> VerifyCompanions(Persona resident, Appointment booked)
    {
        if (booked.Persons != resident.Persons)
        {
            yield return $"persons {booked.Persons}, wanted {resident.Persons}";
        }

        var stored = booked.Companions.OrderBy(c => c.Position).Select(c => $"{c.FullName} ({c.BirthDate:yyyy-MM-dd})").ToList();
        var wanted = resident.Companions.Select(c => $"{c.Name} ({c.BirthDate:yyyy-MM-dd})").ToList();
        if (!stored.SequenceEqual(wanted))
        {
            yield return $"companions [{string.Join(", ", stored)}], wanted [{string.Join(", ", wanted)}]";
        }
    }

    private static async Task<IEnumerable<string>> VerifyThroughApiAsync(HttpClient http, Persona resident, Appointment booked)
    {
        var answer = await http.GetFromJsonAsync<BookingAnswer>(
            $"/api/appointments/{booked.Reference}?email={Uri.EscapeDataString(booked.Email ?? "")}");
        var problems = new List<string>();
        if (answer is null || answer.Status != "booked" || answer.ServiceId != resident.ServiceId || answer.Persons != resident.Persons
            || answer.Language != resident.Language || answer.Start != booked.Start)
        {
            problems.Add($"the REST API answers {answer} for {booked.Reference}");
        }

        return problems;
    }

    private static bool SameName(string? stored, string expected) =>
        string.Equals(string.Join(' ', (stored ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)), expected, StringComparison.OrdinalIgnoreCase);

    /// <summary>Compares the subscriber number, however the country code, trunk zero and digits (Arabic-Indic too) were written.</summary>
    private static bool SamePhone(string? stored, string? expected)
    {
        if (stored is null || expected is null)
        {
            return stored is null && expected is null;
        }

        static string Subscriber(string phone)
        {
            var digits = new string(phone.Where(char.IsDigit).Select(c => (char)('0' + (int)char.GetNumericValue(c))).ToArray());
            digits = digits.StartsWith("00", StringComparison.Ordinal) ? digits[2..] : digits;
            digits = digits.StartsWith("49", StringComparison.Ordinal) && phone.TrimStart().StartsWith('+') || phone.TrimStart().StartsWith("0049", StringComparison.Ordinal)
                ? digits[2..]
                : digits;
            return digits.TrimStart('0');
        }

        return Subscriber(stored) == Subscriber(expected);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
