using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Termine.Bot.Tests.Architecture;

/// <summary>Every resident-facing text exists in all seven languages, with the same placeholders.</summary>
public sealed partial class ResourceParityTests
{
    private static readonly string[] Cultures = ["en", "fr", "tr", "ar", "ru", "uk"];

    public static TheoryData<string> ResourceSets => new()
    {
        "booking-core/Notifications/Resources/EmailTexts",
        "booking-core/Localization/Resources/AppointmentTimeTexts",
        "bot/SelfService/Resources/PageTexts",
        "bot/Dialogs/Resources/DialogTexts",
        "bot/Dialogs/Resources/AnswerTexts",
        "bot/Dialogs/Resources/OfferTexts",
        "bot/Dialogs/Resources/SpeechTexts",
        "bot/WaitingArea/Resources/TerminalTexts",
        "bot/Legal/Resources/LegalTexts",
        "bot/Waitlist/Resources/WaitlistTexts",
    };

    [Theory]
    [MemberData(nameof(ResourceSets))]
    public void EachCulture_HasEveryKeyNonEmptyWithTheSamePlaceholders(string set)
    {
        var neutral = Read($"{set}.resx");

        foreach (var culture in Cultures)
        {
            var translated = Read($"{set}.{culture}.resx");
            Assert.Equal(neutral.Keys.Order(), translated.Keys.Order());
            Assert.All(neutral, pair =>
            {
                Assert.False(string.IsNullOrWhiteSpace(translated[pair.Key]), $"{set}.{culture}: {pair.Key} is empty");
                Assert.Equal(Placeholders(pair.Value), Placeholders(translated[pair.Key]));
            });
        }
    }

    private static Dictionary<string, string> Read(string relative)
    {
        var path = Path.Combine(RepositoryRoot(), relative);
        return XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);
    }

    private static string[] Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => $"{{{m.Groups[1].Value}}}").Distinct().Order().ToArray();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Termine.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Termine.sln) was not found.");
    }

    // "{1}" and "{1:plural:# минуту|# минуты|# минут}" are the same placeholder.
    [GeneratedRegex(@"\{(\d+)(?::[^{}]*)?\}")]
    private static partial Regex Placeholder();
}
