using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Termine.Bot.Conversation.Prompts;

/// <summary>
/// Turns a prompt's <see cref="PromptMessage"/> into the activity that is sent, at the moment it is sent: the seam
/// where texts are localised and channel hints (speech, input hint, suggested actions, channel data) are added.
/// </summary>
public interface IPromptRenderer
{
    /// <param name="turnContext">The turn the activity will be sent in.</param>
    /// <param name="message">The text key and arguments.</param>
    /// <param name="choices">The prompt's choices, possibly empty.</param>
    /// <param name="style">How the choices should be presented.</param>
    /// <param name="isRetry">Whether the previous answer was not accepted.</param>
    /// <param name="cancellationToken">Cancels the rendering.</param>
    Task<IMessageActivity> RenderAsync(
        ITurnContext turnContext,
        PromptMessage message,
        IReadOnlyList<Choice> choices,
        ListStyle style,
        bool isRetry,
        CancellationToken cancellationToken);
}
