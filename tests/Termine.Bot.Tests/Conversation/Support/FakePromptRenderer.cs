using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Termine.Bot.Conversation.Prompts;

namespace Termine.Bot.Tests.Conversation.Support;

/// <summary>Renders a prompt as its key and arguments ("retry:" in front on a retry), choices as buttons.</summary>
internal sealed class FakePromptRenderer : IPromptRenderer
{
    public static FakePromptRenderer Instance { get; } = new();

    public Task<IMessageActivity> RenderAsync(
        ITurnContext turnContext,
        PromptMessage message,
        IReadOnlyList<Choice> choices,
        ListStyle style,
        bool isRetry,
        CancellationToken cancellationToken)
    {
        var activity = Activity.CreateMessageActivity();
        activity.Text = string.Join(' ', [isRetry ? "retry:" + message.Key : message.Key, .. message.Args]);
        if (style != ListStyle.None && choices.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [.. choices.Select(choice => new CardAction(ActionTypes.ImBack, choice.Title ?? choice.Value, value: choice.Value))],
            };
        }

        return Task.FromResult(activity);
    }

    /// <summary>Options asking <paramref name="key"/>.</summary>
    public static PromptOptions Ask(string key, string? retryKey = null) => new()
    {
        Prompt = new PromptMessage(key),
        RetryPrompt = retryKey is null ? null : new PromptMessage(retryKey),
    };
}
