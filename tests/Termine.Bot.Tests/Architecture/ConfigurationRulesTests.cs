using System.Collections;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Architecture;

/// <summary>
/// "A wrong configuration value stops the start" (docs/ARCHITECTURE.md, Folders): every options class bound from a
/// configuration section is validated when the real host starts, not when it is first read.
/// </summary>
public sealed class ConfigurationRulesTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private TermineFactory _factory = null!;

    public ConfigurationRulesTests(TestDatabase database) => _database = database;

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(_database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public void EveryOptionsClassWithASection_IsValidatedAtStart()
    {
        var sectioned = new[] { ArchitectureScan.Core, ArchitectureScan.Bot }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true })
            .ToList();
        var validatedAtStart = ValidatedAtStart(_factory.Services);
        var missing = sectioned.Where(t => !validatedAtStart.Contains(t)).Select(t => t.FullName).ToList();

        Assert.True(sectioned.Count >= 10, $"only {sectioned.Count} options classes with a SectionName were found");
        Assert.Empty(missing);
    }

    /// <summary>
    /// The options types <c>ValidateOnStart</c> registered: the runtime keeps them, keyed by (type, name), in its
    /// internal <c>StartupValidatorOptions</c>, which the host's start runs through.
    /// </summary>
    private static HashSet<Type> ValidatedAtStart(IServiceProvider services)
    {
        var startupOptions = typeof(IStartupValidator).Assembly.GetType("Microsoft.Extensions.Options.StartupValidatorOptions")
            ?? throw new InvalidOperationException("StartupValidatorOptions is no longer in Microsoft.Extensions.Options.");
        var options = services.GetRequiredService(typeof(IOptions<>).MakeGenericType(startupOptions));
        var value = options.GetType().GetProperty(nameof(IOptions<object>.Value))!.GetValue(options)!;
        var validators = (IDictionary)startupOptions.GetProperty("_validators", BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)!.GetValue(value)!;
        return [.. validators.Keys.Cast<ValueTuple<Type, string>>().Select(k => k.Item1)];
    }
}
