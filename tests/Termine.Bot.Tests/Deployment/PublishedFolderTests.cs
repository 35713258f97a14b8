using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Termine.Testing.Waiting;

namespace Termine.Bot.Tests.Deployment;

/// <summary>
/// The published folder as an operator runs it: <c>dotnet Termine.Bot.dll</c> from a working folder that is not the
/// application's, in Production. Before the content root was fixed to the binaries' folder, every static file was 404.
/// </summary>
public sealed class PublishedFolderTests(PublishedTermine published) : IClassFixture<PublishedTermine>
{
    private const string ServiceId = "residence-permit-extension";

    [Fact]
    public async Task Serves_the_chat_page_and_its_files_and_books_from_an_unrelated_working_folder()
    {
        var run = published.NewRun();
        using var termine = await published.StartAsync(run);
        using var http = new HttpClient { BaseAddress = new Uri(run.Url) };

        var page = await http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        // The page names its files fingerprinted (cached for a year); other sites' pages use the plain names below.
        Assert.Matches("/webchat/termine-chat\\.[a-z0-9]+\\.js", html);
        foreach (var file in new[] { "/county.css", "/resident.css", "/webchat/termine-chat.js", "/webchat/termine-chat.css", "/webchat/webchat.js", "/vendor/zxing/zxing-browser.min.js" })
        {
            using var response = await http.GetAsync(file);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {(int)response.StatusCode}{Environment.NewLine}{termine.Log}");
        }

        // Compressed at publish: a browser that accepts brotli gets it.
        using var bundle = new HttpRequestMessage(HttpMethod.Get, "/webchat/webchat.js");
        bundle.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        using var compressed = await http.SendAsync(bundle);
        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);

        var booked = await http.PostAsJsonAsync("/api/appointments", new
        {
            serviceId = ServiceId, start = await FirstFreeSlotAsync(http), fullName = "Olena Kovalenko", birthDate = "1988-03-02",
            email = "published@example.org", phone = "02181 601-0", persons = 1, language = "uk",
        });
        Assert.True(booked.StatusCode == HttpStatusCode.Created, $"{(int)booked.StatusCode} {await booked.Content.ReadAsStringAsync()}");
        await Eventually.TrueAsync(
            () => Directory.Exists(run.Pickup) && Directory.EnumerateFiles(run.Pickup, "*.eml").Any(),
            because: $"an e-mail in {run.Pickup}",
            context: () => termine.Log);
        Assert.False(Directory.Exists(Path.Combine(run.Folder, "wwwroot")));
    }

    [Theory]
    [InlineData("Termine__Booking__HoldDuration", "abc", "Termine:Booking:HoldDuration = \"abc\" cannot be read as a duration; use hh:mm:ss")]
    [InlineData("Termine__Database__Provider", "Mysql", "Termine:Database:Provider = \"Mysql\" is not one of the allowed values; use one of Sqlite, Postgres.")]
    [InlineData("Termine__Scheduling__TimeZone", "Mars/Olympus", "Termine:Scheduling:TimeZone = \"Mars/Olympus\" is not a time zone")]
    [InlineData("Termine__Booking__MaxPersons", "0", "Termine:Booking:MaxPersons = \"0\" is not allowed")]
    [InlineData("Termine__Booking__MaxPersons", "many", "Termine:Booking:MaxPersons = \"many\" cannot be read as a whole number")]
    [InlineData("Termine__Catalog__Path", "missing/services.json", "Termine:Catalog:Path = \"")]
    [InlineData("Termine__Scheduling__OpeningHours__Monday__0__From", "8 Uhr", "Termine:Scheduling:OpeningHours:Monday:0:From = \"8 Uhr\" cannot be read as a time of day; use hh:mm")]
    [InlineData("Termine__Scheduling__ClosingDays__0__Date", "24.12.", "Termine:Scheduling:ClosingDays:0:Date = \"24.12.\" cannot be read as")]
    [InlineData("Termine__Mail__ReminderLeadTimes__0", "a week", "Termine:Mail:ReminderLeadTimes:0 = \"a week\" cannot be read as a duration")]
    [InlineData("Termine__Scheduling__OpeningHours__Mondya__0__From", "08:00", "Termine:Scheduling:OpeningHours:Mondya names \"Mondya\", which is not allowed; use one of Sunday, Monday")]
    public void A_wrong_value_stops_the_start_with_one_line_naming_key_and_value(string variable, string value, string expected)
    {
        var (exitCode, output, error) = published.RunToExit(published.NewRun().With(variable, value));

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Termine cannot start: ", line);
        Assert.Contains(expected, line);
        Assert.DoesNotContain("   at ", output + error);
    }

    [Theory]
    [InlineData("http://127.0.0.1:99999")]
    [InlineData("ftp://127.0.0.1:5000")]
    [InlineData("127.0.0.1:5000")]
    public void A_listening_address_that_is_no_address_stops_the_start_before_the_database_is_made(string url)
    {
        var run = published.NewRun() with { Url = url };

        var (exitCode, output, error) = published.RunToExit(run);

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith($"Termine cannot start: urls = \"{url}\" is not an address to listen on", line);
        Assert.DoesNotContain("   at ", output + error);
        Assert.False(File.Exists(Path.Combine(run.Folder, "termine.db")));
    }

    [Fact]
    public async Task A_port_in_use_stops_the_start_with_one_line_and_no_stack_trace()
    {
        var first = published.NewRun();
        using var running = await published.StartAsync(first);

        var (exitCode, output, error) = published.RunToExit(published.NewRun() with { Url = first.Url });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith($"Termine cannot start: Failed to bind to address {first.Url}", line);
        Assert.DoesNotContain("   at ", output + error);
    }

    [Fact]
    public void A_connection_string_that_does_not_parse_is_named_without_its_value()
    {
        var (exitCode, output, error) = published.RunToExit(published.NewRun().With("ConnectionStrings__Termine", "Host=db;Password=Zq9-geheim;oops"));

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Termine cannot start: ConnectionStrings:Termine (value not shown", line);
        Assert.DoesNotContain("Zq9-geheim", output + error);
        Assert.DoesNotContain("   at ", output + error);
    }

    [Fact]
    public void A_catalog_path_is_taken_from_the_application_folder_and_named_in_full()
    {
        var (exitCode, _, error) = published.RunToExit(published.NewRun().With("Termine__Catalog__Path", "missing/services.json"));

        Assert.Equal(1, exitCode);
        Assert.Contains($"\"{Path.Combine(published.Folder, "missing", "services.json")}\": file does not exist.", error);
    }

    private static async Task<string> FirstFreeSlotAsync(HttpClient http)
    {
        var from = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(14);
        var slots = await http.GetFromJsonAsync<JsonElement>(
            $"/api/services/{ServiceId}/slots?from={from:yyyy-MM-dd}&to={from.AddDays(13):yyyy-MM-dd}");
        return slots.EnumerateArray().First().GetProperty("start").GetString()!;
    }
}
