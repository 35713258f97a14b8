using System.Resources;
using Termine.Booking.Localization;

namespace Termine.Bot.WaitingArea;

/// <summary>The check-in terminal's own texts in the seven languages (the check-in's answers are in PageTexts).</summary>
public static class TerminalTexts
{
    public static readonly ResourceTexts Texts =
        new(new ResourceManager("Termine.Bot.WaitingArea.Resources.TerminalTexts", typeof(TerminalTexts).Assembly));
}
