using Microsoft.EntityFrameworkCore;
using Termine.Bot.State;

namespace Termine.Bot.Admin.ActionLog;

/// <summary>
/// The action log's table in the bot's context. The context does not name it, so the configuration names the table
/// (as the context's property did before) and this property reaches it as before.
/// </summary>
public static class ActionLogTables
{
    public const string Actions = "StaffActions";

    extension(BotDbContext db)
    {
        public DbSet<StaffAction> StaffActions => db.Set<StaffAction>();
    }
}
