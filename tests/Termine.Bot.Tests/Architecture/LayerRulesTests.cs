using Termine.Booking.Persistence;
using Termine.Bot.Channels;

namespace Termine.Bot.Tests.Architecture;

/// <summary>The arrows of docs/ARCHITECTURE.md ("Arrows") that <see cref="DependencyRulesTests"/> does not check already.</summary>
public sealed class LayerRulesTests
{
    [Fact]
    public void BookingCore_NeverNamesTheBot()
    {
        var sources = ArchitectureScan.SourcesUnder("booking-core");

        Assert.NotEmpty(sources);
        Assert.DoesNotContain(ArchitectureScan.Core.GetReferencedAssemblies(), a => a.Name == ArchitectureScan.Bot.GetName().Name);
        Assert.Empty(sources.Where(f => File.ReadAllText(f).Contains("Termine.Bot", StringComparison.Ordinal)).Select(ArchitectureScan.Relative));
    }

    [Fact]
    public void Dialogs_MeetTheChannelsOnlyAtTheTurnApology()
    {
        // The channels own the apology's interface and only send it; its words are the conversation's.
        var dialogs = ArchitectureScan.TypesIn("Termine.Bot.Dialogs");
        var used = dialogs.SelectMany(ArchitectureScan.UsedTypes)
            .Where(u => u.Namespace is { } ns && ns.StartsWith("Termine.Bot.Channels", StringComparison.Ordinal))
            .Distinct()
            .ToList();
        var naming = ArchitectureScan.SourcesUnder("bot/Dialogs")
            .Where(f => File.ReadAllText(f).Contains("Termine.Bot.Channels", StringComparison.Ordinal))
            .Select(ArchitectureScan.Relative)
            .ToList();

        Assert.NotEmpty(dialogs);
        Assert.Equal([typeof(ITurnApology)], used);
        Assert.Equal(["bot/Dialogs/Replies/TurnApology.cs"], naming);
    }

    [Fact]
    public void Channels_UseOfTheBotOnlyStateAndHosting()
    {
        // The turn's one commit and the Direct Line rows (State), the public addresses (Hosting); the bot runs behind IBot.
        var channels = ArchitectureScan.TypesIn("Termine.Bot.Channels");
        var offenders = channels
            .SelectMany(t => ArchitectureScan.UsedTypes(t).Select(used => (t, used)))
            .Where(p => p.used.Assembly == ArchitectureScan.Bot && p.used.Namespace is { } ns
                && !ns.StartsWith("Termine.Bot.Channels", StringComparison.Ordinal)
                && !ns.StartsWith("Termine.Bot.State", StringComparison.Ordinal)
                && ns != "Termine.Bot.Hosting")
            .Select(p => $"{p.t.Name} uses {p.used.FullName}")
            .Concat(ArchitectureScan.SourcesUnder("bot/Channels")
                .SelectMany(f => File.ReadAllLines(f).Where(l => l.StartsWith("using Termine.Bot.", StringComparison.Ordinal))
                    .Where(l => !l.StartsWith("using Termine.Bot.Channels", StringComparison.Ordinal)
                        && !l.StartsWith("using Termine.Bot.State", StringComparison.Ordinal) && l != "using Termine.Bot.Hosting;")
                    .Select(l => $"{ArchitectureScan.Relative(f)}: {l}")))
            .ToList();

        Assert.NotEmpty(channels);
        Assert.Empty(offenders);
    }

    [Fact]
    public void Dialogs_NeverTouchAnyPartOfTheBookingPersistence()
    {
        // DependencyRulesTests checks the namespace itself; its Identity and Writes belong to it as well.
        var dialogs = ArchitectureScan.TypesIn("Termine.Bot.Dialogs");
        var offenders = dialogs
            .SelectMany(t => ArchitectureScan.UsedTypes(t).Select(used => (t, used)))
            .Where(p => p.used.Namespace is { } ns && ns.StartsWith("Termine.Booking.Persistence", StringComparison.Ordinal))
            .Select(p => $"{p.t.Name} uses {p.used.FullName}")
            .Concat(ArchitectureScan.SourcesUnder("bot/Dialogs")
                .Where(f => File.ReadAllText(f).Contains("Termine.Booking.Persistence", StringComparison.Ordinal))
                .Select(f => $"{ArchitectureScan.Relative(f)} names the booking persistence"))
            .ToList();

        Assert.NotEmpty(dialogs);
        Assert.Empty(offenders);
    }

    [Fact]
    public void OnlyPersistence_SeesTheProviderContexts()
    {
        var providerContexts = ArchitectureScan.Core.GetTypes()
            .Where(t => !t.IsAbstract && t.IsSubclassOf(typeof(BookingDbContext)))
            .ToList();
        var outside = new[] { ArchitectureScan.Core, ArchitectureScan.Bot }.SelectMany(a => a.GetTypes())
            .Where(t => t.Namespace is not { } ns || !ns.StartsWith("Termine.Booking.Persistence", StringComparison.Ordinal))
            .ToList();
        var offenders = outside
            .SelectMany(t => ArchitectureScan.UsedTypes(t).Select(used => (t, used)))
            .Where(p => providerContexts.Contains(p.used))
            .Select(p => $"{p.t.FullName} uses {p.used.Name}")
            .Concat(ArchitectureScan.SourcesUnder("bot").Concat(ArchitectureScan.SourcesUnder("booking-core"))
                .Where(f => !ArchitectureScan.Relative(f).StartsWith("booking-core/Persistence/", StringComparison.Ordinal))
                .Where(f => providerContexts.Any(c => File.ReadAllText(f).Contains(c.Name, StringComparison.Ordinal)))
                .Select(f => $"{ArchitectureScan.Relative(f)} names a provider's context"))
            .ToList();

        Assert.True(providerContexts.Count >= 2, "one context per provider was expected");
        Assert.NotEmpty(outside);
        Assert.Empty(offenders);
    }
}
