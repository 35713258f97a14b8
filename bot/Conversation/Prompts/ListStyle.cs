namespace Termine.Bot.Conversation.Prompts;

/// <summary>How a renderer should present a prompt's choices.</summary>
public enum ListStyle
{
    /// <summary>The renderer decides (typically buttons for a few choices, a list for many).</summary>
    Auto,

    /// <summary>No choices shown; the prompt text says everything.</summary>
    None,

    /// <summary>Choices written into the text in one line.</summary>
    Inline,

    /// <summary>Choices written into the text as a numbered list.</summary>
    List,

    /// <summary>Choices as suggested-action buttons.</summary>
    SuggestedAction,
}
