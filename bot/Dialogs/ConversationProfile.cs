namespace Termine.Bot.Dialogs;

/// <summary>What the bot keeps about a conversation besides its dialogs: the language, once chosen or detected.</summary>
public sealed class ConversationProfile
{
    public string? Language { get; set; }
}
