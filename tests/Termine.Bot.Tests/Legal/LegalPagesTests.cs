using System.Net;
using System.Text.RegularExpressions;
using Termine.Bot.Legal;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Legal;

/// <summary>The imprint, privacy notice and accessibility statement: every language, the configured facts, the checks at start.</summary>
public sealed class LegalPagesTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    private const int RetentionDays = 21;
    private const string ProviderEmail = "buergerservice@kreis.example";

    private static readonly string[] Pages = ["impressum", "datenschutz", "barrierefreiheit"];

    [Fact]
    public async Task EachPage_InEachLanguage_AnswersWithTheConfiguredFacts()
    {
        await using var factory = Host();
        using var client = factory.CreateClient();

        foreach (var page in Pages)
        {
            foreach (var language in Termine.Booking.Languages.All)
            {
                var response = await client.GetAsync($"/{page}?lang={language}");
                var html = await response.Content.ReadAsStringAsync();
                var where = $"/{page}?lang={language}";

                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{where} answered {response.StatusCode}");
                Has(html, where, $"<html lang=\"{language}\" dir=\"{(language == "ar" ? "rtl" : "ltr")}\">");
                Assert.True(Regex.Matches(html, "<h1[ >]").Count == 1, $"{where} has not exactly one h1");
                // The office's address from Termine:Office, each line an isolated left-to-right run.
                Has(html, where, "<bdi dir=\"ltr\">Lindenstraße 10</bdi>");
                Has(html, where, "<bdi dir=\"ltr\">41515 Grevenbroich</bdi>");
                // The footer links every legal page in the page's language.
                Has(html, where, $"href=\"/barrierefreiheit?lang={language}\"");
                foreach (var fact in Facts(page, language))
                {
                    Has(html, where, fact);
                }
            }
        }
    }

    private static IEnumerable<string> Facts(string page, string language) => page switch
    {
        "impressum" => ["Oberstraße 91", "41460 Neuss", "Der Landrat des Rhein-Kreises Neuss", $"mailto:{ProviderEmail}"],
        "datenschutz" =>
        [
            DayCount.Text(RetentionDays, language), "datenschutz@rhein-kreis-neuss.de",
            "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen", "poststelle@ldi.nrw.de", "Telegram",
        ],
        _ =>
        [
            LegalTexts.Texts["Access.Status.Partial", language].Split(' ')[0], "ombudsstelle-barrierefreie-it@mags.nrw.de",
            LegalTexts.Date(new DateOnly(2026, 12, 7), language),
        ],
    };

    private static void Has(string html, string where, string expected) =>
        Assert.True(html.Contains(expected, StringComparison.Ordinal), $"{where} lacks {expected}");

    [Theory]
    [InlineData("uk-UA,uk;q=0.9,en;q=0.8", "uk")]
    [InlineData("nl-NL,ar;q=0.8,en;q=0.5", "ar")]
    [InlineData("fr;q=0.4,ru", "ru")]
    [InlineData("nl-NL", "de")]
    public async Task WithoutALanguageChosen_TheBrowsersFirstOfTheSevenIsTaken_ElseGerman(string acceptLanguage, string expected)
    {
        await using var factory = Host();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);

        var html = await client.GetStringAsync("/impressum");

        Assert.Contains($"<html lang=\"{expected}\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePrivacyNotice_NamesTelegramOnlyWhereItIsUsed()
    {
        await using var factory = new TermineFactory(database);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/datenschutz?lang=en");

        Assert.DoesNotContain("Telegram", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft Teams", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Termine:Legal:ProviderEmail", "info at kreis")]
    [InlineData("Termine:Legal:ProviderPostalCode", "4146")]
    [InlineData("Termine:Legal:SupervisoryAuthorityWebsite", "http://www.ldi.nrw.de")]
    [InlineData("Termine:Legal:AccessibilityAnswerDays", "0")]
    [InlineData("Termine:Legal:DataProtectionOfficerPhone", "datenschutz")]
    public async Task AWrongLegalValue_StopsTheStart_NamingTheKey(string key, string value)
    {
        await using var factory = new TermineFactory(database, new Dictionary<string, string?> { [key] = value });

        StartupErrorLines.Listen();

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        var line = StartupErrorLines.Single(key + " is ");
        Assert.Contains(value, line, StringComparison.Ordinal);
        Assert.Contains("cannot start", line, StringComparison.Ordinal);
    }

    [Fact]
    public void DayCounts_AreSaidAsEachLanguageSaysThem()
    {
        Assert.Equal("21 день", DayCount.Text(21, "ru"));
        Assert.Equal("22 дня", DayCount.Text(22, "ru"));
        Assert.Equal("30 дней", DayCount.Text(30, "ru"));
        Assert.Equal("11 днів", DayCount.Text(11, "uk"));
        Assert.Equal("5 أيام", DayCount.Text(5, "ar"));
        Assert.Equal("30 يومًا", DayCount.Text(30, "ar"));
        Assert.Equal("1 Tag", DayCount.Text(1, "de"));
        Assert.Equal("30 Tage", DayCount.Text(30, "de"));
    }

    private TermineFactory Host() => new(database, new Dictionary<string, string?>
    {
        ["Termine:Retention:Days"] = RetentionDays.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Termine:Legal:ProviderEmail"] = ProviderEmail,
        ["Termine:Telegram:BotToken"] = "123456789:AAEhBOweik6ad9r_QXMENQjcrGbqCr4K-Zs",
        ["Termine:Telegram:Mode"] = "Webhook",
        ["Termine:Telegram:WebhookSecret"] = "legal-pages-test-secret",
        // Nothing listens there: the webhook's registration fails at once and Telegram itself is never called.
        ["Termine:Telegram:ApiBaseUrl"] = "http://127.0.0.1:9",
    });
}
