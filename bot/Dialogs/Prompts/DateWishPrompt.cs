using Microsoft.Bot.Builder;
using Termine.Booking.Scheduling;
using Termine.Bot.Conversation;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Dialogs.Prompts;

/// <summary>Asks when the resident would like to come and understands the answer in the conversation's language.</summary>
public sealed class DateWishPrompt(
    string dialogId, IPromptRenderer renderer, DateWishParser parser, ConversationLanguage language, OfficeClock clock)
    : Prompt<DateWish>(dialogId, renderer, validator: null)
{
    protected override async Task<PromptRecognizerResult<DateWish>> OnRecognizeAsync(
        ITurnContext turnContext, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        var wish = parser.Parse(turnContext.Activity.Text ?? "", await language.GetAsync(turnContext, cancellationToken), clock.ToLocal(clock.UtcNow));
        return wish is null ? new PromptRecognizerResult<DateWish>(false) : new PromptRecognizerResult<DateWish>(true, wish);
    }
}
