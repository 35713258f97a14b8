namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// The position a resident picks from an offered list of up to ten: "2", "Nr. 2", "№2", "the second (one)", "die
/// zweite", "la deuxième", "ikincisi", "الثاني", "вторую", "другу", "zwei", "два", or the last one.
/// </summary>
public static class OrdinalParser
{
    /// <summary>What <see cref="TryParse"/> gives for "the last one" ("die letzte", "последний", "الأخير").</summary>
    public const int Last = -1;

    /// <summary>
    /// Reads a position 1..10 or <see cref="Last"/>, in <paramref name="language"/> first and then in the other six.
    /// Fails for clock times ("um 10 Uhr", "10:30": <see cref="ClockTimeParser"/>) and for replies naming two numbers.
    /// </summary>
    public static bool TryParse(string text, string language, out int number)
    {
        number = 0;
        if (string.IsNullOrWhiteSpace(text) || ClockTimeParser.TryParse(text, out _))
        {
            return false;
        }

        var value = ReplyNumbers.InAnyLanguage(language, InputText.From(text).Folded, patterns => patterns.Position,
            match => match.Groups["last"].Success ? Last : ReplyNumbers.Value(match, "o"));
        number = value is Last or (>= 1 and <= 10) ? value.Value : 0;
        return number != 0;
    }
}
