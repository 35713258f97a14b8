using System.Diagnostics;

namespace Termine.LoadTest;

/// <summary>What the conversations of one run report while they run; safe to call from all of them at once.</summary>
public sealed class LoadStatistics
{
    private readonly Lock _lock = new();
    private readonly List<double> _replyMs = [];
    private readonly List<double> _postMs = [];
    private readonly Dictionary<string, int> _errors = [];
    private readonly List<string> _references = [];
    private readonly List<string> _examples = [];
    private readonly List<long> _turnEnds = [];
    private readonly List<long> _bookingEnds = [];
    private int _slotsTaken;

    public int Turns
    {
        get
        {
            lock (_lock)
            {
                return _replyMs.Count;
            }
        }
    }

    public int SlotsTaken => Volatile.Read(ref _slotsTaken);

    public IReadOnlyList<string> References
    {
        get
        {
            lock (_lock)
            {
                return [.. _references];
            }
        }
    }

    public IReadOnlyDictionary<string, int> Errors
    {
        get
        {
            lock (_lock)
            {
                return new Dictionary<string, int>(_errors);
            }
        }
    }

    /// <summary>The first few errors with their detail, to see what went wrong.</summary>
    public IReadOnlyList<string> ErrorExamples
    {
        get
        {
            lock (_lock)
            {
                return [.. _examples];
            }
        }
    }

    /// <param name="reply">From posting the activity to the arrival of the reply that ends the turn.</param>
    /// <param name="post">From posting the activity to the POST's answer (the host answers once the turn is over).</param>
    public void Turn(TimeSpan reply, TimeSpan post)
    {
        lock (_lock)
        {
            _replyMs.Add(reply.TotalMilliseconds);
            _postMs.Add(post.TotalMilliseconds);
            _turnEnds.Add(Stopwatch.GetTimestamp());
        }
    }

    public void SlotTaken() => Interlocked.Increment(ref _slotsTaken);

    public void Booked(string reference)
    {
        lock (_lock)
        {
            _references.Add(reference);
            _bookingEnds.Add(Stopwatch.GetTimestamp());
        }
    }

    public void Error(string kind, string detail)
    {
        lock (_lock)
        {
            _errors[kind] = _errors.GetValueOrDefault(kind) + 1;
            if (_examples.Count < 5)
            {
                _examples.Add($"{kind}: {(detail.Length > 300 ? detail[..300] + "…" : detail)}");
            }
        }
    }

    /// <summary>Turns that ended (their reply arrived) between two Stopwatch timestamps: a throughput window.</summary>
    public int TurnsBetween(long from, long to) => CountBetween(_turnEnds, from, to);

    /// <summary>Bookings reported between two Stopwatch timestamps.</summary>
    public int BookingsBetween(long from, long to) => CountBetween(_bookingEnds, from, to);

    /// <summary>The given percentile (nearest rank) of the reply latencies, in milliseconds.</summary>
    public double ReplyPercentile(double percentile) => Percentile(_replyMs, percentile);

    public double PostPercentile(double percentile) => Percentile(_postMs, percentile);

    private int CountBetween(List<long> timestamps, long from, long to)
    {
        lock (_lock)
        {
            return timestamps.Count(t => t >= from && t <= to);
        }
    }

    private double Percentile(List<double> values, double percentile)
    {
        lock (_lock)
        {
            if (values.Count == 0)
            {
                return double.NaN;
            }

            var sorted = values.Order().ToList();
            var rank = (int)Math.Ceiling(percentile / 100 * sorted.Count);
            return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
        }
    }
}
