using System.Text.RegularExpressions;
using Termine.Booking.Settings;

namespace Termine.Bot.Admin.Pages.Settings;

/// <summary>
/// The core's problems as German messages, each under the id of the field it names, so a form shows it beside that
/// field (aria-describedby) and in the summary at the top with a link to it.
/// </summary>
public sealed partial class FieldErrors
{
    private static readonly Dictionary<string, string> LanguageNames = new()
    {
        ["de"] = "Deutsch", ["en"] = "Englisch", ["fr"] = "Französisch", ["tr"] = "Türkisch",
        ["ar"] = "Arabisch", ["ru"] = "Russisch", ["uk"] = "Ukrainisch",
    };

    private readonly List<(string Id, string Message)> _all = [];

    public IReadOnlyList<(string Id, string Message)> All => _all;

    public bool Any => _all.Count > 0;

    /// <summary>The element id of a field path (<c>documents[1].name.uk</c> → <c>f-documents-1-name-uk</c>).</summary>
    public static string IdOf(string path) => "f-" + NotIdChars().Replace(path.ToLowerInvariant(), "-").Trim('-');

    public static string LanguageName(string language) => LanguageNames[language];

    public string? For(string id) => _all.FirstOrDefault(e => e.Id == id).Message;

    public void Add(string path, string message) => _all.Add((IdOf(path), message));

    /// <summary>Adds the core's problems; <paramref name="stripPrefix"/> removes the <c>services[3].</c> of a one-service form.</summary>
    public void AddAll(IEnumerable<SettingsProblem> problems, string? stripPrefix, Func<string, string> label)
    {
        foreach (var problem in problems)
        {
            var path = stripPrefix is not null && problem.Field.StartsWith(stripPrefix, StringComparison.Ordinal)
                ? problem.Field[stripPrefix.Length..]
                : problem.Field;
            Add(path, German(path, problem.Message, label));
        }
    }

    private static string German(string path, string message, Func<string, string> label)
    {
        var language = path.Split('.')[^1];
        if (message.Contains("missing or empty", StringComparison.Ordinal) && LanguageNames.TryGetValue(language, out var name))
        {
            return $"{label(path[..^(language.Length + 1)])}: Der Text auf {name} fehlt.";
        }

        return $"{label(path)}: {message switch
        {
            _ when message.Contains("lower-case", StringComparison.Ordinal) => "nur Kleinbuchstaben, Ziffern und Bindestriche.",
            _ when message.Contains("another service", StringComparison.Ordinal) => "diese Kennung hat schon ein anderer Dienst.",
            _ when message.Contains("has no desks", StringComparison.Ordinal) => "dieses Team hat keine Schalter.",
            _ when message.Contains("multiple of", StringComparison.Ordinal) => $"muss ein Vielfaches von {Numbers(message)[0]} Minuten sein, höchstens 480.",
            _ when message.Contains("between", StringComparison.Ordinal) => $"muss zwischen {Numbers(message)[0]} und {Numbers(message)[1]} liegen.",
            _ when message.Contains("is empty", StringComparison.Ordinal) => "mindestens ein Eintrag ist nötig.",
            _ when message.Contains("appointments from now on", StringComparison.Ordinal) => "hat noch Termine in der Zukunft und kann erst danach entfernt werden.",
            _ when message.Contains("overlapping", StringComparison.Ordinal) => "Zeiten leer oder überschneiden sich (Ende muss nach Beginn liegen).",
            _ when message.Contains("slot unit", StringComparison.Ordinal) => "Zeiten müssen auf die Zeiteinheit fallen.",
            _ when message.Contains("services of team", StringComparison.Ordinal) => "dieses Team wird von Diensten gebraucht und braucht mindestens einen Schalter.",
            _ when message.Contains("desks", StringComparison.Ordinal) => "jedes Team braucht 1 bis 50 Schalter.",
            _ when message.Contains("listed twice", StringComparison.Ordinal) => "dieser Tag ist schon eingetragen.",
            _ when message.Contains("names no", StringComparison.Ordinal) => "mindestens ein Eintrag ist nötig.",
            _ => message,
        }}";
    }

    private static string[] Numbers(string message) => [.. Digits().Matches(message).Select(m => m.Value)];

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotIdChars();
}
