using System.Collections.Concurrent;
using System.Globalization;
using System.Security;
using System.Text;
using System.Text.RegularExpressions;
using PhoneNumbers;
using Termine.Booking.Localization;

namespace Termine.Bot.Dialogs.Replies;

/// <summary>
/// One line of a message as a voice reads it, as escaped SSML: a booking reference spelled character by character, a
/// telephone number in digit groups, an e-mail address with the language's words for "at" and "dot", a link named
/// instead of read, German terms in a German voice, symbols and abbreviations as words ("35 × 45 mm" → "35 by 45
/// millimetres", "§ 9" → "section 9", "8:00–12:00" → "8:00 to 12:00"), and "type" said as "say or type". What a
/// resident typed (isolated by <see cref="Bidi.Isolate"/>) is only escaped, never rewritten.
/// </summary>
public static partial class SpeechLine
{
    private static readonly ConcurrentDictionary<string, Regex> Specials = new();

    public static string Render(string line, string language)
    {
        var spoken = new StringBuilder();
        var at = 0;
        foreach (Match typed in Typed().Matches(line))
        {
            spoken.Append(Sentence(Bidi.Strip(line[at..typed.Index]), language));
            spoken.Append(Escape(Bidi.Strip(typed.Groups[1].Value)));
            at = typed.Index + typed.Length;
        }

        spoken.Append(Sentence(Bidi.Strip(line[at..]), language));
        return Spaces().Replace(spoken.ToString(), " ").Trim();
    }

    private static string Sentence(string text, string language)
    {
        var spoken = new StringBuilder();
        var at = 0;
        foreach (Match match in Special(language).Matches(text))
        {
            spoken.Append(Words(text[at..match.Index], language));
            spoken.Append(Token(match, language));
            at = match.Index + match.Length;
        }

        spoken.Append(Words(text[at..], language));
        return spoken.ToString();
    }

    private static string Token(Match match, string language)
    {
        var value = match.Value;
        if (match.Groups["url"].Success)
        {
            // The web booking's address is given in the chat itself, not in an e-mail: a voice says where to go.
            return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.AbsolutePath.EndsWith("/termin", StringComparison.Ordinal)
                ? Escape(uri.Host + uri.AbsolutePath)
                : Escape(SpeechTexts.Texts["Link", language]);
        }

        if (match.Groups["email"].Success)
        {
            var dot = $" {SpeechTexts.Texts["Dot", language]} ";
            var parts = value.Split('@');
            return Escape($"{string.Join(dot, parts[0].Split('.'))} {SpeechTexts.Texts["At", language]} {string.Join(dot, parts[1].Split('.'))}");
        }

        if (match.Groups["reference"].Success)
        {
            return $"<say-as interpret-as=\"characters\">{value.Replace("-", "", StringComparison.Ordinal)}</say-as>";
        }

        if (match.Groups["phone"].Success)
        {
            return $"<say-as interpret-as=\"telephone\">{Escape(Grouped(value))}</say-as>";
        }

        if (match.Groups["drop"].Success)
        {
            return "";
        }

        return GermanTerms.Speak(value, german => Words(german, "de"));
    }

    /// <summary>Plain words: typing said as "say or type", abbreviations, symbols, units and ranges as words.</summary>
    private static string Words(string text, string language)
    {
        if (text.Length == 0)
        {
            return "";
        }

        text = Replace(text, "SayOrType", language, ignoreCase: true);
        text = Replace(text, "Abbreviations", language, ignoreCase: false);
        text = GermanTerms.Expand(text);
        text = Times().Replace(text, m => Product(m, language));
        text = UnitAfterNumber().Replace(text, m => $"{m.Groups[1].Value} {Millimetres(m.Groups[1].Value, language)}");
        text = Section().Replace(text, m => $"{SpeechTexts.Texts["Section", language]} {m.Groups[1].Value}");
        text = EuroAfter().Replace(text, m => SpeechTexts.Texts.Get("Euro", language, m.Groups[1].Value));
        text = EuroBefore().Replace(text, m => SpeechTexts.Texts.Get("Euro", language, m.Groups[1].Value));
        text = Range().Replace(text, m => Span(m, language));
        // A dash between words and a bullet are pauses, not words.
        text = PauseDash().Replace(text, ", ");
        text = Bullet().Replace(text, ", ").Replace("*", "", StringComparison.Ordinal);
        text = DoubleComma().Replace(text, ",");
        return Escape(text);
    }

    /// <summary>"35 × 45 mm" → "35 by 45 millimetres" (Turkish "35’e 45 milimetre").</summary>
    private static string Product(Match m, string language)
    {
        var first = language == "tr" ? m.Groups[1].Value + TurkishDative(m.Groups[1].Value) : m.Groups[1].Value;
        var unit = m.Groups[3].Success ? " " + Millimetres(m.Groups[2].Value, language) : "";
        return SpeechTexts.Texts.Get("By", language, first, m.Groups[2].Value) + unit;
    }

    /// <summary>"8:00–12:00" → "8:00 to 12:00"; "из 6–15 цифр" → "от 6 до 15 цифр" (the range brings its own preposition).</summary>
    private static string Span(Match m, string language)
    {
        var time = m.Groups[2].Value.Contains(':') || m.Groups[3].Value.Contains(':') || m.Groups[2].Value.Contains('h');
        return (time ? m.Groups[1].Value : "") + SpeechTexts.Texts.Get(time ? "TimeRange" : "NumberRange", language, m.Groups[2].Value, m.Groups[3].Value);
    }

