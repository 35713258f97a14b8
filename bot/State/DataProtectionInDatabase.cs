using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence.Writes;

namespace Termine.Bot.State;

/// <summary>
/// The keys that protect the staff's sign-in cookie and every anti-forgery token, in the bot's tables: every host
/// reads and writes the same key ring, so a cookie issued by one host is good on the others and after a restart.
/// </summary>
public static class DataProtectionInDatabase
{
    /// <summary>Fixed, so hosts in different folders (or containers) share their protected payloads.</summary>
    public const string ApplicationName = "Termine";

    public static IServiceCollection AddDataProtectionInDatabase(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IDbContextFactory<BotDbContext>, DatabaseWrites<BotDbContext>>(
            (keys, contexts, writes) => keys.XmlRepository = new DataProtectionKeyRing(contexts, writes));
        return services;
    }
}
