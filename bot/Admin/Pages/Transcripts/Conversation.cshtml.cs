using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;
using Termine.Bot.Admin.ActionLog;
using Termine.Bot.Admin.Transcripts;
using Termine.Bot.Admin.Transcripts.Translation;
using Termine.Bot.State;

namespace Termine.Bot.Admin.Pages.Transcripts;

/// <summary>One conversation as it happened; every view (and translation) is recorded in the action log.</summary>
public sealed class ConversationModel(
    TranscriptList list,
    TranscriptReader reader,
    AzureTranslator translator,
    IDbContextFactory<BookingDbContext> bookings,
    StaffActionLog log,
    OfficeClock clock) : PageModel
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public ConversationSummary? Summary { get; private set; }

    public IReadOnlyList<TranscriptLine> Lines { get; private set; } = [];

    public string? AppointmentReference { get; private set; }

    public bool CanTranslate => translator.Enabled;

    public IReadOnlyDictionary<int, Translation> Translations { get; private set; } = new Dictionary<int, Translation>();

    public string? TranslationError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(channelId, conversationId, cancellationToken))
        {
            return NotFound();
        }

        await log.RecordAsync(User, "transcript.viewed", Subject(channelId, conversationId), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostTranslateAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(channelId, conversationId, cancellationToken))
        {
            return NotFound();
        }

        var residentLines = Lines.Where(l => !l.FromBot && !string.IsNullOrWhiteSpace(l.Text) && l.Kind == "message").ToList();
        if (residentLines.Count > 0)
        {
            var result = await translator.TranslateToGermanAsync(residentLines.Select(l => l.Text!).ToList(), cancellationToken);
            switch (result)
            {
                case TranslationResult.Translated translated:
                    Translations = residentLines.Zip(translated.Texts).ToDictionary(p => p.First.Index, p => p.Second);
                    break;
                case TranslationResult.Failed failed:
                    TranslationError = failed.Message;
                    break;
            }
        }

        await log.RecordAsync(User, "transcript.translated", Subject(channelId, conversationId), cancellationToken);
        return Page();
    }

    public string Local(DateTimeOffset instant) => clock.ToLocal(instant).ToString("dd.MM.yyyy HH:mm:ss", German);

    public static string LanguageName(string? code) => TranscriptTexts.Language(code);

    private async Task<bool> LoadAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        Summary = await list.FindAsync(channelId, conversationId, cancellationToken);
        Lines = await reader.ReadAsync(channelId, conversationId, cancellationToken);
        if (Summary is null && Lines.Count == 0)
        {
            return false;
        }

        if (Summary?.AppointmentId is { } appointmentId)
        {
            await using var db = await bookings.CreateDbContextAsync(cancellationToken);
            AppointmentReference = await db.Appointments.AsNoTracking()
                .Where(a => a.Id == appointmentId).Select(a => a.Reference).SingleOrDefaultAsync(cancellationToken);
        }

        return true;
    }

    /// <summary>The appointment's reference where there is one, so the log shows everything done to it together.</summary>
    private string Subject(string channelId, string conversationId) => AppointmentReference ?? $"{channelId}/{conversationId}";
}
