using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence.Providers;
using Termine.Bot.State;

namespace Termine.Bot.Tests.Architecture;

/// <summary>
/// docs/ARCHITECTURE.md: each feature of the bot owns its entities and their configuration, the bot's context only
/// assembles them, and State depends on no feature.
/// </summary>
public sealed class ModelOwnershipTests
{
    [Fact]
    public void EveryEntityOfTheBotsContext_IsConfiguredBesideIt()
    {
        using var db = new SqliteBotDbContext(SqliteConventions.DesignTime<SqliteBotDbContext>(BotDbContext.MigrationsHistoryTable));
        var configured = typeof(BotDbContext).Assembly.GetTypes()
            .SelectMany(t => t.GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>))
                .Select(i => (Configuration: t, Entity: i.GetGenericArguments()[0])))
            .ToList();
        // The data protection keys are the package's entity, configured by the package.
        var ours = db.Model.GetEntityTypes().Select(e => e.ClrType).Where(t => t.Assembly == typeof(BotDbContext).Assembly).ToList();

        Assert.NotEmpty(ours);
        Assert.Empty(ours.Where(entity => !configured.Any(c => c.Entity == entity)).Select(entity => $"{entity.FullName} has no configuration"));
        Assert.Empty(configured.Where(c => c.Configuration.Namespace != c.Entity.Namespace)
            .Select(c => $"{c.Configuration.FullName} configures {c.Entity.FullName} outside its folder"));
        Assert.Contains(ours, t => t.Namespace == "Termine.Bot.Channels.DirectLine");
        Assert.Contains(ours, t => t.Namespace == "Termine.Bot.Admin.Access");
        Assert.Contains(ours, t => t.Namespace == "Termine.Bot.Admin.ActionLog");
    }

    [Fact]
    public void State_ReferencesNoFeatureOfTheBot()
    {
        // Signatures through reflection, bodies through the sources (the generated migrations name entities as strings).
        var offenders = DependencyRulesTests.TypesIn("Termine.Bot.State")
            .Where(t => t.Namespace is { } ns && !ns.StartsWith("Termine.Bot.State.Migrations", StringComparison.Ordinal))
            .SelectMany(t => DependencyRulesTests.UsedTypes(t).Select(used => (t, used)))
            .Where(p => p.used.Namespace is { } ns && IsFeature(ns))
            .Select(p => $"{p.t.Name} uses {p.used.FullName}")
            .Concat(Directory.EnumerateFiles(Path.Combine(DependencyRulesTests.RepositoryRoot(), "bot", "State"), "*.cs", SearchOption.TopDirectoryOnly)
                .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), @"Termine\.Bot\.\w+").Select(m => (File: f, m.Value)))
                .Where(m => IsFeature(m.Value))
                .Select(m => $"{Path.GetFileName(m.File)} names {m.Value}"))
            .ToList();

        Assert.Empty(offenders);
    }

    private static bool IsFeature(string ns) =>
        ns.StartsWith("Termine.Bot.", StringComparison.Ordinal) && ns != "Termine.Bot.State" && !ns.StartsWith("Termine.Bot.State.", StringComparison.Ordinal);
}
