using System.Reflection;
using System.Reflection.Emit;
using System.Xml.Linq;

namespace Termine.Bot.Tests.Architecture;

/// <summary>
/// "`TimeProvider` everywhere; `DateTime.Now` and friends are banned by analyser" (docs/ARCHITECTURE.md, Decisions):
/// the analyser is on in both production projects, and no compiled method body reads the machine's clock.
/// </summary>
public sealed class TimeRulesTests
{
    private static readonly string[] MachineClock =
        ["System.DateTime.get_Now", "System.DateTime.get_UtcNow", "System.DateTime.get_Today", "System.DateTimeOffset.get_Now", "System.DateTimeOffset.get_UtcNow"];

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Fact]
    public void TheBannedSymbols_NameTheMachinesClock()
    {
        var banned = File.ReadAllLines(Path.Combine(ArchitectureScan.RepositoryRoot, "BannedSymbols.txt"));

        Assert.All(MachineClock.Select(m => "P:" + m.Replace("get_", "", StringComparison.Ordinal)), symbol =>
            Assert.Contains(banned, line => line.StartsWith(symbol + ";", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("bot/Termine.Bot.csproj")]
    [InlineData("booking-core/Termine.Booking.csproj")]
    public void EveryProductionProject_RunsTheBannedApiAnalyser(string project)
    {
        var xml = XDocument.Load(Path.Combine(ArchitectureScan.RepositoryRoot, project));

        Assert.Contains(xml.Descendants("PackageReference"), p => (string?)p.Attribute("Include") == "Microsoft.CodeAnalysis.BannedApiAnalyzers");
        Assert.Contains(xml.Descendants("AdditionalFiles"), p => (string?)p.Attribute("Include") == "../BannedSymbols.txt");
    }

    [Fact]
    public void NoCompiledMethod_ReadsTheMachinesClock()
    {
        // The analyser can be silenced with a pragma; the compiled bodies (lambdas and async state machines included) cannot.
        var methods = new[] { ArchitectureScan.Core, ArchitectureScan.Bot }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
                .Cast<MethodBase>()
                .Concat(t.GetConstructors(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)))
            .Where(m => m.GetMethodBody() is not null)
            .ToList();
        var offenders = methods
            .SelectMany(m => CalledMethods(m).Select(called => (m, called)))
            .Where(p => MachineClock.Contains($"{p.called.DeclaringType?.FullName}.{p.called.Name}"))
            .Select(p => $"{p.m.DeclaringType?.FullName}.{p.m.Name} calls {p.called.DeclaringType?.Name}.{p.called.Name}")
            .ToList();

        Assert.True(methods.Count > 1000, $"only {methods.Count} method bodies were read");
        Assert.Contains(methods, m => CalledMethods(m).Any(c => c.DeclaringType == typeof(TimeProvider) && c.Name == nameof(TimeProvider.GetUtcNow)));
        Assert.Empty(offenders);
    }

    /// <summary>The methods a body calls, read from its IL one instruction at a time.</summary>
    private static IEnumerable<MethodBase> CalledMethods(MethodBase method)
    {
        var il = method.GetMethodBody()!.GetILAsByteArray() ?? [];
        var position = 0;
        while (position < il.Length)
        {
            short value = il[position] == 0xFE ? (short)(0xFE00 | il[position + 1]) : il[position];
            position += il[position] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[value];
            if (opCode.OperandType == OperandType.InlineMethod)
            {
                var token = BitConverter.ToInt32(il, position);
                MethodBase? called = null;
                try
                {
                    called = method.Module.ResolveMethod(token, GenericArguments(method.DeclaringType), GenericArguments(method));
                }
                catch (ArgumentException)
                {
                    // A token into a generic context reflection cannot rebuild; the clock's getters are not generic.
                }

                if (called is not null)
                {
                    yield return called;
                }
            }

            position += OperandSize(opCode, il, position);
        }
    }

    private static Type[]? GenericArguments(Type? type) => type is { IsGenericType: true } ? type.GetGenericArguments() : null;

    private static Type[]? GenericArguments(MethodBase method) => method.IsGenericMethod ? method.GetGenericArguments() : null;

    private static int OperandSize(OpCode opCode, byte[] il, int position) => opCode.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, position)),
        _ => 4,
    };
}
