using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Bot.Admin.Access;
using Termine.Bot.Admin.ActionLog;
using Termine.Bot.State;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Staff;

namespace Termine.Bot.Tests.Admin.Access;

/// <summary>
/// Sign-in and sign-out across hosts: two (and three) hosts on one database, the cookie carried from one to the other
/// as a browser behind a load balancer would.
/// </summary>
public sealed class StaffSessionTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string CookieName = "__Host-Termine-Staff";

    [Fact]
    public async Task SignOut_OnOneHost_RefusesTheOldCookieOnEveryHostAtOnce()
    {
        await using var first = new TermineFactory(database);
        await using var second = new TermineFactory(database);
        var (session, cookie) = await SignInAsync(first, "abmelden");
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(second, cookie).GetAsync("/admin")).StatusCode);

        var signOut = await session.PostFormAsync("/admin/logout", new(), formPage: "/admin");

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal("/admin/login", signOut.Headers.Location!.ToString());
        foreach (var host in new[] { second, first })
        {
            var after = await WithCookie(host, cookie).GetAsync("/admin");
            Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
            Assert.StartsWith("https://localhost/admin/login", after.Headers.Location!.ToString());
        }

        Assert.Contains(await ActionsAsync(first), a => a.UserName == "abmelden" && a.Action == "staff.signed-out");
    }

    [Fact]
    public async Task ACookie_IsGoodOnAnotherHost_AndAfterARestart_ForItsKeysAreInTheDatabase()
    {
        string cookie;
        await using (var first = new TermineFactory(database))
        {
            (_, cookie) = await SignInAsync(first, "neustart");
            await using var second = new TermineFactory(database);
            Assert.Equal(HttpStatusCode.OK, (await WithCookie(second, cookie).GetAsync("/admin")).StatusCode);
            await using var db = await first.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
            Assert.NotEmpty(await db.DataProtectionKeys.ToListAsync());
        }

        await using var restarted = new TermineFactory(database);
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(restarted, cookie).GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task DeactivatingAnAccount_EndsItsSignInsOnEveryHost_AndTheActionLogSaysSo()
    {
        await using var first = new TermineFactory(database);
        await using var second = new TermineFactory(database);
        var (_, staffCookie) = await SignInAsync(first, "abgeschaltet");
        using var administrator = await StaffSession.SignInAsync(second, "leitung-sessions", StaffRole.Administrator);
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(second, staffCookie).GetAsync("/admin")).StatusCode);
        await using var db = await first.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var staff = await db.StaffUsers.SingleAsync(u => u.UserName == "abgeschaltet");

        var deactivated = await administrator.PostFormAsync(
            "/admin/accounts?handler=Active", new() { ["Id"] = staff.Id.ToString(), ["Active"] = "False" }, formPage: "/admin/accounts");

        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await WithCookie(first, staffCookie).GetAsync("/admin")).StatusCode);
        Assert.Empty(await db.StaffSessions.Where(s => s.UserId == staff.Id).ToListAsync());
        Assert.Contains(await ActionsAsync(first), a => a.UserName == "leitung-sessions" && a.Action == "staff.signed-out-forced" && a.Subject == "abgeschaltet");
    }

    private static async Task<(StaffSession Session, string Cookie)> SignInAsync(TermineFactory factory, string userName)
    {
        await factory.Services.GetRequiredService<StaffAccounts>().CreateAsync(userName, userName, StaffSession.Password, StaffRole.Staff, CancellationToken.None);
        var session = new StaffSession(StaffSession.CreateClient(factory));
        var login = await session.PostFormAsync("/admin/login", new() { ["UserName"] = userName, ["Password"] = StaffSession.Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var setCookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CookieName + "=", StringComparison.Ordinal));
        return (session, setCookie[..setCookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    /// <summary>A client that sends exactly this cookie and keeps none of its own.</summary>
    private static HttpClient WithCookie(TermineFactory factory, string cookie)
    {
        var client = factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private static async Task<List<Termine.Bot.Admin.ActionLog.StaffAction>> ActionsAsync(TermineFactory factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        return await db.StaffActions.ToListAsync();
    }
}
