using Microsoft.Bot.Builder;
using Termine.Booking.Persistence.Identity;

namespace Termine.Bot.Channels;

/// <summary>
/// What every channel adapter does when a turn fails: log it without the resident's words, clear the conversation's
/// dialog state (so a broken state cannot fail every following turn) and apologise in the resident's language.
/// </summary>
public sealed class TurnErrorHandler(ConversationState conversationState, ITurnApology apology, ILogger<TurnErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        logger.TurnFailedOnChannel(turnContext.Activity.ChannelId, exception);
        try
        {
            await conversationState.DeleteAsync(turnContext, CancellationToken.None);
        }
        catch (Exception ex) when (DatabaseUnavailableException.ReasonOf(ex) is not null)
        {
            // The database is lost or read-only: the state cannot be cleared (nor was the turn's saved); the
            // apology is still owed, and channels that deliver outside the database still carry it.
        }

        await turnContext.SendActivityAsync(apology.For(turnContext.Activity.Locale), CancellationToken.None);
    }
}
