using Microsoft.EntityFrameworkCore.Design;
using Termine.Booking.Persistence.Providers;

namespace Termine.Bot.State;

/// <summary>For `dotnet ef migrations add` only: each provider's migrations are generated against its own context.</summary>
internal sealed class SqliteBotDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBotDbContext>
{
    public SqliteBotDbContext CreateDbContext(string[] args) => new(SqliteConventions.DesignTime<SqliteBotDbContext>(BotDbContext.MigrationsHistoryTable));
}

internal sealed class PostgresBotDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBotDbContext>
{
    public PostgresBotDbContext CreateDbContext(string[] args) => new(PostgresConventions.DesignTime<PostgresBotDbContext>(BotDbContext.MigrationsHistoryTable));
}
