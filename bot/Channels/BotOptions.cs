namespace Termine.Bot.Channels;

public sealed class BotOptions
{
    public const string SectionName = "Termine:Bot";

    /// <summary>
    /// Lets /api/messages take calls without a Bot Connector token when no MicrosoftAppId is set: for the Bot Framework
    /// Emulator on a developer's machine only. An open endpoint would post replies to any serviceUrl a stranger names.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }
}
