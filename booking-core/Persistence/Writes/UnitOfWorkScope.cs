namespace Termine.Booking.Persistence.Writes;

/// <summary>
/// Whether the code running now is inside a unit of work, of any context type: both contexts share one SQLite write
/// queue, so a unit of one that started a unit of the other would wait for itself as surely as with the same type.
/// </summary>
internal static class UnitOfWorkScope
{
    private static readonly AsyncLocal<bool> Inside = new();

    public static bool IsInside => Inside.Value;

    /// <summary>Marks the rest of the calling async flow as inside a unit; only the caller's own flow sees it.</summary>
    public static void Enter() => Inside.Value = true;

    public static void Leave() => Inside.Value = false;
}
