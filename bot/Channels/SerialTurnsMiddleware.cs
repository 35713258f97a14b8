using System.Collections.Concurrent;
using Microsoft.Bot.Builder;

namespace Termine.Bot.Channels;

/// <summary>
/// Two turns of one conversation arriving at once (a double tap, a retry) run one after the other, so the second sees
/// what the first saved. Across hosts the storage's eTag check refuses the loser instead of losing an update.
/// </summary>
public sealed class SerialTurnsMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private readonly ConcurrentDictionary<string, Gate> _gates = new();

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var key = $"{turnContext.Activity.ChannelId}/{turnContext.Activity.Conversation?.Id}";
        var gate = _gates.AddOrUpdate(key, _ => new Gate(), (_, g) => g.Enter());
        try
        {
            await gate.Semaphore.WaitAsync(cancellationToken);
            try
            {
                await next(cancellationToken);
            }
            finally
            {
                gate.Semaphore.Release();
            }
        }
        finally
        {
            if (gate.Leave())
            {
                _gates.TryRemove(new KeyValuePair<string, Gate>(key, gate));
            }
        }
    }

    /// <summary>A semaphore with a count of waiting turns, so an idle conversation's gate is dropped.</summary>
    private sealed class Gate
    {
        private int _users = 1;

        public SemaphoreSlim Semaphore { get; } = new(1, 1);

        public Gate Enter()
        {
            Interlocked.Increment(ref _users);
            return this;
        }

        public bool Leave() => Interlocked.Decrement(ref _users) == 0;
    }
}
