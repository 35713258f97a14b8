using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Termine.Booking.Persistence;
using Termine.Bot.Dialogs;
using Termine.Testing.Conversations;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Dialogs.Voice;

/// <summary>
/// What a voice user hears: a whole booking per language (greeting, help, service with its documents, a question
/// about documents, persons, a question about the address and the telephone, date, slot, name, birth date, e-mail,
/// phone, summary, booking, a person to talk to), every <c>speak</c> of every turn — the card's too — checked against
/// the speech rules. A failure names the language, the turn and the offending speak.
/// </summary>
public sealed partial class SpeechRulesTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private static readonly XNamespace Ssml = "http://www.w3.org/2001/10/synthesis";
    private const string Phone = "0151 23456789";

    private readonly TestDatabase _database;
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private TermineFactory _factory = null!;

    public SpeechRulesTests(TestDatabase database) => _database = database;

    /// <summary>locale, hello, service, documents question, address question, contact question, date wish, second, birth date, yes.</summary>
    public static TheoryData<string, string[]> Residents => new()
    {
        { "de-DE", ["Hallo", "Ich möchte meine Aufenthaltserlaubnis verlängern", "Welche Unterlagen brauche ich?", "wo ist das Amt?", "Wie ist Ihre Telefonnummer?", "nächsten Dienstag vormittags", "die zweite", "17.05.1990", "ja"] },
        { "en-GB", ["Hello", "my residence permit expires soon", "what should I bring?", "Where is the office?", "what is your phone number", "next Tuesday morning", "the second", "17/05/1990", "yes"] },
        { "fr-FR", ["Bonjour", "je voudrais prolonger mon titre de séjour", "Quels documents dois-je apporter ?", "où se trouve le bureau ?", "Quel est votre numéro de téléphone ?", "mardi prochain le matin", "la deuxième", "17/05/1990", "oui"] },
        { "tr-TR", ["Merhaba", "oturum iznimi uzatmak istiyorum", "Yanımda ne getirmem lazım?", "Daire nerede?", "Telefon numaranız nedir?", "gelecek salı sabah", "ikincisi", "17.05.1990", "evet"] },
        { "ar-SA", ["مرحبا", "أريد تمديد الإقامة", "ماذا يجب أن أحضر معي؟", "أين يقع المكتب؟", "ما رقم الهاتف؟", "الثلاثاء القادم صباحا", "الثاني", "17/05/1990", "نعم"] },
        { "ru-RU", ["Здравствуйте", "хочу продлить вид на жительство", "Какие документы взять с собой?", "где находится?", "Какой у вас номер телефона?", "в следующий вторник утром", "второй", "17.05.1990", "да"] },
        { "uk-UA", ["Добрий день", "хочу продовжити посвідку на проживання", "що взяти з собою?", "Де ви знаходитеся?", "Як з вами зв'язатися?", "наступного вівторка зранку", "другий", "17.05.1990", "так"] },
    };

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(_database, new Dictionary<string, string?> { ["Termine:Mail:PickupDirectory"] = _pickup });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Residents))]
    public async Task EverySpeakOfAJourney_FollowsTheSpeechRules(string locale, string[] says)
    {
        var language = locale[..2];
        var email = $"voice.{language}@example.org";
        var resident = new ConversationDriver(_factory.Services, $"voice-{locale}", locale);
        var turns = new List<(string Said, List<string> Speaks)>();
        async Task Say(string text)
        {
            var replies = await resident.SendAsync(text);
            turns.Add((text, replies.SelectMany(Speaks).ToList()));
        }

        await Say(says[0]);
        await Say(DialogTexts.Keywords("Keywords.Help", language)[0]);
        await Say(says[1]);
        Assert.Equal("persons", resident.Expecting);
        await Say("1");
        Assert.Equal("date", resident.Expecting);
        await Say(says[2]);
        await Say(says[3]);
        await Say(says[4]);
        await Say(says[5]);
        Assert.Equal("slot", resident.Expecting);
        await Say(says[6]);
        Assert.Equal("name", resident.Expecting);
        await Say("Amina Haddad");
        await Say(says[7]);
        Assert.Equal("email", resident.Expecting);
        await Say(email);
        Assert.Equal("phone", resident.Expecting);
        await Say(Phone);
        Assert.Equal("confirm", resident.Expecting);
        await Say(says[8]);
        await Say(DialogTexts.Keywords("Keywords.Person", language)[0]);

        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var reference = (await db.Appointments.SingleAsync(a => a.Email == email)).Reference!;

        var problems = new List<string>();
        for (var turn = 0; turn < turns.Count; turn++)
        {
            var (said, speaks) = turns[turn];
            void Fail(string rule, string speak) => problems.Add($"{locale}, turn {turn + 1} (“{said}”): {rule}\n    {speak}");

            var sentences = new List<string>();
            foreach (var speak in speaks)
            {
                if (Check(speak, locale, Fail) is not { } document)
                {
                    continue;
                }

                sentences.AddRange(Sentences(document));
            }

            foreach (var repeated in sentences.GroupBy(s => s).Where(g => g.Count() > 1 && g.Key.Length >= 25))
            {
                Fail($"spoken {repeated.Count()} times in one turn: “{repeated.Key}”", string.Join("\n    ", speaks));
            }
        }

        var all = turns.SelectMany(t => t.Speaks).ToList();
        if (!all.Any(s => SayAs(s, "characters") == reference.Replace("-", "", StringComparison.Ordinal)))
        {
            problems.Add($"{locale}: the reference {reference} is never spelled in <say-as interpret-as=\"characters\">");
        }

        if (!all.Any(s => SayAs(s, "telephone") is var phone && phone.Contains(' ', StringComparison.Ordinal)
            && string.Concat(phone.Where(char.IsAsciiDigit)).EndsWith(string.Concat(Phone.Where(char.IsAsciiDigit))[1..], StringComparison.Ordinal)))
        {
            problems.Add($"{locale}: the phone number {Phone} is never read in digit groups in <say-as interpret-as=\"telephone\">");
        }

        if (!all.Any(s => SayAs(s, "telephone").Contains(new Termine.Booking.Office.OfficeOptions().Phone, StringComparison.Ordinal)))
        {
            problems.Add($"{locale}: the office's number {new Termine.Booking.Office.OfficeOptions().Phone} is never read whole in <say-as interpret-as=\"telephone\">");
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The message's speak and any card's own speak.</summary>
    private static IEnumerable<string> Speaks(IMessageActivity reply) =>
        new[] { reply.Speak }.Concat(reply.Attachments?.Select(a => (a.Content as JObject)?["speak"]?.ToString()) ?? [])
            .OfType<string>();

    private static XDocument? Check(string speak, string locale, Action<string, string> fail)
    {
        if (speak.Any(c => c is >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C'))
        {
            fail("contains a bidi isolate or mark", speak);
        }

        XDocument document;
        try
        {
            document = XDocument.Parse(speak);
        }
        catch (System.Xml.XmlException e)
        {
            fail($"is not well-formed XML ({e.Message})", speak);
            return null;
        }

        var root = document.Root!;
        if (root.Name != Ssml + "speak" || (string?)root.Attribute("version") != "1.0" || (string?)root.Attribute(XNamespace.Xml + "lang") != locale)
        {
            fail($"is not <speak version=\"1.0\" xml:lang=\"{locale}\"> in the SSML namespace", speak);
        }

        var language = locale[..2];
        var spoken = string.Join(" ", Texts(root, sayAs: false));
        foreach (var raw in new[] { "•", "×", "§", "@", "€", "–", "—", "http", "www.", "(eAT)", "z. B.", "e.g.", "p. ex.", "Nr.", "№", "AufenthG", "Эл.", "Ел.", "мин.", "хв." })
        {
            if (spoken.Contains(raw, StringComparison.Ordinal))
            {
                fail($"reads “{raw}” raw", speak);
            }
        }

        if (YearAbbreviation().IsMatch(spoken))
        {
            fail("reads the year's abbreviation (г./р.) raw", speak);
        }

        if (Unit().IsMatch(spoken))
        {
            fail("reads a unit abbreviation (mm)", speak);
        }

        if (Reference().Match(spoken) is { Success: true } reference)
        {
            fail($"reads the reference {reference.Value} as a word, not in say-as characters", speak);
        }

        if (ChoicesAsLabels().IsMatch(spoken))
        {
            fail("reads numbered choices as their labels (“1: 1.”)", speak);
        }

        if (language != "de")
        {
            var outsideGerman = string.Join(" ", Texts(root, sayAs: false, german: false));
            foreach (var term in GermanWords().Matches(outsideGerman).Select(m => m.Value).Distinct())
            {
                fail($"says the German “{term}” without <lang xml:lang=\"de-DE\">", speak);
            }
        }

        foreach (var sentence in Sentences(document))
        {
            if (TypeWords(language).IsMatch(sentence) && !SayWords(language).IsMatch(sentence))
            {
                fail($"tells a voice user to type without “say”: “{sentence}”", speak);
            }
        }

        return document;
    }

    /// <summary>The text a voice reads, optionally without what say-as spells out or what a German voice reads.</summary>
    private static IEnumerable<string> Texts(XElement element, bool sayAs = true, bool german = true) =>
        element.DescendantNodes().OfType<XText>()
            .Where(t => sayAs || !t.Ancestors(Ssml + "say-as").Any())
            .Where(t => german || !t.Ancestors(Ssml + "lang").Any(l => (string?)l.Attribute(XNamespace.Xml + "lang") == "de-DE"))
            .Select(t => t.Value);

    private static IEnumerable<string> Sentences(XDocument document) =>
        SentenceEnd().Split(string.Concat(document.Root!.Nodes().Select(n => n is XElement { Name.LocalName: "break" } ? "\n" : n is XElement e ? e.Value : ((XText)n).Value)))
            .Select(s => Regex.Replace(s, @"\s+", " ").Trim())
            .Where(s => s.Length > 0);

    private static string SayAs(string speak, string interpretAs) =>
        string.Join(" ", XDocument.Parse(speak).Descendants(Ssml + "say-as")
            .Where(e => (string?)e.Attribute("interpret-as") == interpretAs).Select(e => e.Value));

    private static Regex TypeWords(string language) => new(language switch
    {
        "de" => @"\b(schreiben|tippen)\b",
        "en" => @"\b(type|enter)\b",
        "fr" => @"\b(écrivez|écrire|tapez|saisissez)\b",
        "tr" => @"\b(yazın|yazabilirsiniz|yazmayı)\b",
        "ar" => @"(اكتبوا|اكتبوه|اكتبوها)",
        "ru" => @"\b(напишите|введите|написать)\b",
        _ => @"\b(напишіть|введіть|написати)\b",
    }, RegexOptions.IgnoreCase);

    private static Regex SayWords(string language) => new(language switch
    {
        "de" => @"\bsagen\b",
        "en" => @"\bsay\b",
        "fr" => @"\b(dites|dire)\b",
        "tr" => @"\bsöyle",
        "ar" => @"قول",
        "ru" => @"\b(скажите|сказать)\b",
        _ => @"\b(скажіть|сказати)\b",
    }, RegexOptions.IgnoreCase);

    [GeneratedRegex(@"\d{4}\s?[гр]\.")]
    private static partial Regex YearAbbreviation();

    [GeneratedRegex(@"(?<!\p{L})(mm|мм|ملم)(?!\p{L})")]
    private static partial Regex Unit();

    [GeneratedRegex(@"\b[ACDEFGHJKMNPRTUVWXY34679]{4}-[ACDEFGHJKMNPRTUVWXY34679]{4}\b")]
    private static partial Regex Reference();

    [GeneratedRegex(@"\b(\d+): \1\.")]
    private static partial Regex ChoicesAsLabels();

    [GeneratedRegex(@"Ausländerbehörde|Rhein-Kreis|Grevenbroich|Lindenstraße|Servicepoint|Aufenthalts\p{L}+|\p{L}*bescheinigung|Verpflichtungserklärung|\p{L}*[äß]\p{L}*")]
    private static partial Regex GermanWords();

    [GeneratedRegex(@"\n|(?<=[.?!؟…])\s+")]
    private static partial Regex SentenceEnd();
}
