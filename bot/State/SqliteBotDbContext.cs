using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence.Providers;

namespace Termine.Bot.State;

public sealed class SqliteBotDbContext(DbContextOptions<SqliteBotDbContext> options) : BotDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        SqliteConventions.ConfigureModel(configurationBuilder);
}
