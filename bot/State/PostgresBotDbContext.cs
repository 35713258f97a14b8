using Microsoft.EntityFrameworkCore;

namespace Termine.Bot.State;

public sealed class PostgresBotDbContext(DbContextOptions<PostgresBotDbContext> options) : BotDbContext(options);
