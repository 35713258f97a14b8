namespace Termine.Booking.Persistence;

public sealed class DatabaseOptions
{
    public const string SectionName = "Termine:Database";

    public const string ConnectionStringName = "Termine";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>From ConnectionStrings:Termine unless set here.</summary>
    public string? ConnectionString { get; set; }
}
