namespace Termine.Bot.Conversation.Prompts;

/// <summary>One option of a <see cref="ChoicePrompt"/>, as plain data.</summary>
/// <param name="Value">What the prompt ends with when this option is chosen; a button posts it back.</param>
public sealed record Choice(string Value)
{
    /// <summary>What a button shows, when it differs from <see cref="Value"/>; also recognised when typed.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// The key of the button's text in the renderer's resources, so a question asked again after a language switch
    /// shows it in the new language; <see cref="Title"/> is then the text it had when first asked.
    /// </summary>
    public string? TitleKey { get; init; }

    /// <summary>Other words that choose this option.</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>The time this option stands for, when it is one (an appointment slot), for channels that show it.</summary>
    public ChoiceSpan? Span { get; init; }
}

/// <summary>A stretch of time an option stands for.</summary>
public sealed record ChoiceSpan(DateTimeOffset Start, DateTimeOffset End);
