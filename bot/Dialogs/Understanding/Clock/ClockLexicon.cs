namespace Termine.Bot.Dialogs.Understanding.Clock;

/// <summary>The clock words of all seven languages; each language has its own file with one builder method.</summary>
internal static partial class ClockLexicon
{
    // Built from methods, not fields of the other files: the order of static initializers across the files of a
    // partial class is not defined.
    public static IReadOnlyList<ClockWords> All { get; } = [German(), English(), French(), Turkish(), Arabic(), Russian(), Ukrainian()];

    /// <summary>Minutes in steps of five, from eleven fragments (5, 10, …, 55); empty fragments are left out.</summary>
    private static (int Minute, string Words)[] FiveMinuteSteps(params string[] words) =>
        words.Select((w, i) => (Minute: (i + 1) * 5, Words: w)).Where(e => e.Words.Length > 0).ToArray();
}
