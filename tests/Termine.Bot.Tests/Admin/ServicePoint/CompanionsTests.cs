using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Termine.Booking.Localization;
using Termine.Testing.Databases;
using Termine.Testing.Staff;

namespace Termine.Bot.Tests.Admin.ServicePoint;

/// <summary>
/// A family booked through the REST API with every person named: stored, mailed, shown and found on the staff pages;
/// a wrong list is refused naming the field.
/// </summary>
public sealed class CompanionsTests(TestDatabase database) : ServicePointTestHost(database), IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Post_WithCompanions_StoresThemAndTheStaffSeeAndFindEveryPerson()
    {
        using var client = StaffSession.CreateClient(Factory);
        var start = await FirstFreeSlotAsync(client, "2026-12-08", persons: 3);

        var response = await client.PostAsJsonAsync("/api/appointments", Body(start, "haddad@example.org", 3,
            new { fullName = "Omar Haddad", birthDate = "2012-05-05" }, new { fullName = "Lina <b>Haddad</b>", birthDate = "2015-09-30" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["companions[1].fullName"], await ErrorFieldsAsync(response));

        response = await client.PostAsJsonAsync("/api/appointments", Body(start, "haddad@example.org", 3,
            new { fullName = "Omar Haddad", birthDate = "2012-05-05" }, new { fullName = "Lina O'Haddad", birthDate = "2015-09-30" }));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        var (id, stored) = await InDatabaseAsync(async db =>
        {
            var appointment = await db.Appointments.Include(a => a.Companions).SingleAsync(a => a.Reference == reference);
            return (appointment.Id, appointment.Companions.OrderBy(c => c.Position).Select(c => (c.FullName, c.BirthDate)).ToList());
        });
        Assert.Equal([("Omar Haddad", new DateOnly(2012, 5, 5)), ("Lina O'Haddad", new DateOnly(2015, 9, 30))], stored);

        var mail = Assert.Single(await MailsAsync("confirmation", reference));
        Assert.Contains($"{Bidi.Isolate("Amina Haddad")} (17/05/1990)", mail.Text, StringComparison.Ordinal);
        Assert.Contains($"{Bidi.Isolate("Omar Haddad")} (05/05/2012)", mail.Text, StringComparison.Ordinal);
        Assert.Contains("<bdi>Lina O&#x27;Haddad</bdi> (30/09/2015)", mail.Html);

        var page = WebUtility.HtmlDecode(await Staff.Client.GetStringAsync($"/admin/appointments/{id}"));
        Assert.Contains("Amina Haddad", page);
        Assert.Contains("17.05.1990", page);
        Assert.Contains("Omar Haddad, geboren am 05.05.2012", page);
        Assert.Contains("Lina O'Haddad, geboren am 30.09.2015", page);

        var search = await Staff.Client.GetStringAsync($"/admin?q={Uri.EscapeDataString("lina o'h")}");
        Assert.Contains(reference, search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WrongCompanions_Returns400NamingEachField()
    {
        using var client = StaffSession.CreateClient(Factory);
        var start = await FirstFreeSlotAsync(client, "2026-12-09", persons: 2);

        var wrongCount = await client.PostAsJsonAsync("/api/appointments", Body(start, "count@example.org", 2,
            new { fullName = "Omar Haddad", birthDate = "2012-05-05" }, new { fullName = "Lina Haddad", birthDate = "2015-09-30" }));
        var malformed = await client.PostAsJsonAsync("/api/appointments", Body(start, "malformed@example.org", 2,
            new { fullName = "Omar Haddad", birthDate = "05.05.2012" }));
        var missing = await client.PostAsJsonAsync("/api/appointments", Body(start, "missing@example.org", 2,
            new { fullName = (string?)null, birthDate = (string?)null }));

        Assert.Equal(["companions"], await ErrorFieldsAsync(wrongCount));
        Assert.Equal(["companions[0].birthDate"], await ErrorFieldsAsync(malformed));
        Assert.Equal(["companions[0].birthDate"], await ErrorFieldsAsync(missing));
    }

    [Fact]
    public async Task Post_WithoutCompanions_StillBooksAFamily()
    {
        using var client = StaffSession.CreateClient(Factory);
        var start = await FirstFreeSlotAsync(client, "2026-12-10", persons: 2);

        var response = await client.PostAsJsonAsync("/api/appointments", new
        {
            serviceId = ServiceId, start, fullName = "Amina Haddad", birthDate = "1990-05-17", email = "plain@example.org", persons = 2, language = "de",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    private static object Body(string start, string email, int persons, params object[] companions) => new
    {
        serviceId = ServiceId, start, fullName = "Amina Haddad", birthDate = "1990-05-17", email, persons, language = "en", companions,
    };

    private static async Task<string> FirstFreeSlotAsync(HttpClient client, string day, int persons)
    {
        var slots = await client.GetFromJsonAsync<JsonElement>($"/api/services/{ServiceId}/slots?from={day}&to={day}&persons={persons}&limit=1");
        return slots[0].GetProperty("start").GetString()!;
    }

    private static async Task<List<string>> ErrorFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        return errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
    }
}
