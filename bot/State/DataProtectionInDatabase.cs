using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Termine.Booking.Persistence;

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
        // The package's repository resolves the concrete context from a scope; which one is in use is known only once
        // the configuration is read, so the repository is chosen then (PersistKeysToDbContext needs it at registration).
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<SqliteBotDbContext>>().CreateDbContext());
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<PostgresBotDbContext>>().CreateDbContext());
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider, IOptions<DatabaseOptions>, ILoggerFactory>(
            (keys, sp, database, loggers) => keys.XmlRepository = database.Value.Provider == DatabaseProvider.Postgres
                ? new EntityFrameworkCoreXmlRepository<PostgresBotDbContext>(sp, loggers)
                : new EntityFrameworkCoreXmlRepository<SqliteBotDbContext>(sp, loggers));
        return services;
    }
}
