using System.Reflection;
using Termine.Booking.Appointments;
using Termine.Bot.Conversation;

namespace Termine.Bot.Tests.Architecture;

/// <summary>The arrows of docs/ARCHITECTURE.md, checked on the compiled assemblies.</summary>
public sealed class DependencyRulesTests
{
    [Fact]
    public void BookingCore_ReferencesNeitherAspNetCoreNorTheBotFramework()
    {
        var references = typeof(BookingService).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.Bot", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => r.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void Conversation_KnowsNothingOfTheJourneyOrTheBookingCore()
    {
        var offenders = TypesIn("Termine.Bot.Conversation")
            .SelectMany(t => UsedTypes(t).Select(used => (t, used)))
            .Where(p => p.used.Namespace is { } ns && (ns.StartsWith("Termine.Bot.Dialogs", StringComparison.Ordinal) || ns.StartsWith("Termine.Booking", StringComparison.Ordinal)))
            .Select(p => $"{p.t.Name} uses {p.used.FullName}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Dialogs_NeverTouchTheBookingDatabase()
    {
        var offenders = TypesIn("Termine.Bot.Dialogs")
            .SelectMany(t => UsedTypes(t).Select(used => (t, used)))
            .Where(p => p.used.Namespace == "Termine.Booking.Persistence")
            .Select(p => $"{p.t.Name} uses {p.used.FullName}")
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Channels_KnowNothingOfTheDialogs()
    {
        // Signatures through reflection, bodies (a static call, a text looked up) through the sources.
        var offenders = TypesIn("Termine.Bot.Channels")
            .SelectMany(t => UsedTypes(t).Select(used => (t, used)))
            .Where(p => p.used.Namespace is { } ns && ns.StartsWith("Termine.Bot.Dialogs", StringComparison.Ordinal))
            .Select(p => $"{p.t.Name} uses {p.used.FullName}")
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "bot", "Channels"), "*.cs", SearchOption.AllDirectories)
                .Where(f => File.ReadAllText(f).Contains("Termine.Bot.Dialogs", StringComparison.Ordinal) || File.ReadAllText(f).Contains("DialogTexts", StringComparison.Ordinal))
                .Select(f => $"{Path.GetFileName(f)} names the dialogs"))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void AppointmentTimes_AreWrittenInOneHome()
    {
        // Only AppointmentTimes reads its texts, and no other set words "a day at a time" again, so the e-mails, the
        // chat and the pages cannot drift apart.
        var root = RepositoryRoot();
        var sources = new[] { "bot", "booking-core" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.*", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        var offenders = sources
            .Where(f => (f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
                && Path.GetFileName(f) != "AppointmentTimes.cs"
                && File.ReadAllText(f).Contains("AppointmentTimeTexts", StringComparison.Ordinal))
            .Select(f => $"{Path.GetRelativePath(root, f)} reads the appointment time's texts")
            .Concat(sources
                .Where(f => f.EndsWith(".resx", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("AppointmentTimeTexts.", StringComparison.Ordinal)
                    && File.ReadAllText(f).Contains("<data name=\"DateTime\"", StringComparison.Ordinal))
                .Select(f => $"{Path.GetRelativePath(root, f)} words a day at a time again"))
            .ToList();

        Assert.NotEmpty(sources);
        Assert.Empty(offenders);
    }

    [Fact]
    public void TimeSpanOptions_UseTheThreadSafeRange()
    {
        // RangeAttribute converts string limits on first use without a lock; TimeSpanRangeAttribute converts at once.
        var offenders = new[] { typeof(BookingService).Assembly, typeof(Dialog).Assembly }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Where(p => p.GetCustomAttributes<System.ComponentModel.DataAnnotations.RangeAttribute>()
                .Any(r => r.OperandType == typeof(TimeSpan) && r is not Termine.Booking.Configuration.TimeSpanRangeAttribute))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        Assert.Empty(offenders);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Termine.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Termine.sln) was not found.");
    }

    internal static IEnumerable<Type> TypesIn(string ns) =>
        typeof(Dialog).Assembly.GetTypes().Where(t => t.Namespace is { } n && (n == ns || n.StartsWith(ns + ".", StringComparison.Ordinal)));

    /// <summary>The types a type's fields, properties, constructors and method signatures name.</summary>
    internal static IEnumerable<Type> UsedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        return type.GetFields(all).Select(f => f.FieldType)
            .Concat(type.GetProperties(all).Select(p => p.PropertyType))
            .Concat(type.GetConstructors(all).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType))
            .Concat(type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
            .SelectMany(Unwrap)
            .Distinct();
    }

    private static IEnumerable<Type> Unwrap(Type type) =>
        type.IsGenericType
            ? type.GetGenericArguments().SelectMany(Unwrap).Append(type.GetGenericTypeDefinition())
            : type.HasElementType ? Unwrap(type.GetElementType()!) : [type];
}
