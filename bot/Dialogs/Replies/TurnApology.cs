using Microsoft.Bot.Schema;
using Termine.Bot.Channels;
using Termine.Bot.Dialogs.Language;

namespace Termine.Bot.Dialogs.Replies;

/// <summary>The apology after a failed turn in the resident's language, as the channel's locale gives it.</summary>
public sealed class TurnApology : ITurnApology
{
    public IMessageActivity For(string? locale)
    {
        var language = LanguageDetector.FromLocale(locale) ?? Termine.Booking.Languages.Default;
        return ReplyFactory.Say(DialogTexts.Texts["Error", language], language);
    }
}
