using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Termine.Bot.State;

public sealed class SqliteBotDbContext(DbContextOptions<SqliteBotDbContext> options) : BotDbContext(options)
{
    /// <summary>
    /// SQLite cannot order or compare DateTimeOffset; as UTC ticks it can, whatever offset an instant was written with.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    private sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        instant => instant.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
