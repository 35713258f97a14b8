using Microsoft.EntityFrameworkCore;
using Termine.Bot.State;

namespace Termine.Bot.Admin.Access;

/// <summary>
/// The staff accounts' tables in the bot's context. The context does not name them, so the configurations name the
/// tables (as the context's properties did before) and these properties reach them as before.
/// </summary>
public static class AccessTables
{
    public const string Users = "StaffUsers";

    public const string Sessions = "StaffSessions";

    public const string Counters = "SignInCounters";

    extension(BotDbContext db)
    {
        public DbSet<StaffUser> StaffUsers => db.Set<StaffUser>();

        public DbSet<StaffSignInSession> StaffSessions => db.Set<StaffSignInSession>();

        public DbSet<SignInCounter> SignInCounters => db.Set<SignInCounter>();
    }
}
