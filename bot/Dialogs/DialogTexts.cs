using System.Resources;
using Termine.Booking.Localization;

namespace Termine.Bot.Dialogs;

/// <summary>What the bot says, in the seven languages (Resources/DialogTexts*.resx).</summary>
public static class DialogTexts
{
    public static readonly ResourceTexts Texts =
        new(new ResourceManager("Termine.Bot.Dialogs.Resources.DialogTexts", typeof(DialogTexts).Assembly));

    /// <summary>The words a resident types for a command (help, start over, …) in a language, for matching.</summary>
    public static IReadOnlyList<string> Keywords(string key, string language) =>
        Texts[key, language].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
