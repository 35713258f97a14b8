using Microsoft.Bot.Schema;
using Termine.Bot.Dialogs;
using Termine.Bot.Dialogs.Language;
using Termine.Bot.Dialogs.Replies;

namespace Termine.Bot.Channels;

/// <summary>The short apology after a failed turn, in the language the channel says the resident uses.</summary>
public static class TurnApology
{
    public static IMessageActivity For(string? locale)
    {
        var language = LanguageDetector.FromLocale(locale) ?? Termine.Booking.Languages.Default;
        return ReplyFactory.Say(DialogTexts.Texts["Error", language], language);
    }
}
