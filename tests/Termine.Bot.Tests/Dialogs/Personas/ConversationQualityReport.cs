using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Termine.Bot.Tests.Dialogs.Personas;

/// <summary>One persona's outcome: booked as wished or not, messages sent, questions asked again; grouped by the language the persona is filed under (it may switch).</summary>
public sealed record PersonaOutcome(string PersonaId, string Language, bool BookedCorrectly, int Messages, int ReAsked, string? Failure);

/// <summary>
/// The per-language summary of the persona suite (booked correctly / total, median and max messages, re-asked
/// questions), written as Markdown to <c>$TERMINE_TEST_ARTIFACTS/conversation-quality.md</c> or the temp folder.
/// </summary>
public sealed class ConversationQualityReport
{
    private readonly ConcurrentDictionary<string, PersonaOutcome> _outcomes = new();

    public void Add(PersonaOutcome outcome) => _outcomes[outcome.PersonaId] = outcome;

    public static string FilePath =>
        Path.Combine(Environment.GetEnvironmentVariable("TERMINE_TEST_ARTIFACTS") is { Length: > 0 } folder ? folder : Path.GetTempPath(),
            "conversation-quality.md");

    public string ToMarkdown()
    {
        var outcomes = _outcomes.Values.OrderBy(o => o.PersonaId, StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.AppendLine("# Conversation quality (persona suite)").AppendLine();
        text.AppendLine("| language | booked correctly | median messages | max messages | re-asked questions |");
        text.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var group in outcomes.GroupBy(o => o.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(Row(group.Key, group.ToList()));
        }

        text.AppendLine(Row("all", outcomes)).AppendLine();
        text.AppendLine("| persona | booked correctly | messages | re-asked | failure |");
        text.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var o in outcomes)
        {
            var failure = o.Failure?.Split('\n')[0].Replace("|", "/", StringComparison.Ordinal) ?? "";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {o.PersonaId} | {(o.BookedCorrectly ? "yes" : "no")} | {o.Messages} | {o.ReAsked} | {failure} |");
        }

        return text.ToString();
    }

    /// <summary>Writes the file unless no persona ran (another class shares the fixture); says whether it wrote.</summary>
    public async Task<bool> WriteAsync()
    {
        if (_outcomes.IsEmpty)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        await File.WriteAllTextAsync(FilePath, ToMarkdown());
        return true;
    }

    private static string Row(string language, IReadOnlyList<PersonaOutcome> outcomes)
    {
        var messages = outcomes.Select(o => o.Messages).Order().ToList();
        var median = messages.Count == 0 ? 0
            : messages.Count % 2 == 1 ? messages[messages.Count / 2]
            : (messages[messages.Count / 2 - 1] + messages[messages.Count / 2]) / 2.0;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {language} | {outcomes.Count(o => o.BookedCorrectly)}/{outcomes.Count} | {median} | {(messages.Count == 0 ? 0 : messages.Max())} | {outcomes.Sum(o => o.ReAsked)} |");
    }
}
