namespace Termine.Booking.Persistence.Identity;

/// <summary>
/// The file next to a SQLite database (<c>termine.db.id</c>) that holds its id. It outlives the database file, so a
/// start that finds the marker but not the database knows Termine's data was there and refuses to begin anew.
/// </summary>
public static class DatabaseMarker
{
    public static string PathFor(string databasePath) => databasePath + ".id";

    public static Guid? Read(string databasePath) =>
        File.Exists(PathFor(databasePath)) && Guid.TryParse(File.ReadAllText(PathFor(databasePath)).Trim(), out var id) ? id : null;

    /// <summary>Written beside and then moved, so a crash never leaves half a marker.</summary>
    public static void Write(string databasePath, Guid databaseId)
    {
        var marker = PathFor(databasePath);
        var written = marker + ".tmp";
        File.WriteAllText(written, databaseId.ToString("D") + "\n");
        File.Move(written, marker, overwrite: true);
    }
}
