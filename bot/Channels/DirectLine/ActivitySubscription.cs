using System.Threading.Channels;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>One stream's wake-up call: any number of signals before it looks collapse into one.</summary>
public sealed class ActivitySubscription : IDisposable
{
    private readonly ActivitySignals _owner;
    private readonly Channel<bool> _pulses = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    // Never disposed: it has no timer, and a late Supersede from another thread must not meet a disposed source.
    private readonly CancellationTokenSource _superseded = new();

    internal ActivitySubscription(ActivitySignals owner, string conversationId)
    {
        _owner = owner;
        ConversationId = conversationId;
    }

    public string ConversationId { get; }

    /// <summary>Cancelled when a newer stream of the same conversation took over.</summary>
    public CancellationToken Superseded => _superseded.Token;

    /// <summary>Waits for a signal; false when <paramref name="timeout"/> passed without one.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pulse = _pulses.Reader.WaitToReadAsync(stop.Token).AsTask();
        var first = await Task.WhenAny(pulse, Task.Delay(timeout, time, stop.Token));
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return first == pulse && _pulses.Reader.TryRead(out _);
    }

    public void Dispose() => _owner.Remove(this);

    internal void Pulse() => _pulses.Writer.TryWrite(true);

    internal void Supersede() => _superseded.Cancel();
}
