using Microsoft.EntityFrameworkCore;
using Termine.Bot.State;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line's tables in the bot's context. The context does not name them, so the configurations name the tables
/// (as the context's properties did before) and these properties reach them as before.
/// </summary>
public static class DirectLineTables
{
    public const string Conversations = "DirectLineConversations";

    public const string Activities = "DirectLineActivities";

    extension(BotDbContext db)
    {
        public DbSet<DirectLineConversation> DirectLineConversations => db.Set<DirectLineConversation>();

        public DbSet<DirectLineActivity> DirectLineActivities => db.Set<DirectLineActivity>();
    }
}