    private static string Replace(string text, string key, string language, bool ignoreCase)
    {
        var pairs = SpeechTexts.Replacements(key, language);
        if (pairs.Count == 0)
        {
            return text;
        }

        var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return Replacing.GetOrAdd((key, language), _ => new Regex(
                $@"(?<!\p{{L}})(?:{string.Join("|", pairs.Select(p => Regex.Escape(p.Key)))})(?!\p{{L}})",
                (ignoreCase ? RegexOptions.IgnoreCase | RegexOptions.CultureInvariant : RegexOptions.CultureInvariant) | RegexOptions.Compiled))
            .Replace(text, m =>
            {
                var spoken = pairs.First(p => string.Equals(p.Key, m.Value, comparison)).Value;
                return char.IsUpper(m.Value[0]) && spoken.Length > 0 ? char.ToUpperInvariant(spoken[0]) + spoken[1..] : spoken;
            });
    }

    private static readonly ConcurrentDictionary<(string Key, string Language), Regex> Replacing = new();

    /// <summary>A stored number ("+4915123456789") in its digit groups ("+49 151 23456789"); a written one as written.</summary>
    private static string Grouped(string phone)
    {
        if (!phone.StartsWith('+') || !phone.Skip(1).All(char.IsAsciiDigit))
        {
            return phone;
        }

        try
        {
            return Numbers.Format(Numbers.Parse(phone, null), PhoneNumberFormat.INTERNATIONAL);
        }
        catch (NumberParseException)
        {
            return phone;
        }
    }

    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    private static string Millimetres(string number, string language) =>
        SpeechTexts.Unit("Millimetres", language, int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0);

    /// <summary>Turkish says "35’e 45": the dative suffix follows the sound of the number's last word.</summary>
    private static string TurkishDative(string number)
    {
        if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return "";
        }

        var last = n % 10 != 0 ? n % 10 : n % 100 != 0 ? n % 100 : n == 0 ? 0 : 100;
        return last switch
        {
            2 or 7 or 20 or 50 => "’ye",
            6 => "’ya",
            9 or 10 or 30 or 40 or 60 or 90 or 0 => "’a",
            _ => "’e",
        };
    }

    private static Regex Special(string language) => Specials.GetOrAdd(language, l => new Regex(
        $@"(?<url>https?://[^\s<>""“”«»]+[^\s<>""“”«».,;:!?)])"
        // Atomic and only at a word's start: otherwise every word is scanned to its end once per letter in search of an "@".
        + @"|(?<email>(?<![\p{L}\p{N}._%+-])(?>[\p{L}\p{N}._%+-]+)@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)"
        + $@"|(?<reference>(?<![\p{{L}}\p{{N}}])(?:[{Reference}]{{4}}-[{Reference}]{{4}}|(?=[{Reference}]*[3-9])[{Reference}]{{8}})(?![\p{{L}}\p{{N}}]))"
        + @"|(?<phone>(?<![\p{L}\p{N}:./])(?!\d{1,2}/\d{1,2}/\d{2,4})\+?\(?\d(?:[ ()/-]{0,2}\d){5,}(?!\p{N}|:\d))"
        + @"|(?<drop>\s?\((?:[a-z]?[A-Z]{2,5})\))"
        + $"|(?<german>{GermanTerms.Pattern(l)})",
        // Compiled once per language on its first message: interpreted, this pattern was most of a speak's cost.
        RegexOptions.CultureInvariant | RegexOptions.Compiled));

    private const string Reference = Termine.Booking.Appointments.ReferenceGenerator.Alphabet;

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";

    [GeneratedRegex("\u2068([^\u2069]*)\u2069")]
    private static partial Regex Typed();

    [GeneratedRegex(@"[ \u00A0\u202F]{2,}|[\u00A0\u202F]")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(\d+)\s*[×x]\s*(\d+)(\s*(?:mm|мм|ملم)(?!\p{L}))?")]
    private static partial Regex Times();

    [GeneratedRegex(@"(\d+)\s*(?:mm|мм|ملم)(?!\p{L})")]
    private static partial Regex UnitAfterNumber();

    [GeneratedRegex(@"§\s*(\d+\p{L}?)")]
    private static partial Regex Section();

    [GeneratedRegex(@"(\d+(?:[.,]\d+)?)\s*€")]
    private static partial Regex EuroAfter();

    [GeneratedRegex(@"€\s*(\d+(?:[.,]\d+)?)")]
    private static partial Regex EuroBefore();

    [GeneratedRegex(@"(\b(?:из|із|з)\s+)?(?<![\d:])(\d{1,2}(?::\d{2}|\sh\s\d{2}|\sh)?)\s*[–—]\s*(\d{1,2}(?::\d{2}|\sh\s\d{2}|\sh)?)(?![\d:])")]
    private static partial Regex Range();

    [GeneratedRegex(@"\s+[–—]\s*(?:,\s*)?")]
    private static partial Regex PauseDash();

    [GeneratedRegex(@"\s*•\s*")]
    private static partial Regex Bullet();

    [GeneratedRegex(@",\s*,")]
    private static partial Regex DoubleComma();
}
