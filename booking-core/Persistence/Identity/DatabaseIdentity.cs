namespace Termine.Booking.Persistence.Identity;

/// <summary>
/// The one row that names this database: a random id made when Termine created it. Start-up remembers it, so a
/// database put in its place (or a new empty one) is told apart from the one Termine opened; readiness writes
/// <see cref="CheckedAt"/> to prove the database takes writes without leaving data behind.
/// </summary>
public sealed class DatabaseIdentity
{
    /// <summary>Always <see cref="SingleRow"/>: a second host that creates the row at the same time loses on the key.</summary>
    public int Id { get; set; } = SingleRow;

    public Guid DatabaseId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset CheckedAt { get; set; }

    public const int SingleRow = 1;
}
