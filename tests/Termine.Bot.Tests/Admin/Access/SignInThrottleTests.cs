using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Termine.Bot.Admin.Access;
using Termine.Bot.Admin.ActionLog;
using Termine.Bot.Admin.Pages;
using Termine.Bot.State;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Http;
using Termine.Testing.Staff;

namespace Termine.Bot.Tests.Admin.Access;

/// <summary>
/// Failed sign-ins: counted per name at an address and per address, answered alike whatever the reason, and written
/// to the action log. Thresholds are lowered (3 per name, 6 per address) to keep the tests short.
/// </summary>
public sealed partial class SignInThrottleTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string Stranger = "198.51.100.66";
    private readonly TestDatabase _database;
    private TermineFactory _factory = null!;

    public SignInThrottleTests(TestDatabase database) => _database = database;

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(
            _database,
            new Dictionary<string, string?> { ["Termine:Admin:LockoutThreshold"] = "3", ["Termine:Admin:AddressLockoutThreshold"] = "6" },
            TestClientAddress.AddTo);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task AStrangerGuessingElsewhere_CannotLockTheClerkOut()
    {
        await CreateAsync("schalter-a");
        using var stranger = Client("198.51.100.1");
        for (var i = 0; i < 5; i++)
        {
            await LoginAsync(stranger, "schalter-a", $"geraten {i}");
        }

        using var desk = Client("192.0.2.10");
        var clerk = await LoginAsync(desk, "schalter-a", StaffSession.Password);

        Assert.Equal(HttpStatusCode.Redirect, clerk.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(stranger, "schalter-a", StaffSession.Password)).StatusCode);
    }

    [Fact]
    public async Task AKnownAndAnUnknownName_GetTheSameAnswer_AndTouchTheSameCounters_EvenWhenLocked()
    {
        await CreateAsync("schalter-b");
        using var first = Client("198.51.100.2");
        using var second = Client("198.51.100.3");
        var answers = new List<(HttpStatusCode, string)>();
        var counters = new List<string>();
        foreach (var (client, name) in new[] { (first, "schalter-b"), (second, "gibt-es-nicht") })
        {
            for (var i = 0; i < 3; i++)
            {
                answers.Add(await AnswerAsync(await LoginAsync(client, name, $"falsch {i}")));
                counters.Add(await CountersAsync(name, client));
            }

            // Locked now (the known name even with its right password): the same answer again.
            answers.Add(await AnswerAsync(await LoginAsync(client, name, StaffSession.Password)));
            counters.Add(await CountersAsync(name, client));
        }

        Assert.All(answers, a => Assert.Equal((HttpStatusCode.OK, LoginModel.Refusal), a));
        Assert.Equal(counters[..4], counters[4..]);
        Assert.Equal(["name 1, address 1", "name 2, address 2", "name 0 locked, address 3", "name 0 locked, address 3"], counters[..4]);
    }

    [Fact]
    public async Task AnAddressOverItsLimit_IsRefusedForEveryName_OthersAreNot()
    {
        await CreateAsync("schalter-c");
        using var guesser = Client(Stranger);
        for (var i = 0; i < 6; i++)
        {
            await LoginAsync(guesser, $"name{i}", "irgendwas");
        }

        Assert.Equal(LoginModel.Refusal, (await AnswerAsync(await LoginAsync(guesser, "schalter-c", StaffSession.Password))).Item2);
        using var desk = Client("192.0.2.11");
        Assert.Equal(HttpStatusCode.Redirect, (await LoginAsync(desk, "schalter-c", StaffSession.Password)).StatusCode);

        _factory.Time.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.Redirect, (await LoginAsync(guesser, "schalter-c", StaffSession.Password)).StatusCode);
    }

    [Fact]
    public async Task FailedSignIns_LockOuts_AndThrottles_AreInTheActionLog_WithoutWhatWasTyped()
    {
        await CreateAsync("schalter-d");
        using var client = Client("198.51.100.4");
        for (var i = 0; i < 3; i++)
        {
            await LoginAsync(client, "Schalter-D", "Geheimnis-0815");
        }

        for (var i = 0; i < 3; i++)
        {
            await LoginAsync(client, "max.mustermann", "Geheimnis-0815");
        }

        await LoginAsync(client, "schalter-d", StaffSession.Password);

        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var log = await db.StaffActions.OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(3, log.Count(a => a is { UserName: "schalter-d", Action: "staff.sign-in-failed", Detail: "falsches Passwort" }));
        Assert.Equal(3, log.Count(a => a is { UserName: StaffSignIn.UnknownAccount, Action: "staff.sign-in-failed", Detail: "unbekannter Name" }));
        Assert.Single(log, a => a is { UserName: "schalter-d", Action: "staff.locked-out" });
        Assert.Single(log, a => a is { UserName: StaffSignIn.UnknownAccount, Action: "staff.locked-out" });
        Assert.Single(log, a => a.Action == "staff.sign-in-throttled");
        Assert.Contains(log, a => a is { UserName: "schalter-d", Action: "staff.sign-in-failed" } && a.Detail!.StartsWith("gesperrt", StringComparison.Ordinal));
        Assert.DoesNotContain(log, a => $"{a.UserName} {a.Subject} {a.Detail}".Contains("Geheimnis", StringComparison.Ordinal)
            || $"{a.UserName} {a.Subject} {a.Detail}".Contains("mustermann", StringComparison.Ordinal));

        using var other = Client("192.0.2.12");
        Assert.Equal(HttpStatusCode.Redirect, (await LoginAsync(other, "schalter-d", StaffSession.Password)).StatusCode);
        Assert.Contains(await db.StaffActions.ToListAsync(), a => a is { UserName: "schalter-d", Action: "staff.signed-in" });
    }

    [Fact]
    public async Task AnAdministrator_LiftsTheLocksOfAName()
    {
        await CreateAsync("schalter-e");
        using var desk = Client("192.0.2.13");
        for (var i = 0; i < 3; i++)
        {
            await LoginAsync(desk, "schalter-e", $"vertippt {i}");
        }

        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(desk, "schalter-e", StaffSession.Password)).StatusCode);
        using var administrator = await StaffSession.SignInAsync(_factory, "leitung-throttle", StaffRole.Administrator);
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var clerk = await db.StaffUsers.SingleAsync(u => u.UserName == "schalter-e");

        var unlocked = await administrator.PostFormAsync("/admin/accounts?handler=Unlock", new() { ["Id"] = clerk.Id.ToString() }, formPage: "/admin/accounts");

        Assert.Contains("die Anmeldung ist wieder möglich", await unlocked.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await LoginAsync(desk, "schalter-e", StaffSession.Password)).StatusCode);
        Assert.Contains(await db.StaffActions.ToListAsync(), a => a is { UserName: "leitung-throttle", Action: "account.unlocked", Subject: "schalter-e" });
    }

    [Fact]
    public async Task Counters_KeepNoAddress_AndAreForgottenWhenTheyExpire()
    {
        using var client = Client("198.51.100.5");
        await LoginAsync(client, "vergessen", "falsch");
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var keys = SignInKeys.For("vergessen", IPAddress.Parse("198.51.100.5"));
        var rows = await db.SignInCounters.Where(c => c.Key == keys.Address || c.Key == keys.NameAtAddress).ToListAsync();
        Assert.Equal(2, rows.Count);
        Assert.DoesNotContain(rows, r => r.Key.Contains("198.51", StringComparison.Ordinal) || r.Key.Contains("vergessen", StringComparison.Ordinal));

        _factory.Time.Advance(_factory.Services.GetRequiredService<IOptions<AdminOptions>>().Value.LockoutDuration);
        using var later = Client("198.51.100.6");
        await LoginAsync(later, "anderer", "falsch");

        Assert.Empty(await db.SignInCounters.Where(c => c.Key == keys.Address || c.Key == keys.NameAtAddress).ToListAsync());
    }

    [Theory]
    [InlineData("Termine:Admin:AddressLockoutThreshold", "0")]
    [InlineData("Termine:Admin:LockoutDuration", "00:00:00")]
    public async Task AThresholdOutOfRange_StopsTheStart_NamingTheKey(string key, string value)
    {
        await using var factory = new TermineFactory(_database, new Dictionary<string, string?> { [key] = value });

        StartupErrorLines.Listen();

        await Assert.ThrowsAnyAsync<Exception>(() => Task.Run(() => factory.CreateClient()));
        Assert.Contains("cannot start", StartupErrorLines.Single(key), StringComparison.Ordinal);
    }

    private HttpClient Client(string address) => TestClientAddress.From(StaffSession.CreateClient(_factory), address);

    private async Task CreateAsync(string userName) =>
        await _factory.Services.GetRequiredService<StaffAccounts>().CreateAsync(userName, userName, StaffSession.Password, StaffRole.Staff, CancellationToken.None);

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string userName, string password) =>
        new StaffSession(client).PostFormAsync("/admin/login", new() { ["UserName"] = userName, ["Password"] = password });

    private static async Task<(HttpStatusCode, string)> AnswerAsync(HttpResponseMessage response)
    {
        var match = ErrorText().Match(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, System.Net.WebUtility.HtmlDecode(match.Groups[1].Value));
    }

    /// <summary>The two counters of a name at the client's address, as the next attempt would find them.</summary>
    private async Task<string> CountersAsync(string userName, HttpClient client)
    {
        var keys = SignInKeys.For(userName, IPAddress.Parse(client.DefaultRequestHeaders.GetValues(TestClientAddress.Header).Single()));
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        var name = await db.SignInCounters.SingleAsync(c => c.Key == keys.NameAtAddress);
        var address = await db.SignInCounters.SingleAsync(c => c.Key == keys.Address);
        return $"name {name.Failures}{(name.LockedUntil is null ? "" : " locked")}, address {address.Failures}";
    }

    [GeneratedRegex("<p class=\"error\" role=\"alert\" id=\"login-error\">([^<]*)</p>")]
    private static partial Regex ErrorText();
}
