using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using Termine.Booking.Catalog;

namespace Termine.Bot.Hosting;

/// <summary>
/// The expected ways a start fails — a configuration value that does not convert or is not allowed, a catalog that
/// is missing or incomplete, an address that cannot be bound — told in one line on stderr, exit code 1, no stack
/// trace: an operator reads the key, the value and what is allowed. Anything else is a bug and keeps its stack trace.
/// A validator's failure message is printed as it is, so phrase it as
/// <c>Termine:Section:Key = "value" is …; use … such as ….</c>
/// </summary>
public static partial class StartupErrors
{
    public const int ExitCode = 1;

    public const string Prefix = "Termine cannot start: ";

    /// <summary>The line to print when <paramref name="exception"/> is an expected start-up failure; otherwise null.</summary>
    public static string? Describe(Exception exception, IConfiguration configuration)
    {
        var known = Causes(exception).Select(e => Describe(e, configuration, exception)).FirstOrDefault(line => line is not null);
        return known is null ? null : Prefix + known;
    }

    /// <summary>
    /// The generic host logs a failed start itself, stack trace included, before <see cref="Describe"/> gets to say it
    /// in one line; until the application has started, its errors are this class's to report (a failure not known here
    /// is rethrown, so the runtime still prints it whole). Afterwards every error of the host is logged as usual.
    /// </summary>
    public static WebApplicationBuilder QuietHostUntilStarted(this WebApplicationBuilder builder)
    {
        var started = new StartedFlag();
        builder.Services.AddSingleton(started);
        builder.Logging.AddFilter((_, category, level) =>
            started.IsSet || level < LogLevel.Error || category != "Microsoft.Extensions.Hosting.Internal.Host");
        return builder;
    }

    /// <summary>From now on the host's errors are logged again.</summary>
    public static void HostStarted(this WebApplication app)
    {
        var started = app.Services.GetRequiredService<StartedFlag>();
        app.Lifetime.ApplicationStarted.Register(() => started.IsSet = true);
    }

    public static async Task<int> ReportAsync(string line)
    {
        await Console.Error.WriteLineAsync(line);
        return ExitCode;
    }

    private static string? Describe(Exception e, IConfiguration configuration, Exception outer) => e switch
    {
        OptionsValidationException => string.Join(" ", AllValidationFailures(outer)
            .SelectMany(v => v.Failures.Select(f => Phrase(v.OptionsType, f, configuration)))),
        InvalidOperationException when ConversionFailure().Match(e.Message) is { Success: true } match =>
            NotConvertible(match.Groups["key"].Value, match.Groups["type"].Value, configuration),
        CatalogInvalidException catalog =>
            $"{CatalogOptions.SectionName}:{nameof(CatalogOptions.Path)} = \"{catalog.Catalog}\": {string.Join("; ", catalog.Problems)}.",
        IOException when e.Message.StartsWith("Failed to bind to address", StringComparison.Ordinal) =>
            $"{e.Message.TrimEnd('.')} ({e.InnerException?.Message ?? "refused"}); set --urls or ASPNETCORE_URLS to a free address such as http://127.0.0.1:5000.",
        _ => null,
    };

    /// <summary>The exception and everything it wraps, outermost first.</summary>
    private static IEnumerable<Exception> Causes(Exception exception)
    {
        yield return exception;
        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : [.. Inner(exception)];
        foreach (var cause in inner.SelectMany(Causes))
        {
            yield return cause;
        }
    }

    private static IEnumerable<Exception> Inner(Exception exception) =>
        exception.InnerException is null ? [] : [exception.InnerException];

    private static IEnumerable<OptionsValidationException> AllValidationFailures(Exception exception) =>
        Causes(exception).OfType<OptionsValidationException>();

    /// <summary>DataAnnotations name only the member; the section and the configured value are added here.</summary>
    private static string Phrase(Type optionsType, string failure, IConfiguration configuration)
    {
        var match = DataAnnotationFailure().Match(failure);
        if (!match.Success)
        {
            return failure;
        }

        var section = optionsType.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)?.GetRawConstantValue() as string;
        var key = section is null ? match.Groups["member"].Value : $"{section}:{match.Groups["member"].Value.Replace('.', ':')}";
        return $"{key} = {Shown(configuration[key])} is not allowed: {match.Groups["error"].Value.TrimEnd('.')}.";
    }

    private static string NotConvertible(string key, string typeName, IConfiguration configuration)
    {
        var value = Shown(configuration[key]);
        var type = Type.GetType(typeName) ?? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null);
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        var allowed = type switch
        {
            null => $"use a value of type {typeName}",
            { IsEnum: true } => $"use one of {string.Join(", ", Enum.GetNames(type))}",
            _ when type == typeof(TimeSpan) => "use hh:mm:ss such as 00:10:00 (d.hh:mm:ss for days, such as 7.00:00:00)",
            _ when type == typeof(TimeOnly) => "use hh:mm such as 08:00",
            _ when type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) => "use a date such as 2026-12-24",
            _ when type == typeof(bool) => "use true or false",
            _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "use a whole number such as 10",
            _ when type == typeof(double) || type == typeof(decimal) => "use a number such as 1.5",
            _ when type == typeof(Uri) => "use an absolute URL such as https://termine.example.org",
            _ => $"use a value of type {type.Name}",
        };
        var what = type is { IsEnum: true } ? "is not one of the allowed values" : $"cannot be read as {Describe(type, typeName)}";
        return $"{key} = {value} {what}; {allowed}.";
    }

    private static string Describe(Type? type, string typeName) => type switch
    {
        null => typeName,
        _ when type == typeof(TimeSpan) => "a duration",
        _ when type == typeof(TimeOnly) => "a time of day",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) => "a whole number",
        _ => type.Name,
    };

    private static string Shown(string? value) => value is null ? "(not set)" : $"\"{value}\"";

    [GeneratedRegex(@"^Failed to convert configuration value (?:'.*' )?at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex ConversionFailure();

    [GeneratedRegex(@"^DataAnnotation validation failed for '[^']+' members: '(?<member>[^']*)' with the error: '(?<error>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();

    private sealed class StartedFlag
    {
        public volatile bool IsSet;
    }
}
