namespace Termine.Booking.Persistence;

public sealed class DatabaseOptions
{
    public const string SectionName = "Termine:Database";

    public const string ConnectionStringName = "Termine";

    /// <summary>When no connection string is configured; the host takes the relative file from its content root.</summary>
    public const string DefaultSqliteConnectionString = "Data Source=data/termine.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>From ConnectionStrings:Termine unless set here.</summary>
    public string? ConnectionString { get; set; }
}
