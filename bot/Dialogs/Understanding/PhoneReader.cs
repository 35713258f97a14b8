using System.Text.RegularExpressions;
using PhoneNumbers;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// A phone number as residents write it, alone or inside a sentence: German national forms ("02131 123456",
/// "0171/1234567", "(0211) 12 34 56"), international ones ("+49 171 …", "0049 …", "+90 532 …", "+380 …") with any
/// spaces, dashes, slashes or dots, in any digits; or the resident's way of saying they have none.
/// </summary>
public static class PhoneReader
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    // The office is in Germany: a number without a country code is German.
    private const string DefaultRegion = "DE";

    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    // A run of digits with the separators people type between groups; it must start like a phone number does
    // (+, 00 or the trunk 0), which keeps dates, times and counts in the sentence out.
    private static readonly Regex Candidate = new(
        "(?<![\\p{N}+])(?:\\+ ?\\d|\\(? ?0)[\\d ()./\\-]{4,30}\\d(?!\\p{N})", Options);

    // "+49 (0) 171 …": the trunk zero in brackets is dropped when the country code is given.
    private static readonly Regex BracketedTrunkZero = new("^(\\+\\d{1,3}) ?\\( ?0 ?\\)", Options);

    private static readonly Regex Chunk = new("[ ./\\-]+(?=[^ ./\\-]*$)", Options);

    private static readonly Regex[] NoPhoneAnswers = ContactLexicon.All
        .Select(words => new Regex($"^[\\s\\p{{P}}]*(?:{PatternBuilder.Fold(words.NoPhone)})"
            + $"(?:[\\s\\p{{P}}]+{PatternBuilder.Fold(words.Courtesies)})*[\\s\\p{{P}}\\p{{So}}]*$", Options))
        .ToArray();

    // Signs that mean "nothing here" in any language.
    private static readonly Regex NoPhoneSigns = new("^\\s*(?:-+|/|x|—|–|\\.{1,3}|0|skip|none|no|nein|non|yok|нет|ні|لا|❌|✖)\\s*$", Options);

    /// <summary>Reads the first valid phone number in <paramref name="text"/>, normalised to E.164 ("+491712345678").</summary>
    public static bool TryRead(string text, out string phone)
    {
        phone = string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        foreach (Match match in Candidate.Matches(InputText.From(text).Clean))
        {
            if (Valid(match.Value) is { } number)
            {
                phone = number;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the whole answer says there is no phone number ("keine", "I don't have one", "pas de téléphone",
    /// "telefonum yok", "нету", "не маю", "ما عندي", "-"). Every language counts, whatever the conversation's
    /// language, because such short answers are often typed in the resident's own.
    /// </summary>
    public static bool IsNone(string text, string language)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var folded = InputText.From(text).Folded;
        var own = NoPhoneAnswers[ContactLexicon.IndexOf(language)];
        return NoPhoneSigns.IsMatch(folded) || own.IsMatch(folded) || NoPhoneAnswers.Any(regex => regex.IsMatch(folded));
    }

    /// <summary>
    /// A mobile number written with its prefix (01… in Germany, or +/00 and a country code) whose length fits: our copy
    /// of the numbering plans lags behind newly allocated ranges, and the resident knows their own number.
    /// </summary>
    private static bool IsPlausibleMobile(string text, PhoneNumbers.PhoneNumber number)
    {
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        var prefixed = text.TrimStart().StartsWith('+') || digits.StartsWith("00", StringComparison.Ordinal) || digits.StartsWith("01", StringComparison.Ordinal);
        return prefixed && digits.Length >= 10 && digits.Distinct().Count() > 2 && Numbers.IsPossibleNumber(number);
    }

    /// <summary>The E.164 form of the candidate or, when a trailing group belongs to the sentence, of a shorter start of it.</summary>
    private static string? Valid(string candidate)
    {
        var text = BracketedTrunkZero.Replace(candidate.Trim(), "$1 ");
        while (text.Count(char.IsAsciiDigit) >= 6)
        {
            try
            {
                var number = Numbers.Parse(text, DefaultRegion);
                // A number whose length fits its country is taken even outside the ranges known to be in use: our copy
                // of the numbering plans lags behind newly opened ranges, and the resident knows their own number.
                if (Numbers.IsValidNumber(number) || IsPlausibleMobile(text, number))
                {
                    return Numbers.Format(number, PhoneNumberFormat.E164);
                }
            }
            catch (NumberParseException)
            {
                // Not a number in any form: try without the last group.
            }

            var last = Chunk.Match(text);
            if (!last.Success)
            {
                return null;
            }

            text = text[..last.Index];
        }

        return null;
    }
}
