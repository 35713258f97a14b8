using Termine.Testing.Databases;
using Termine.Testing.Prerequisites;


namespace Termine.Bot.Tests.DirectLine;

/// <summary>A fact that needs PostgreSQL's LISTEN/NOTIFY: SQLite has no way to tell another process that a row arrived.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.UsePostgres)
        {
            Skip = "Needs PostgreSQL (TERMINE_TEST_DATABASE=Postgres): SQLite gives hosts no way to notify each other; "
                + "there a stream catches up at its keep-alive, which StreamOnOneHost_CatchesUpAtItsKeepAlive_WithoutANotice tests.";
        }
    }
}
