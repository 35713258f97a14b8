namespace Termine.Bot.Dialogs.Understanding;

/// <summary>The word tables of all seven languages; each language has its own file with one builder method.</summary>
internal static partial class Lexicon
{
    // Built here from methods, not from fields in the other files, because the order of static initializers across
    // the files of a partial class is not defined.
    public static IReadOnlyList<LanguageWords> All { get; } = [German(), English(), French(), Turkish(), Arabic(), Russian(), Ukrainian()];
}
