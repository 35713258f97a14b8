namespace Termine.Bot.Tests.Architecture;

/// <summary>
/// "Anything residents read exists in de en fr tr ar ru uk": <see cref="ResourceParityTests"/>' check run over every
/// resx set there is, found on disk, so a new set cannot be left off its list.
/// </summary>
public sealed class ResourceSetRulesTests
{
    public static TheoryData<string> EveryResourceSet
    {
        get
        {
            var sets = new TheoryData<string>();
            foreach (var set in FoundSets())
            {
                sets.Add(set);
            }

            return sets;
        }
    }

    [Fact]
    public void TheSetsAreFound()
    {
        var sets = FoundSets();

        Assert.Contains("bot/Dialogs/Resources/DialogTexts", sets);
        Assert.Contains("booking-core/Notifications/Resources/EmailTexts", sets);
    }

    [Theory]
    [MemberData(nameof(EveryResourceSet))]
    public void EverySet_HasEveryKeyInEveryLanguage(string set) =>
        new ResourceParityTests().EachCulture_HasEveryKeyNonEmptyWithTheSamePlaceholders(set);

    /// <summary>The neutral (German) file of each set: a .resx without a culture before its extension.</summary>
    private static List<string> FoundSets() =>
        [.. new[] { "bot", "booking-core" }
            .SelectMany(p => Directory.EnumerateFiles(Path.Combine(ArchitectureScan.RepositoryRoot, p), "*.resx", SearchOption.AllDirectories))
            .Where(f => !ArchitectureScan.IsBuildOutput(f))
            .Select(ArchitectureScan.Relative)
            .Where(f => !Path.GetFileNameWithoutExtension(f).Contains('.', StringComparison.Ordinal))
            .Select(f => f[..^".resx".Length])
            .Order(StringComparer.Ordinal)];
}
