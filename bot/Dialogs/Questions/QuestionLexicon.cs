namespace Termine.Bot.Dialogs.Questions;

/// <summary>The question words of the seven languages (see <see cref="QuestionWords"/>).</summary>
internal static partial class QuestionLexicon
{
    // Built from methods: the order of static initializers across the files of a partial class is not defined.
    public static IReadOnlyDictionary<string, QuestionWords> ByLanguage { get; } = new Dictionary<string, QuestionWords>
    {
        ["de"] = German(),
        ["en"] = English(),
        ["fr"] = French(),
        ["tr"] = Turkish(),
        ["ar"] = Arabic(),
        ["ru"] = Russian(),
        ["uk"] = Ukrainian(),
    };
}
