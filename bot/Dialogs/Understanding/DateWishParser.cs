using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Termine.Booking;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// Understands a resident's date wish in any of the seven languages ("nächsten Dienstag vormittags", "после 15
/// декабря", "في أقرب وقت"). German, English, French and Turkish go through Microsoft.Recognizers.Text.DateTime and
/// our own tables together; Arabic, Russian and Ukrainian through our own tables only, because the recognizer has no
/// usable model for them and would silently read them as English. Stateless and safe to share as a singleton.
/// </summary>
public sealed class DateWishParser
{
    // A date wish is a sentence; longer input is cut so that no text can make the recognizer's expressions slow.
    private const int MaxLength = 300;

    private readonly Func<string, string, DateTime, IList<ModelResult>> _recognize;

    public DateWishParser()
        : this(static (text, culture, reference) =>
            DateTimeRecognizer.RecognizeDateTime(text, culture, DateTimeOptions.None, reference, fallbackToDefaultCulture: false))
    {
    }

    /// <summary>For tests: <paramref name="recognize"/> stands in for the recognizer (text, culture, reference time).</summary>
    internal DateWishParser(Func<string, string, DateTime, IList<ModelResult>> recognize) => _recognize = recognize;

    /// <summary>
    /// The wish in <paramref name="text"/>, relative to <paramref name="localNow"/> (the office's local time); null when
    /// nothing date-like was understood. <paramref name="language"/> is a two-letter code; unknown codes count as German.
    /// </summary>
    public DateWish? Parse(string text, string language, DateTimeOffset localNow)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var input = InputText.From(text.Length > MaxLength ? text[..MaxLength] : text);
        var code = Languages.TryNormalize(language, out var normalized) ? normalized : Languages.Default;
        var today = DateOnly.FromDateTime(localNow.DateTime);
        var patterns = DatePatterns.For(code);
        var mentions = KeywordReader.Read(input.Folded, patterns, today);
        if (RecognizerReader.CultureFor(code) is { } culture)
        {
            var results = _recognize(input.Clean, culture, localNow.DateTime);
            mentions.AddRange(RecognizerReader.Read(results, input.Folded, patterns, today));
        }

        return WishAssembler.Assemble(mentions, input.Folded, patterns, today);
    }

    /// <summary>
    /// Builds every language's expressions and loads each recognizer culture once (together a few seconds), so the
    /// first resident does not wait; the host runs this in the background at start.
    /// </summary>
    public void WarmUp()
    {
        var reference = new DateTime(2026, 1, 5, 9, 0, 0, DateTimeKind.Unspecified);
        foreach (var language in Languages.All)
        {
            Parse("morgen 10:30", language, new DateTimeOffset(reference, TimeSpan.FromHours(1)));
            OrdinalParser.TryParse("2", language, out _);
            PersonCountParser.TryParse("2", language, out _);
            YesNoParser.TryParse("ok", language, out _);
        }

        ClockTimeParser.TryParse("10:30", out _);
    }
}
