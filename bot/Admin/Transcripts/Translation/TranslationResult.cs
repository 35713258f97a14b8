namespace Termine.Bot.Admin.Transcripts.Translation;

/// <summary>The translator's answer: the German texts in the order asked, or why there are none (in German, for staff).</summary>
public abstract record TranslationResult
{
    private TranslationResult()
    {
    }

    public sealed record Translated(IReadOnlyList<Translation> Texts) : TranslationResult;

    public sealed record Failed(string Message) : TranslationResult;
}

/// <summary>One text in German, with the language the translator recognised.</summary>
public sealed record Translation(string Text, string? DetectedLanguage);
