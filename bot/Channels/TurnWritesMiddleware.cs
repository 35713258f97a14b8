using Microsoft.Bot.Builder;
using Termine.Booking.Persistence.Writes;
using Termine.Bot.State;

namespace Termine.Bot.Channels;

/// <summary>
/// Writes everything a turn produces in one transaction after it (<see cref="TurnWrites"/>): the conversation state,
/// the transcript, the summary and the channel's share (Direct Line's echo and replies). Runs inside
/// <see cref="SerialTurnsMiddleware"/>, so the next turn of the conversation reads what this one committed. A failing
/// turn is handled here, not by the adapter, so that the error handler's apology and cleared state are part of the same
/// commit; when the commit itself fails, the turn is treated as failed and the apology is committed instead.
/// </summary>
public sealed class TurnWritesMiddleware(
    DatabaseWrites<BotDbContext> database, TurnErrorHandler errors, ILogger<TurnWritesMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var writes = turnContext.TurnState.Get<TurnWrites>();
        if (writes is null)
        {
            writes = new TurnWrites();
            turnContext.TurnState.Add(writes);
        }

        using var scope = writes.Enter();
        if (writes.Channel is { } channel)
        {
            await channel.BeginAsync(cancellationToken);
        }

        try
        {
            await next(cancellationToken);
        }
        catch (Exception exception)
        {
            writes.Fail();
            await errors.HandleAsync(turnContext, exception);
        }

        // Not the caller's token: what the turn did (a booking, the replies sent) must be written whole.
        try
        {
            await writes.CommitAsync(database, CancellationToken.None);
        }
        catch (Exception exception) when (!writes.TurnFailed)
        {
            logger.TurnCommitFailed(turnContext.Activity.ChannelId, exception);
            writes.Fail();
            await errors.HandleAsync(turnContext, exception);
            await writes.CommitAsync(database, CancellationToken.None);
        }
    }
}
