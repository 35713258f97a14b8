using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Termine.Bot.State;

/// <summary>For `dotnet ef migrations add` only: each provider's migrations are generated against its own context.</summary>
internal sealed class SqliteBotDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBotDbContext>
{
    public SqliteBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteBotDbContext>()
            .UseSqlite("Data Source=design.db", o => o.MigrationsHistoryTable(BotDbContext.MigrationsHistoryTable))
            .Options);
}

internal sealed class PostgresBotDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBotDbContext>
{
    public PostgresBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresBotDbContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable(BotDbContext.MigrationsHistoryTable))
            .Options);
}
