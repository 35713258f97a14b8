using System.Text.RegularExpressions;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>Turns the word tables into compiled regular expressions over folded text.</summary>
internal sealed class PatternBuilder
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant;

    // A word starts after neither a letter nor a digit. Arabic writes "and", "in" and "with" as one letter glued to
    // the next word ("والثلاثاء", "بالصباح"), so there one such letter may come first.
    private const string Start = "(?<![\\p{L}\\p{N}])";
    private const string ArabicStart = Start + "(?:[وفبل](?=\\p{L}{2}))?";
    private const string End = "(?![\\p{L}\\p{N}])";

    private readonly string _start;

    public PatternBuilder(string language) => _start = language == "ar" ? ArabicStart : Start;

    /// <summary>A fragment of the tables folded like resident text, in a non-capturing group; "" stays "".</summary>
    public static string Fold(string fragment) =>
        fragment.Length == 0 ? string.Empty : $"(?:{InputText.Fold(fragment)})";

    /// <summary>Named groups <paramref name="prefix"/>0, <paramref name="prefix"/>1, … for the fragments, as one alternation.</summary>
    public static string Numbered(string prefix, IReadOnlyList<string> fragments, bool longestFirst = false)
    {
        var groups = fragments
            .Select((fragment, index) => (fragment, index))
            .Where(entry => entry.fragment.Length > 0)
            .Select(entry => $"(?<{prefix}{entry.index}>{InputText.Fold(entry.fragment)})");
        return $"(?:{string.Join('|', longestFirst ? groups.Reverse() : groups)})";
    }

    /// <summary>The index of the numbered group that matched, or -1.</summary>
    public static int MatchedIndex(Match match, string prefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (match.Groups[prefix + i].Success)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Alternatives that are not empty, each in its own named group.</summary>
    public static string Named(params (string Name, string Fragment)[] alternatives) =>
        string.Join('|', alternatives.Where(a => a.Fragment.Length > 0).Select(a => $"(?<{a.Name}>{a.Fragment})"));

    /// <summary>A pattern that must stand as whole words; null when the language has no such words.</summary>
    public Regex? Words(string pattern) => pattern.Length == 0 ? null : Compile($"{_start}(?:{pattern}){End}");

    /// <summary>Words that end the text they are matched on (the words just before a mention).</summary>
    public Regex? Ending(string pattern) => pattern.Length == 0 ? null : Compile($"{_start}(?:{pattern})\\s*$");

    /// <summary>Words that begin the text they are matched on (the words just after a mention).</summary>
    public static Regex? Beginning(string pattern) => pattern.Length == 0 ? null : Compile($"^\\s*,?\\s*(?:{pattern}){End}");

    /// <summary>Words that make up the whole text they are matched on (the words between two mentions).</summary>
    public static Regex? Whole(string pattern) => pattern.Length == 0 ? null : Compile($"^\\s*,?\\s*(?:{pattern})\\s*$");

    private static Regex Compile(string pattern) => new(pattern, Options);
}
