namespace Termine.Bot.Conversation.Prompts;

/// <summary>
/// What a prompt says, as data: a text key and its arguments, rendered into an activity by an
/// <see cref="IPromptRenderer"/> each time it is sent. Stored in dialog state instead of a rendered activity, so a
/// re-prompt after a restart or a language switch is rendered afresh, and state stays small.
/// </summary>
/// <param name="Key">The key of the text in the renderer's resources.</param>
/// <param name="Args">The values for the text's placeholders, already formatted as the text needs them.</param>
public sealed record PromptMessage(string Key, params string[] Args)
{
    /// <summary>What the prompt waits for (for example <c>email</c>), for channels that adapt their input to it.</summary>
    public string? Expecting { get; init; }
}
