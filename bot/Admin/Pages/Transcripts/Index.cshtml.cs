using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Booking.Scheduling;
using Termine.Bot.Admin.Transcripts;

namespace Termine.Bot.Admin.Pages.Transcripts;

/// <summary>The conversations, newest first, filtered by day, channel, language and outcome.</summary>
public sealed class TranscriptsModel(TranscriptList list, OfficeClock clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true)]
    public TranscriptOutcomeFilter? Outcome { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public TranscriptListPage Result { get; private set; } = new([], 1, false);

    public IReadOnlyList<string> Channels { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await list.SearchAsync(new TranscriptQuery(From, To, Channel, Language, Outcome, PageNumber), cancellationToken);
        Channels = await list.ChannelsAsync(cancellationToken);
    }

    public string Local(DateTimeOffset instant) => clock.ToLocal(instant).ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.GetCultureInfo("de-DE"));

    public static string ConversationPath(string channelId, string conversationId) =>
        $"/admin/transcripts/{Uri.EscapeDataString(channelId)}/{Uri.EscapeDataString(conversationId)}";

    /// <summary>The same filters on another page.</summary>
    public string PagePath(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["From"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["To"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Channel"] = Channel,
            ["Language"] = Language,
            ["Outcome"] = Outcome?.ToString(),
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/admin/transcripts", query.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
