using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence.Writes;

namespace Termine.Bot.State;

/// <summary>
/// The data protection key ring in <see cref="BotDbContext.DataProtectionKeys"/>, read like every other table and
/// written like every other row, through <see cref="DatabaseWrites{TContext}"/> (the package's own repository saves
/// through a context of its own, beside SQLite's write queue).
/// </summary>
internal sealed class DataProtectionKeyRing(IDbContextFactory<BotDbContext> contexts, DatabaseWrites<BotDbContext> writes) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var db = contexts.CreateDbContext();
        return db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToList()
            .Where(xml => !string.IsNullOrEmpty(xml))
            .Select(xml => XElement.Parse(xml!))
            .ToList();
    }

    /// <summary>
    /// Synchronous, as the key manager calls it (once per key, every 90 days); the wait is for the write queue, which
    /// runs on a loop of its own.
    /// </summary>
    public void StoreElement(XElement element, string friendlyName) =>
        writes.RunAsync(async (db, ct) =>
        {
            db.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = friendlyName, Xml = element.ToString(SaveOptions.DisableFormatting) });
            await db.SaveChangesAsync(ct);
        }, CancellationToken.None).GetAwaiter().GetResult();
}
