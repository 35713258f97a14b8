using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking;
using Termine.Booking.Catalog;
using Termine.Booking.Persistence;
using Termine.Booking.Settings;
using Termine.Bot.Admin.Access;
using Termine.Bot.Admin.ActionLog;
using Termine.Bot.State;
using Termine.Testing.Conversations;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;
using Termine.Testing.Staff;

namespace Termine.Bot.Tests.Admin.Settings;

/// <summary>Administrators change the catalog and the calendar through the pages; the bot, the e-mails and the API follow at once.</summary>
public sealed class SettingsPagesTests : IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";
    private const string ServicePage = $"/admin/settings/services/{ServiceId}";

    private readonly TestDatabase _database = new();
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private TermineFactory _factory = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _factory = NewHost();
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }

    private TermineFactory NewHost() =>
        new(_database, new Dictionary<string, string?> { ["Termine:Mail:PickupDirectory"] = _pickup });

    /// <summary>The edit form's fields as the page fills them, for the service as it is now.</summary>
    private static Dictionary<string, string> FormOf(TermineFactory factory, string serviceId)
    {
        var (catalog, version) = factory.Services.GetRequiredService<CatalogEditor>().Current();
        var service = catalog.Services!.Single(s => s.Id == serviceId);
        var fields = new Dictionary<string, string>
        {
            ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Team"] = service.Team!,
            ["Input.DurationMinutes"] = $"{service.DurationMinutes}",
            ["Input.MinutesPerAdditionalPerson"] = $"{service.MinutesPerAdditionalPerson}",
            ["Input.MaxDaysAhead"] = $"{service.MaxDaysAhead}",
            ["Input.MinNoticeHours"] = $"{service.MinNoticeHours}",
        };
        foreach (var language in Languages.All)
        {
            fields[$"Input.Name[{language}]"] = service.Name![language];
            fields[$"Input.Description[{language}]"] = service.Description![language];
            fields[$"Input.Keywords[{language}]"] = string.Join(", ", service.Keywords![language]);
            for (var d = 0; d < service.Documents!.Count; d++)
            {
                fields[$"Input.Documents[{d}].Name[{language}]"] = service.Documents[d].Name![language];
                fields[$"Input.Documents[{d}].Note[{language}]"] = service.Documents[d].Note![language];
            }
        }

        return fields;
    }

    [Fact]
    public async Task SaveService_MissingUkrainianDocumentName_IsRefusedWithTheFieldNamedAndNothingStored()
    {
        using var admin = await StaffSession.SignInAsync(_factory, "admin", StaffRole.Administrator);
        var fields = FormOf(_factory, ServiceId);
        fields["Input.Documents[1].Name[uk]"] = "";

        var response = await admin.PostFormAsync(ServicePage, fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<a href=\"#f-documents-1-name-uk\">Unterlage 2, Bezeichnung: Der Text auf Ukrainisch fehlt.</a>", page);
        Assert.Contains("id=\"f-documents-1-name-uk\"", page);
        Assert.Contains("aria-describedby=\"f-documents-1-name-uk-error\"", page);
        Assert.Null(await _factory.Services.GetRequiredService<SettingsStore>().FindAsync(SettingsStore.CatalogKey, default));
    }

    [NeedsFact(Need.QrDecoder)]
    public async Task SaveService_Renamed_TheBotAndTheNextConfirmationUseTheNewName()
    {
        using var admin = await StaffSession.SignInAsync(_factory, "admin", StaffRole.Administrator);
        var fields = FormOf(_factory, ServiceId);
        fields["Input.Name[de]"] = "Aufenthaltstitel verlängern lassen";

        var saved = await admin.PostFormAsync(ServicePage, fields);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var resident = new ConversationDriver(_factory.Services, "renamed-service", "de-DE");
        await resident.SendAsync("Hallo");
        var explained = await resident.SendAsync("Ich möchte meine Aufenthaltserlaubnis verlängern");
        Assert.Contains(explained, r => (r.Text + JsonSerializer.Serialize(r.Attachments)).Contains("Aufenthaltstitel verlängern lassen"));
        foreach (var answer in new[] { "1", "nächsten Dienstag vormittags", "die zweite", "Amina Haddad", "17.05.1990", "renamed@example.org", "keine", "ja" })
        {
            await resident.SendAsync(answer);
        }

        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var appointment = await db.Appointments.SingleAsync(a => a.Email == "renamed@example.org");
        var (mail, _, _) = await MailboxReader.ConfirmationAsync(_factory.Services, _pickup, appointment.Reference!);
        Assert.Contains("Aufenthaltstitel verlängern lassen", mail.Text);
        await using var botDb = await _factory.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        Assert.Contains(await botDb.StaffActions.ToListAsync(), a => a.Action == "catalog.changed" && a.Subject == ServiceId);
    }

    [Fact]
    public async Task AddClosingDay_TheSlotsEndpointOffersNothingThatDay_HereAtOnceAndOnASecondHost()
    {
        const string slotsOfTheDay = $"/api/services/{ServiceId}/slots?from=2026-12-01&to=2026-12-01";
        await using var second = NewHost();
        using var secondClient = second.CreateClient();
        Assert.NotEmpty((await secondClient.GetFromJsonAsync<JsonElement>(slotsOfTheDay)).EnumerateArray());
        using var admin = await StaffSession.SignInAsync(_factory, "admin", StaffRole.Administrator);
        var version = _factory.Services.GetRequiredService<CalendarEditor>().Current().Version;

        var response = await admin.PostFormAsync("/admin/settings/calendar?handler=AddClosingDay", new()
        {
            ["Version"] = $"{version}", ["date"] = "2026-12-01", ["reason"] = "Personalversammlung",
        }, formPage: "/admin/settings/calendar");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        using var client = _factory.CreateClient();
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>(slotsOfTheDay)).EnumerateArray());
        Assert.NotEmpty((await client.GetFromJsonAsync<JsonElement>(slotsOfTheDay.Replace("2026-12-01", "2026-12-08"))).EnumerateArray());
        Assert.Contains("Personalversammlung", await admin.Client.GetStringAsync("/admin/settings/calendar"));

        await second.Services.GetRequiredService<SettingsRefresher>().RefreshAsync(default);
        Assert.Empty((await secondClient.GetFromJsonAsync<JsonElement>(slotsOfTheDay)).EnumerateArray());
        await using var third = NewHost();
        using var thirdClient = third.CreateClient();
        Assert.Empty((await thirdClient.GetFromJsonAsync<JsonElement>(slotsOfTheDay)).EnumerateArray());
    }

    [Fact]
    public async Task SaveService_TwoAdministratorsFromTheSameVersion_TheSecondIsToldToReloadAndNothingIsOverwritten()
    {
        using var anna = await StaffSession.SignInAsync(_factory, "anna", StaffRole.Administrator);
        using var ben = await StaffSession.SignInAsync(_factory, "ben", StaffRole.Administrator);
        var annas = FormOf(_factory, ServiceId);
        var bens = FormOf(_factory, ServiceId);
        annas["Input.Name[de]"] = "Annas Name";
        bens["Input.Name[de]"] = "Bens Name";

        Assert.Equal(HttpStatusCode.Redirect, (await anna.PostFormAsync(ServicePage, annas)).StatusCode);
        var refused = await ben.PostFormAsync(ServicePage, bens);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Inzwischen hat jemand anderes die Dienstleistungen geändert", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        Assert.Equal("Annas Name", _factory.Services.GetRequiredService<ServiceCatalog>().Find(ServiceId)!.Name["de"]);
    }

    [Fact]
    public async Task SettingsPages_StaffWithoutAdministration_AreRefused()
    {
        using var staff = await StaffSession.SignInAsync(_factory, "servicepoint", StaffRole.Staff);

        foreach (var path in new[] { "/admin/settings", "/admin/settings/services", ServicePage, "/admin/settings/calendar" })
        {
            var response = await staff.Client.GetAsync(path);
            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task SettingsPages_Administrator_SeesEveryLanguageWithItsDirection()
    {
        using var admin = await StaffSession.SignInAsync(_factory, "admin", StaffRole.Administrator);

        var page = await admin.Client.GetStringAsync(ServicePage);

        Assert.Contains("lang=\"ar\" dir=\"rtl\"", page);
        Assert.Contains("lang=\"uk\" dir=\"ltr\"", page);
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/admin/settings/services/new")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Client.GetAsync("/admin/settings/services/no-such-service")).StatusCode);
        Assert.Contains("Donnerstag", await admin.Client.GetStringAsync("/admin/settings/calendar"));
    }
}
