using System.Resources;
using Termine.Booking.Localization;

namespace Termine.Bot.Dialogs.Questions;

/// <summary>The answers to residents' questions, in the seven languages (Resources/AnswerTexts*.resx).</summary>
internal static class AnswerTexts
{
    public static readonly ResourceTexts Texts =
        new(new ResourceManager("Termine.Bot.Dialogs.Resources.AnswerTexts", typeof(AnswerTexts).Assembly));
}
