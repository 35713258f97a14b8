using Termine.Bot.Admin.Transcripts;
using Termine.Bot.State;

namespace Termine.Bot.Admin.Pages.Transcripts;

/// <summary>The German names the transcript pages show for channels, languages and outcomes.</summary>
public static class TranscriptTexts
{
    public static readonly IReadOnlyList<(string Code, string Name)> Languages =
    [
        ("de", "Deutsch"), ("en", "Englisch"), ("fr", "Französisch"), ("tr", "Türkisch"), ("ar", "Arabisch"), ("ru", "Russisch"), ("uk", "Ukrainisch"),
    ];

    public static readonly IReadOnlyList<(TranscriptOutcomeFilter Value, string Name)> Outcomes =
    [
        (TranscriptOutcomeFilter.Booked, "gebucht"),
        (TranscriptOutcomeFilter.Abandoned, "abgebrochen"),
        (TranscriptOutcomeFilter.AskedForPerson, "nach Person gefragt"),
        (TranscriptOutcomeFilter.Managed, "Termin abgesagt/verschoben"),
        (TranscriptOutcomeFilter.JoinedWaitlist, "auf die Warteliste gesetzt"),
        (TranscriptOutcomeFilter.Open, "noch offen"),
    ];

    public static string Language(string? code) => Languages.FirstOrDefault(l => l.Code == code).Name ?? code ?? "–";

    public static string Channel(string channelId) => channelId switch
    {
        "webchat" or "directline" => "Web-Chat",
        "msteams" => "Teams",
        "telegram" => "Telegram",
        "emulator" => "Emulator",
        _ => channelId,
    };

    public static string Outcome(ConversationOutcome outcome, bool abandoned) => outcome switch
    {
        ConversationOutcome.Booked => "gebucht",
        ConversationOutcome.AskedForPerson => "nach Person gefragt",
        ConversationOutcome.Managed => "Termin abgesagt/verschoben",
        ConversationOutcome.JoinedWaitlist => "auf die Warteliste gesetzt",
        _ => abandoned ? "abgebrochen" : "noch offen",
    };
}
