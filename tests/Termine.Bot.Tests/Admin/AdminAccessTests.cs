using System.Net;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Termine.Bot.Admin;
using Termine.Bot.Admin.Access;
using Termine.Bot.Admin.Pages;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Staff;

namespace Termine.Bot.Tests.Admin;

/// <summary>
/// Every staff page, found from the host's own endpoints (so a page added later is covered without touching this
/// test): anonymous callers are sent to the login, staff are refused the administrators' pages, and no form takes a
/// post without its anti-forgery token.
/// </summary>
public sealed class AdminAccessTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly string[] Public = ["/admin/login", "/admin/forbidden"];
    private readonly TestDatabase _database;
    private TermineFactory _factory = null!;

    public AdminAccessTests(TestDatabase database) => _database = database;

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(_database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task EveryStaffPage_RefusesAnAnonymousCaller()
    {
        using var client = StaffSession.CreateClient(_factory);
        var pages = StaffPages();
        Assert.Contains(pages, p => p.Route == "/admin");

        foreach (var page in pages.Where(p => !Public.Contains(p.Route)))
        {
            var get = await client.GetAsync(page.Path);
            Assert.True(get.StatusCode == HttpStatusCode.Redirect, $"GET {page.Path}: {(int)get.StatusCode}");
            Assert.StartsWith("https://localhost/admin/login", get.Headers.Location!.ToString());
            var post = await client.PostAsync(page.Path, new FormUrlEncodedContent([]));
            Assert.True(post.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"POST {page.Path}: {(int)post.StatusCode}");
        }
    }

    [Fact]
    public async Task AdministratorPages_RefuseStaff_AndOtherPagesLetThemIn()
    {
        using var staff = await StaffSession.SignInAsync(_factory, "mitarbeiterin", StaffRole.Staff);
        using var administrator = await StaffSession.SignInAsync(_factory, "leitung", StaffRole.Administrator);
        var pages = StaffPages().Where(p => !Public.Contains(p.Route)).ToList();
        Assert.Contains(pages, p => p.AdministratorOnly);

        foreach (var page in pages)
        {
            var asStaff = await staff.Client.GetAsync(page.Path);
            var asAdministrator = await administrator.Client.GetAsync(page.Path);
            if (page.AdministratorOnly)
            {
                Assert.True(asStaff.StatusCode == HttpStatusCode.Redirect, $"GET {page.Path} as staff: {(int)asStaff.StatusCode}");
                Assert.StartsWith("https://localhost/admin/forbidden", asStaff.Headers.Location!.ToString());
            }
            else
            {
                Assert.False(IsRefusal(asStaff), $"GET {page.Path} as staff: {(int)asStaff.StatusCode} {asStaff.Headers.Location}");
            }

            Assert.False(IsRefusal(asAdministrator), $"GET {page.Path} as administrator: {(int)asAdministrator.StatusCode} {asAdministrator.Headers.Location}");
        }
    }

    [Fact]
    public async Task EveryForm_RefusesAPostWithoutItsAntiforgeryToken()
    {
        using var administrator = await StaffSession.SignInAsync(_factory, "leitung", StaffRole.Administrator);
        foreach (var page in StaffPages())
        {
            var post = await administrator.Client.PostAsync(page.Path, new FormUrlEncodedContent([new("x", "1")]));
            Assert.True(post.StatusCode == HttpStatusCode.BadRequest, $"POST {page.Path}: {(int)post.StatusCode}");
        }
    }

    [Fact]
    public async Task StaffPages_SendSecurityHeaders_AndTheSignInCookieIsSecureAndHttpOnly()
    {
        using var client = StaffSession.CreateClient(_factory);
        await _factory.Services.GetRequiredService<StaffAccounts>().CreateAsync("pforte", "Pforte", StaffSession.Password, StaffRole.Staff, CancellationToken.None);
        var session = new StaffSession(client);

        var login = await session.PostFormAsync("/admin/login", new() { ["UserName"] = "Pforte", ["Password"] = StaffSession.Password });
        var page = await client.GetAsync("/admin");

        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-Termine-Staff=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task RepeatedWrongPasswords_LockTheAccount_EvenForTheRightPasswordAfterwards()
    {
        await _factory.Services.GetRequiredService<StaffAccounts>().CreateAsync("schalter2", "Schalter 2", StaffSession.Password, StaffRole.Staff, CancellationToken.None);
        using var session = new StaffSession(StaffSession.CreateClient(_factory));

        for (var i = 0; i < 5; i++)
        {
            var wrong = await session.PostFormAsync("/admin/login", new() { ["UserName"] = "schalter2", ["Password"] = $"wrong password {i}" });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var right = await session.PostFormAsync("/admin/login", new() { ["UserName"] = "schalter2", ["Password"] = StaffSession.Password });
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains(LoginModel.Refusal, await right.Content.ReadAsStringAsync());

        _factory.Time.Advance(TimeSpan.FromMinutes(16));
        var later = await session.PostFormAsync("/admin/login", new() { ["UserName"] = "schalter2", ["Password"] = StaffSession.Password });
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }

    [Fact]
    public async Task ChangingThePassword_EndsEarlierSignIns()
    {
        using var session = await StaffSession.SignInAsync(_factory, "wechsel", StaffRole.Staff);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/admin")).StatusCode);
        var accounts = _factory.Services.GetRequiredService<StaffAccounts>();
        var signIn = await _factory.Services.GetRequiredService<StaffSignIn>().CheckAsync("wechsel", StaffSession.Password, IPAddress.Loopback, CancellationToken.None);

        Assert.Null((await accounts.ChangePasswordAsync(((StaffSignInResult.SignedIn)signIn).User.Id, "a completely new passphrase", CancellationToken.None)).Problem);

        var after = await session.Client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("https://localhost/admin/login", after.Headers.Location!.ToString());
    }

    [Fact]
    public async Task OwnPasswordChange_NeedsTheCurrentPassword_ThenOnlyTheNewOneSignsIn()
    {
        using var session = await StaffSession.SignInAsync(_factory, "eigene", StaffRole.Staff);
        const string newPassword = "ein ganz neues Passwort";

        var wrongCurrent = await session.PostFormAsync("/admin/password", new() { ["Current"] = "geraten", ["New"] = newPassword, ["Repeat"] = newPassword });
        var changed = await session.PostFormAsync("/admin/password", new() { ["Current"] = StaffSession.Password, ["New"] = newPassword, ["Repeat"] = newPassword });
        var signIn = _factory.Services.GetRequiredService<StaffSignIn>();

        Assert.Contains("Das bisherige Passwort ist falsch.", await wrongCurrent.Content.ReadAsStringAsync());
        Assert.Contains("Das Passwort ist geändert.", await changed.Content.ReadAsStringAsync());
        Assert.IsType<StaffSignInResult.Refused>(await signIn.CheckAsync("eigene", StaffSession.Password, IPAddress.Loopback, CancellationToken.None));
        Assert.IsType<StaffSignInResult.SignedIn>(await signIn.CheckAsync("eigene", newPassword, IPAddress.Loopback, CancellationToken.None));
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Login_NeverRedirectsToAnotherSite()
    {
        await _factory.Services.GetRequiredService<StaffAccounts>().CreateAsync("umleitung", "U", StaffSession.Password, StaffRole.Staff, CancellationToken.None);
        using var session = new StaffSession(StaffSession.CreateClient(_factory));

        var response = await session.PostFormAsync(
            "/admin/login?ReturnUrl=%2F%2Fevil.example%2Fadmin", new() { ["UserName"] = "umleitung", ["Password"] = StaffSession.Password }, formPage: "/admin/login");

        Assert.Equal("/admin", response.Headers.Location!.ToString());
    }

    private static bool IsRefusal(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/admin/login", StringComparison.Ordinal))
        || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/admin/forbidden", StringComparison.Ordinal));

    private sealed record StaffPage(string Route, string Path, bool AdministratorOnly);

    /// <summary>The Razor pages under the staff folder, each with a path to call (route parameters filled in).</summary>
    private List<StaffPage> StaffPages() =>
        _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<PageActionDescriptor>()))
            .Where(x => x.Page is not null && x.Page.ViewEnginePath.StartsWith(AdminServiceCollectionExtensions.PagesFolder + "/", StringComparison.Ordinal))
            .Select(x => new StaffPage(
                "/" + x.Endpoint.RoutePattern.RawText!.TrimStart('/'),
                "/" + string.Join('/', x.Endpoint.RoutePattern.PathSegments.Select(s => string.Concat(s.Parts.Select(Part)))),
                AdminServiceCollectionExtensions.AdministratorFolders.Any(f => x.Page!.ViewEnginePath.StartsWith(f + "/", StringComparison.Ordinal))))
            .DistinctBy(p => p.Path)
            .ToList();

    private static string Part(Microsoft.AspNetCore.Routing.Patterns.RoutePatternPart part) => part switch
    {
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
        Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter =>
            parameter.ParameterPolicies.Any(p => p.Content is "guid") ? Guid.Empty.ToString()
            : parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") ? "1"
            : parameter.ParameterPolicies.Any(p => p.Content is "datetime") ? "2026-12-01"
            : "X",
        _ => "",
    };
}
