using BenchmarkDotNet.Attributes;
using Termine.Bot.Dialogs.Understanding;

namespace Termine.Benchmarks;

/// <summary>
/// Issue 5: one date wish understood, warm, per language: <see cref="DateWishParser.Parse"/> with the phrase the
/// journey tests use ("next Tuesday morning" in each language). de, en, fr and tr go through
/// Microsoft.Recognizers.Text and our own tables, ar, ru and uk through our own tables only.
/// </summary>
[Config(typeof(DateResolutionConfig))]
[MemoryDiagnoser]
public class DateResolutionBenchmarks
{
    /// <summary>As tests/Termine.Bot.Tests/Dialogs/JourneyTests.</summary>
    public static readonly IReadOnlyDictionary<string, string> Phrases = new Dictionary<string, string>
    {
        ["de"] = "nächsten Dienstag vormittags",
        ["en"] = "next Tuesday morning",
        ["fr"] = "mardi prochain le matin",
        ["tr"] = "gelecek salı sabah",
        ["ar"] = "الثلاثاء القادم صباحا",
        ["ru"] = "в следующий вторник утром",
        ["uk"] = "наступного вівторка зранку",
    };

    /// <summary>Tuesday 24 November 2026, 09:00 in Grevenbroich (the office's local time, as OfficeClock gives it).</summary>
    private static readonly DateTimeOffset LocalNow = new(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(1));

    private DateWishParser _parser = null!;
    private string _phrase = null!;

    public static IEnumerable<string> Languages => Phrases.Keys;

    [ParamsSource(nameof(Languages))]
    public string Language { get; set; } = "de";

    [GlobalSetup]
    public void SetUp()
    {
        _parser = new DateWishParser();
        _phrase = Phrases[Language];
        // Without the ASP.NET Core shared framework's Microsoft.Extensions.Caching.Memory the recognizer silently finds
        // nothing; a wrong answer here would make the figures worthless, so check it.
        var wish = _parser.Parse(_phrase, Language, LocalNow)
            ?? throw new InvalidOperationException($"'{_phrase}' ({Language}) was not understood.");
        var described = $"{wish.From:yyyy-MM-dd} to {wish.To:yyyy-MM-dd}, starting {wish.NotBefore?.ToString() ?? "any time"} to before {wish.StartBefore?.ToString() ?? "closing"}"
            + (wish.Weekdays is { } days ? $", on {string.Join("/", days)}" : "");
        if (wish.From.DayOfWeek != DayOfWeek.Tuesday || wish.From <= DateOnly.FromDateTime(LocalNow.DateTime) || wish.StartBefore is not { Hour: <= 12 })
        {
            throw new InvalidOperationException($"'{_phrase}' ({Language}) was understood as {described}, not as next Tuesday in the morning.");
        }

        Console.WriteLine($"// {Language}: '{_phrase}' -> {described}");
    }

    [Benchmark(Description = "DateWishParser.Parse")]
    public DateWish? Parse() => _parser.Parse(_phrase, Language, LocalNow);
}
