namespace Termine.Bot.Channels.Telegram;

/// <summary>
/// The update ids this host lately took on, so a repeated delivery (Telegram retries a webhook call it got no answer
/// to) is not answered twice. A failed update is forgotten, so its retry is taken on again. Kept in memory: a repeat
/// that reaches another host is answered there, which at worst repeats one reply.
/// </summary>
internal sealed class RecentUpdates
{
    /// <summary>Telegram repeats within minutes; far fewer updates than this arrive meanwhile.</summary>
    private const int Capacity = 4096;

    private readonly Lock _lock = new();
    private readonly HashSet<int> _ids = [];
    private readonly Queue<int> _order = new();

    /// <summary>False when the update was already taken on.</summary>
    public bool TryBegin(int updateId)
    {
        lock (_lock)
        {
            if (!_ids.Add(updateId))
            {
                return false;
            }

            _order.Enqueue(updateId);
            if (_order.Count > Capacity)
            {
                _ids.Remove(_order.Dequeue());
            }

            return true;
        }
    }

    public void Forget(int updateId)
    {
        lock (_lock)
        {
            _ids.Remove(updateId);
        }
    }
}
