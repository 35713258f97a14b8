namespace Termine.Bot.State;

/// <summary>A channel's share of a turn's one commit (Direct Line: the resident's activity and the bot's replies).</summary>
public interface IChannelTurnWrites
{
    /// <summary>Whether there is anything to write.</summary>
    bool HasWrites { get; }

    /// <summary>Runs before the bot, one turn of the conversation at a time (Direct Line numbers the resident's activity).</summary>
    Task BeginAsync(CancellationToken cancellationToken);

    /// <summary>Adds the channel's rows inside the turn's unit of work; may run again when the unit is retried.</summary>
    Task WriteAsync(BotDbContext db, TurnWrites turn, CancellationToken cancellationToken);

    /// <summary>After the commit (Direct Line wakes the conversation's streams).</summary>
    void Committed();

    /// <summary>The turn failed: keep only what a failed turn still stores (Direct Line: the resident's activity).</summary>
    void TurnFailed();
}
