using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Termine.Bot.State;

namespace Termine.Bot.Admin.Transcripts;

/// <summary>Reads a conversation's transcript as staff see it: messages in order, and what else happened by kind.</summary>
public sealed class TranscriptReader(IDbContextFactory<BotDbContext> contexts)
{
    /// <summary>A conversation on this scale is long; more than this is not one a person reads.</summary>
    private const int MaxActivities = 2000;

    public async Task<IReadOnlyList<TranscriptLine>> ReadAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.TranscriptActivities.AsNoTracking()
            .Where(a => a.ChannelId == channelId && a.ConversationId == conversationId)
            .OrderBy(a => a.Timestamp).ThenBy(a => a.Id)
            .Take(MaxActivities)
            .Select(a => new { a.Timestamp, a.Json })
            .ToListAsync(cancellationToken);
        return rows.Select((row, index) => ToLine(index, row.Timestamp, JsonConvert.DeserializeObject<Activity>(row.Json)!)).ToList();
    }

    private static TranscriptLine ToLine(int index, DateTimeOffset at, Activity activity) => new(
        index,
        at,
        ActivitySpeaker.IsBot(activity),
        activity.Type ?? ActivityTypes.Message,
        activity.Type == ActivityTypes.Message ? activity.Text : activity.Name,
        Buttons(activity),
        activity.Attachments?.Select(AttachmentName).ToList() ?? []);

    private static List<string> Buttons(Activity activity)
    {
        var buttons = activity.SuggestedActions?.Actions?.Select(a => a.Title ?? a.Value?.ToString() ?? "").ToList() ?? [];
        foreach (var attachment in activity.Attachments ?? [])
        {
            // Cards offer their choices as actions (hero cards' buttons, Adaptive Cards' Action.Submit).
            if (attachment.Content is JObject card)
            {
                buttons.AddRange(card.SelectTokens("$..buttons[*].title").Concat(card.SelectTokens("$..actions[*].title")).Select(t => t.ToString()));
            }
        }

        return buttons.Where(b => b.Length > 0).ToList();
    }

    private static string AttachmentName(Attachment attachment) => attachment.Name switch
    {
        { Length: > 0 } name => $"{name} ({attachment.ContentType})",
        _ => attachment.ContentType switch
        {
            "application/vnd.microsoft.card.adaptive" => "Karte (Adaptive Card)",
            "application/vnd.microsoft.card.hero" => "Karte (Hero Card)",
            var type => type ?? "Anhang",
        },
    };
}
