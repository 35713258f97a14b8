using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using Termine.Booking.Notifications;
using Termine.Bot.Hosting;
using Termine.Bot.Tests.DirectLine;
using Termine.Testing.Databases;
using Termine.Testing.DirectLine;
using Termine.Testing.Hosts;
using Termine.Testing.Security;

namespace Termine.Bot.Tests.Hosting;

/// <summary>Every URL the host gives out comes from Termine:PublicBaseUrl, which must be set outside Development.</summary>
public sealed class PublicBaseUrlTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const string Forged = "forged.example";

    [Fact]
    public async Task ForgedHost_IsReflectedNowhere_StreamUrlIsWssOfThePublicAddress()
    {
        await using var factory = new TermineFactory(database, DirectLineTestClient.Settings(("Termine:PublicBaseUrl", "https://termine.example.org")));
        var client = new DirectLineTestClient(factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{Forged}") }));

        var page = await client.PageTokenAsync();
        var started = await client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", page["token"]!.GetValue<string>(), null);
        var body = JsonNode.Parse(await started.Content.ReadAsStringAsync())!.AsObject();
        var conversationId = body["conversationId"]!.GetValue<string>();
        var token = body["token"]!.GetValue<string>();
        var reconnected = await client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=0", token, null);
        var refreshed = await client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token, null);

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.StartsWith($"wss://termine.example.org/v3/directline/conversations/{conversationId}/stream?", body["streamUrl"]!.GetValue<string>());
        foreach (var response in new[] { started, reconnected, refreshed })
        {
            Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage!.RequestUri}: {response.StatusCode}");
            Assert.DoesNotContain(Forged, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task ForgedHost_IsNotTheOpenApiServer_ThePublicAddressIs()
    {
        await using var factory = new TermineFactory(database, new Dictionary<string, string?> { ["Termine:PublicBaseUrl"] = "https://termine.example.org/" });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri($"http://{Forged}") });

        var text = await client.GetStringAsync("/openapi/v1.json");

        Assert.DoesNotContain(Forged, text, StringComparison.OrdinalIgnoreCase);
        var servers = JsonNode.Parse(text)!["servers"]!.AsArray();
        Assert.Equal("https://termine.example.org", Assert.Single(servers)!["url"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("termine.example.org")]
    [InlineData("ftp://termine.example.org")]
    [InlineData("https://termine.example.org/?x=1")]
    [InlineData("https://termine.example.org/#top")]
    public void Validation_RefusesAnythingButAnAbsoluteHttpAddress_NamingKeyAndValue(string value)
    {
        var result = new SiteOptionsValidation().Validate(null, new SiteOptions { PublicBaseUrl = value });

        Assert.True(result.Failed);
        Assert.StartsWith("Termine:PublicBaseUrl ", result.FailureMessage);
        Assert.Contains(value.Length == 0 ? "is not set" : $"'{value}'", result.FailureMessage);
    }

    [Theory]
    [InlineData("https://termine.example.org")]
    [InlineData("http://127.0.0.1:5000/")]
    [InlineData("https://www.example.org/termine")]
    public void Validation_AcceptsAbsoluteHttpAddresses(string value) =>
        Assert.Equal(ValidateOptionsResult.Success, new SiteOptionsValidation().Validate(null, new SiteOptions { PublicBaseUrl = value }));

    [Fact]
    public void Start_OutsideDevelopmentWithoutPublicBaseUrl_IsRefused()
    {
        using var factory = new TermineFactory(database, new Dictionary<string, string?> { ["Termine:PublicBaseUrl"] = "" });

        StartupErrorLines.Listen();

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("cannot start", StartupErrorLines.Single("Termine:PublicBaseUrl is not set"));
    }

    [Theory]
    [InlineData("Development", "http://localhost:5000")]
    [InlineData("Production", null)]
    [InlineData("Testing", null)]
    public void Configuration_HasALocalDefault_OnlyInDevelopment(string environment, string? expected)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });

        builder.AddPublicUrls();

        Assert.Equal(expected, builder.Configuration["Termine:PublicBaseUrl"]);
    }

    [Fact]
    public async Task Start_AsAProductionProcessWithoutPublicBaseUrl_ExitsWithTheReason_BeforeTouchingTheDatabase()
    {
        var folder = Directory.CreateTempSubdirectory("termine-start-");
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = folder.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Termine.Bot.dll"));
            start.ArgumentList.Add("--urls");
            start.ArgumentList.Add("http://127.0.0.1:0");
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment.Remove("DOTNET_ENVIRONMENT");
            start.Environment["ConnectionStrings__Termine"] = $"Data Source={Path.Combine(folder.FullName, "termine.db")}";
            start.Environment["Termine__Tokens__Key"] = TestTokenKey.Value;
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);

            Assert.NotEqual(0, process.ExitCode);
            Assert.Contains("Termine:PublicBaseUrl is not set", await error + await output);
            Assert.False(File.Exists(Path.Combine(folder.FullName, "termine.db")));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
