using System.Reflection;
using Termine.Booking.Appointments;
using Termine.Bot.Conversation;

namespace Termine.Bot.Tests.Architecture;

/// <summary>What the architecture tests read: the two production assemblies, their types and the sources.</summary>
internal static class ArchitectureScan
{
    public static Assembly Core => typeof(BookingService).Assembly;

    public static Assembly Bot => typeof(Dialog).Assembly;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Document => File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "ARCHITECTURE.md"));

    /// <summary>The types of a namespace and the ones below it, in both assemblies.</summary>
    public static IReadOnlyList<Type> TypesIn(string ns) =>
        [.. new[] { Core, Bot }.SelectMany(a => a.GetTypes())
            .Where(t => t.Namespace is { } n && (n == ns || n.StartsWith(ns + ".", StringComparison.Ordinal)))];

    /// <summary>The types a type's fields, properties, constructors and method signatures name, generic arguments included.</summary>
    public static IEnumerable<Type> UsedTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        return type.GetFields(all).Select(f => f.FieldType)
            .Concat(type.GetProperties(all).Select(p => p.PropertyType))
            .Concat(type.GetConstructors(all).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType))
            .Concat(type.GetMethods(all).SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType)))
            .Concat(type.GetInterfaces())
            .Concat(type.BaseType is { } b ? [b] : [])
            .SelectMany(Unwrap)
            .Distinct();
    }

    /// <summary>The C# files of a production folder (relative to the repository), generated migrations left out.</summary>
    public static IReadOnlyList<string> SourcesUnder(string folder) =>
        [.. Directory.EnumerateFiles(Path.Combine(RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))];

    public static bool IsBuildOutput(string path) =>
        path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
        || path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal);

    public static string Relative(string path) => Path.GetRelativePath(RepositoryRoot, path).Replace('\\', '/');

    private static IEnumerable<Type> Unwrap(Type type) =>
        type.IsGenericType
            ? type.GetGenericArguments().SelectMany(Unwrap).Append(type.GetGenericTypeDefinition())
            : type.HasElementType ? Unwrap(type.GetElementType()!) : [type];

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Termine.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Termine.sln) was not found.");
    }
}
