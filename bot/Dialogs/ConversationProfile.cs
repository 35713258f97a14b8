namespace Termine.Bot.Dialogs;

/// <summary>What the bot keeps about a conversation besides its dialogs: the language, once chosen or detected, the buttons last offered and the documents last shown.</summary>
public sealed class ConversationProfile
{
    public string? Language { get; set; }

    /// <summary>
    /// The buttons of the last question (title and value each), so that pressing or typing one is taken as the answer
    /// to that question and never as an interruption ("Absagen" offered by "cancel or move?" is not the cancel command).
    /// </summary>
    public List<string> Offered { get; set; } = [];

    /// <summary>The service whose documents were shown last, so a language switch shows them again in the new language.</summary>
    public string? DocumentsShown { get; set; }
}
