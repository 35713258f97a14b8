using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.WaitingArea;
using Termine.Bot.Admin.Access;
using Termine.Bot.Admin.ActionLog;
using Termine.Bot.State;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Residents;
using Termine.Testing.Staff;

namespace Termine.Bot.Tests.Admin.Waiting;

/// <summary>The staff list, the waiting-room display and the check-in terminal through the whole host.</summary>
public sealed class WaitingPagesTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private TermineFactory _factory = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _factory = new TermineFactory(_database);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task StaffList_CallNextThenDoneAndNoShow_RemembersTheDeskAndRecordsEachAction()
    {
        var arrivals = await Arrivals.ArriveAsync(_factory.Services, 2);
        using var staff = await StaffSession.SignInAsync(_factory, "schalter3", StaffRole.Staff);
        var before = await staff.Client.GetStringAsync("/admin/waiting");

        var call = await staff.PostFormAsync("/admin/waiting?handler=CallNext", new() { ["Desk"] = "Schalter 3" }, formPage: "/admin/waiting");
        var afterCall = await staff.Client.GetStringAsync("/admin/waiting");
        var done = await staff.PostFormAsync("/admin/waiting?handler=Done", new() { ["Id"] = Id("done", afterCall) }, formPage: "/admin/waiting");
        var noShow = await staff.PostFormAsync("/admin/waiting?handler=NoShow", new() { ["Id"] = Id("noshow", afterCall) }, formPage: "/admin/waiting");
        var state = await staff.Client.GetFromJsonAsync<JsonElement>("/admin/waiting?handler=State");

        Assert.Contains("Amina Haddad", before);
        Assert.Contains("Wartend (2)", before);
        Assert.Equal(HttpStatusCode.Redirect, call.StatusCode);
        Assert.Contains(call.Headers.GetValues("Set-Cookie"), c => c.StartsWith("Termine-Desk=Schalter%203", StringComparison.Ordinal) && c.Contains("secure"));
        Assert.Contains($"Nummer {arrivals[0].Number} wurde zu „Schalter 3“ aufgerufen.", afterCall);
        Assert.Contains("value=\"Schalter 3\"", afterCall);
        Assert.Contains("Aufgerufen (1)", afterCall);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, noShow.StatusCode);
        Assert.Empty(state.GetProperty("waiting").EnumerateArray());
        Assert.Empty(state.GetProperty("called").EnumerateArray());
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var actions = await db.StaffActions.Where(a => a.UserName == "schalter3" && a.Action.StartsWith("waiting.")).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(
            [("waiting.called", arrivals[0].Reference), ("waiting.done", arrivals[0].Reference), ("waiting.no-show", arrivals[1].Reference)],
            actions.Select(a => (a.Action, a.Subject)));
    }

    [Fact]
    public async Task StaffList_CallWithoutADesk_SaysWhatIsMissingAndCallsNobody()
    {
        await Arrivals.ArriveAsync(_factory.Services, 1);
        using var staff = await StaffSession.SignInAsync(_factory, "ohne-schalter", StaffRole.Staff);

        await staff.PostFormAsync("/admin/waiting?handler=CallNext", new() { ["Desk"] = " " }, formPage: "/admin/waiting");
        var page = await staff.Client.GetStringAsync("/admin/waiting");

        Assert.Contains("role=\"alert\">Bitte den Schalter angeben", page);
        Assert.Contains("Aufgerufen (0)", page);
    }

    [Fact]
    public async Task Display_ShowsNumbersAndDesks_AndNeverANameOrReference()
    {
        var arrivals = await Arrivals.ArriveAsync(_factory.Services, 2);
        await _factory.Services.GetRequiredService<WaitingList>().CallNextAsync("Schalter 3", CancellationToken.None);
        using var client = _factory.CreateClient();

        var response = await client.GetAsync("/api/waiting-area/display");
        var json = await response.Content.ReadAsStringAsync();
        var page = await client.GetAsync("/display");
        var html = await page.Content.ReadAsStringAsync();

        var call = Assert.Single(JsonDocument.Parse(json).RootElement.GetProperty("calls").EnumerateArray());
        Assert.Equal(arrivals[0].Number, call.GetProperty("number").GetInt32());
        Assert.Equal("Schalter 3", call.GetProperty("desk").GetString());
        Assert.Matches("^\\d{2}:\\d{2}$", call.GetProperty("time").GetString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        foreach (var secret in new[] { "Amina", "Haddad", "example.org", arrivals[0].Reference, arrivals[1].Reference, "1990" })
        {
            Assert.DoesNotContain(secret, json);
            Assert.DoesNotContain(secret, html);
        }

        Assert.Contains("aria-live=\"assertive\"", html);
        Assert.Contains("<span class=\"desk\">Schalter 3</span>", html);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Terminal_IsPublic_MayUseTheCamera_AndLoadsTheQrReaderFromThisHost()
    {
        using var client = _factory.CreateClient();

        var page = await client.GetAsync("/checkin");
        var html = await page.Content.ReadAsStringAsync();
        var reader = await client.GetAsync("/vendor/zxing/zxing-browser.min.js");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("camera=(self)", page.Headers.GetValues("Permissions-Policy").Single());
        Assert.Contains("<script src=\"/vendor/zxing/zxing-browser.min.js\"", html);
        Assert.Contains("<li lang=\"ar\" dir=\"rtl\">", html);
        Assert.Contains("Поднесите QR-код", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Equal(HttpStatusCode.OK, reader.StatusCode);
        Assert.Contains("BrowserQRCodeReader", await reader.Content.ReadAsStringAsync());
    }

    private static string Id(string action, string page) => IdPattern(action).Match(page) is { Success: true } m
        ? m.Groups[1].Value
        : throw new InvalidOperationException($"No {action} button on the page.");

    private static Regex IdPattern(string action) => new($"id=\"{action}-([0-9a-f-]{{36}})\"");
}
