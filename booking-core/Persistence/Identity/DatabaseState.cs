namespace Termine.Booking.Persistence.Identity;

/// <summary>What a probe of the database found.</summary>
public abstract record DatabaseState
{
    private DatabaseState()
    {
    }

    /// <summary>The database opened at start: it answered a read and took (and kept) one write.</summary>
    public sealed record Available : DatabaseState;

    /// <summary>It answers, but cannot take writes or is not the one opened at start.</summary>
    public sealed record Unavailable(DatabaseUnavailableReason Reason) : DatabaseState;

    /// <summary>It did not answer at all (server down, no permission); the exception's type says a little more.</summary>
    public sealed record Unreachable(string ErrorType) : DatabaseState;
}
