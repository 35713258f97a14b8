namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// Yes or no in any of the seven languages ("passt", "yep", "d'accord", "tamam", "أجل", "конечно", "гаразд", 👍).
/// Residents mix languages, so a one-word reply in another language counts too; a longer reply is read in the
/// conversation's language only, where a foreign word could mean something else (French "ne" is not German "nee").
/// </summary>
public static class YesNoParser
{
    public static bool TryParse(string text, string language, out bool yes)
    {
        yes = false;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var folded = InputText.From(text).Folded;
        var answer = Answer(ReplyPatterns.For(language), folded) ?? OtherLanguages(language, folded);
        yes = answer == true;
        return answer is not null;
    }

    /// <summary>The one answer the text gives; null if it gives none, contradicts itself or doubts ("nicht sicher").</summary>
    private static bool? Answer(ReplyPatterns patterns, string text)
    {
        bool? answer = null;
        foreach (System.Text.RegularExpressions.Match match in patterns.Answers.Matches(text))
        {
            var current = match.Groups["yes"].Success;
            if ((current && patterns.Negated?.IsMatch(text[..match.Index]) == true) || (answer is not null && answer != current))
            {
                return null;
            }

            answer = current;
        }

        return answer;
    }

    private static bool? OtherLanguages(string language, string text)
    {
        foreach (var patterns in ReplyPatterns.InOrder(language).Skip(1))
        {
            if (patterns.WholeAnswer.Match(text) is { Success: true } match)
            {
                return match.Groups["yes"].Success;
            }
        }

        return null;
    }
}
