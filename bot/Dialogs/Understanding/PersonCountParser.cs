namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// How many people come to the appointment, 1..10: "2", "zwei Personen", "wir sind zu dritt", "me and my wife",
/// "deux personnes", "iki kişi", "شخصين", "нас трое", "двоє", "allein", "я одна".
/// </summary>
public static class PersonCountParser
{
    /// <summary>Reads the count in <paramref name="language"/> first and then in the other six; fails for "2 or 3".</summary>
    public static bool TryParse(string text, string language, out int persons)
    {
        persons = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var value = ReplyNumbers.InAnyLanguage(language, InputText.From(text).Folded, patterns => patterns.Persons,
            match => match.Groups["alone"].Success ? 1 : match.Groups["couple"].Success ? 2 : ReplyNumbers.Value(match, "g"));
        persons = value is >= 1 and <= 10 ? value.Value : 0;
        return persons != 0;
    }
}
