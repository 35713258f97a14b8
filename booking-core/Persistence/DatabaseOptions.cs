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

    /// <summary>
    /// Whether a start may create a new empty database where Termine's data existed before (the SQLite marker
    /// names a database that is gone), or, in Production, where nothing says whether data existed. Set it for the
    /// one start that is meant to create the database, then remove it.
    /// </summary>
    public bool CreateIfMissing { get; set; }
}
