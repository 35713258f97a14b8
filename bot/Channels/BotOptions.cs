namespace Termine.Bot.Channels;

public sealed class BotOptions
{
    public const string SectionName = "Termine:Bot";

    /// <summary>
    /// Lets /api/messages take calls without a Bot Connector token when no MicrosoftAppId is set: for the Bot Framework
    /// Emulator on a developer's machine only. An open endpoint would post replies to any serviceUrl a stranger names.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>
    /// The hosts (or host suffixes) the bot may post replies to: an activity naming any other serviceUrl is refused
    /// before its turn runs. Defaults to the public Bot Connector hosts.
    /// </summary>
    public List<string> AllowedServiceHosts { get; set; } = [];

    public static readonly IReadOnlyList<string> PublicConnectorHosts = ["smba.trafficmanager.net", "botframework.com", "botframework.azure.us"];

    public bool IsAllowed(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return false;
        }

        // The Bot Framework Emulator listens on this machine; only local development opens the door to it.
        if (AllowUnauthenticated && uri.IsLoopback)
        {
            return true;
        }

        var hosts = AllowedServiceHosts.Count > 0 ? AllowedServiceHosts : PublicConnectorHosts;
        return hosts.Any(h => uri.Host.Equals(h, StringComparison.OrdinalIgnoreCase)
            || uri.Host.EndsWith("." + h, StringComparison.OrdinalIgnoreCase));
    }
}
