using System.Reflection;
using Microsoft.Extensions.Logging;

namespace Termine.Bot.Tests.Architecture;

/// <summary>
/// "Personal data stays out of logs" (docs/ARCHITECTURE.md, Decisions), checked where a machine can: no
/// <c>[LoggerMessage]</c> method takes a value whose name says it is a resident's name, address, birth date, contact,
/// typed text or token. What a value holds beyond its name is the reviewer's part.
/// </summary>
public sealed class LoggingRulesTests
{
    private static readonly string[] PersonalWords =
        ["name", "email", "mail", "phone", "birth", "address", "street", "text", "message", "token", "password", "secret", "companion", "chatid", "userid"];

    /// <summary>Parameters whose names contain a personal word but hold none: a route's or a channel's, a hash.</summary>
    private static readonly string[] NotPersonal = ["hash", "route", "channel", "kind", "count", "status", "event"];

    [Fact]
    public void NoLoggerMessage_TakesPersonalData()
    {
        var methods = new[] { ArchitectureScan.Core, ArchitectureScan.Bot }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(m => m.GetCustomAttribute<LoggerMessageAttribute>() is not null)
            .ToList();
        var offenders = methods
            .SelectMany(m => m.GetParameters()
                .Where(p => !typeof(ILogger).IsAssignableFrom(p.ParameterType) && p.ParameterType != typeof(Exception) && p.ParameterType != typeof(LogLevel))
                .Select(p => (m, p)))
            .Where(x => IsPersonal(x.p.Name!) || PlaceholdersOf(x.m).Any(IsPersonal))
            .Select(x => $"{x.m.DeclaringType!.FullName}.{x.m.Name}({x.p.Name})")
            .Distinct()
            .ToList();

        Assert.True(methods.Count >= 20, $"only {methods.Count} [LoggerMessage] methods were found");
        Assert.Empty(offenders);
    }

    [Theory]
    [InlineData("email", true)]
    [InlineData("residentName", true)]
    [InlineData("ChatHash", false)]
    [InlineData("route", false)]
    [InlineData("appointmentId", false)]
    public void ThePersonalWords_AreRecognised(string parameter, bool personal) => Assert.Equal(personal, IsPersonal(parameter));

    private static bool IsPersonal(string name)
    {
        var lower = name.ToLowerInvariant();
        return PersonalWords.Any(w => lower.Contains(w, StringComparison.Ordinal)) && !NotPersonal.Any(w => lower.Contains(w, StringComparison.Ordinal));
    }

    private static IEnumerable<string> PlaceholdersOf(MethodInfo method) =>
        (method.GetCustomAttribute<LoggerMessageAttribute>()!.Message ?? "")
            .Split('{', '}')
            .Where((_, i) => i % 2 == 1)
            .Select(p => p.Split(':')[0]);
}
