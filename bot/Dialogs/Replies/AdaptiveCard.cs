using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Termine.Bot.Dialogs.Replies;

/// <summary>
/// The one envelope of the dialogs' Adaptive Cards, written as JSON (the AdaptiveCards package is not served here):
/// schema 1.5, the resident's language and direction, and a fallback text for a client that cannot render it.
/// </summary>
public static class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static Attachment Attachment(JArray body, string language, string fallback) => new()
    {
        ContentType = ContentType,
        Content = new JObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["lang"] = language,
            ["rtl"] = Termine.Booking.Languages.IsRightToLeft(language),
            ["fallbackText"] = fallback,
            ["body"] = body,
        },
    };
}
