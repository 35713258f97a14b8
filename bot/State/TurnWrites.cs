using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence.Writes;

namespace Termine.Bot.State;

/// <summary>
/// Everything one turn writes to the bot's tables — the conversation state, the transcript, the conversation's
/// summary and the channel's own share (Direct Line's activities) — collected while the turn runs and written after
/// it as one unit of work: one transaction, one commit. The stores find the turn they are called in through
/// <see cref="Current"/>, because the SDK calls <c>IStorage</c> and <c>ITranscriptLogger</c> without the turn's context;
/// outside a turn (or once its writes are being committed) they write at once, each call its own unit.
/// </summary>
public sealed class TurnWrites
{
    /// <summary>Another host created the same summary or state row, or took the same Direct Line number: write again.</summary>
    private const int MaxAttempts = 5;

    private static readonly AsyncLocal<TurnWrites?> Running = new();

    private readonly List<Write> _writes = [];
    private bool _open = true;

    /// <summary>The channel's share, written first: it may renumber the activities the transcript has logged.</summary>
    public IChannelTurnWrites? Channel { get; init; }

    /// <summary>True once the turn failed: only what a failed turn keeps is written.</summary>
    public bool TurnFailed { get; private set; }

    /// <summary>
    /// Activity ids the channel changed while writing (another writer took the numbers first), from the id the turn
    /// saw to the one stored; the transcript stores the new ones.
    /// </summary>
    public IReadOnlyDictionary<string, string> RenamedActivityIds { get; set; } = new Dictionary<string, string>();

    /// <summary>The turn this code runs in, while its writes are still being collected; null outside a turn.</summary>
    internal static TurnWrites? Current => Running.Value is { _open: true } turn ? turn : null;

    /// <summary>Makes this the <see cref="Current"/> turn of the calling flow until the scope is disposed.</summary>
    public Scope Enter()
    {
        var outer = Running.Value;
        Running.Value = this;
        return new Scope(outer);
    }

    /// <summary>
    /// Adds a write. <paramref name="keptWhenTurnFails"/>: whether it stays when the turn fails afterwards (what the
    /// conversation came to stays true: the booking is committed; the state and the transcript of the turn do not).
    /// </summary>
    internal void Add(bool keptWhenTurnFails, Func<BotDbContext, CancellationToken, Task> write, Action? committed = null) =>
        _writes.Add(new Write(keptWhenTurnFails, write, committed));

    /// <summary>
    /// The turn failed (or its writes could not be committed): the state and transcript it meant to save are dropped,
    /// the channel keeps only the resident's activity, and what the error handler adds next is collected again.
    /// </summary>
    public void Fail()
    {
        TurnFailed = true;
        _open = true;
        _writes.RemoveAll(w => !w.KeptWhenTurnFails);
        Channel?.TurnFailed();
    }

    /// <summary>Writes everything collected as one unit of work; afterwards the stores write at once again.</summary>
    /// <exception cref="DbUpdateException">Nothing of the turn was written.</exception>
    public async Task CommitAsync(DatabaseWrites<BotDbContext> database, CancellationToken cancellationToken)
    {
        _open = false;
        if (_writes.Count == 0 && Channel is not { HasWrites: true })
        {
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await database.RunAsync(WriteAllAsync, cancellationToken);
                break;
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex) && attempt < MaxAttempts)
            {
                // Another host wrote the same row first; the next attempt reads it.
            }
        }

        foreach (var write in _writes)
        {
            write.Committed?.Invoke();
        }

        Channel?.Committed();
    }

    private async Task WriteAllAsync(BotDbContext db, CancellationToken cancellationToken)
    {
        if (Channel is not null)
        {
            await Channel.WriteAsync(db, this, cancellationToken);
        }

        foreach (var write in _writes)
        {
            await write.Run(db, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Restores the turn that was current before <see cref="Enter"/>.</summary>
    public readonly struct Scope(TurnWrites? outer) : IDisposable
    {
        public void Dispose() => Running.Value = outer;
    }

    private sealed record Write(bool KeptWhenTurnFails, Func<BotDbContext, CancellationToken, Task> Run, Action? Committed);
}
