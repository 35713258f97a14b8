using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Bot.Builder;

namespace Termine.Bot.Hosting;

/// <summary>Who is asking, as a hash: enough to count holds and requests per client, nothing to identify a person.</summary>
public static class ClientKeys
{
    /// <summary>
    /// Where a channel that knows the caller's address (Direct Line: the request that posted the activity) leaves its
    /// key for the turn, so the chat's holds count per address across conversations, not per conversation.
    /// </summary>
    public const string TurnStateKey = "Termine.ClientKey";

    public static string For(string channel, string? id) =>
        $"{channel}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id ?? "unknown")))[..24]}";

    /// <summary>The key of the caller's address, the same for the API and the web chat.</summary>
    public static string For(HttpContext context) => For("address", AddressOf(context));

    /// <summary>The channel's key for the turn when it left one, otherwise the conversation's (Telegram, Teams: one user each).</summary>
    public static string For(ITurnContext turn) =>
        turn.TurnState.Get<string>(TurnStateKey) ?? For(turn.Activity.ChannelId, turn.Activity.Conversation?.Id);

    /// <summary>
    /// The connection's address as limits count it: IPv4 as it is (also when mapped into IPv6), IPv6 by its /64
    /// network, because one household or phone is given a whole /64 and picks new addresses from it at will.
    /// </summary>
    public static string AddressOf(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return $"{new IPAddress(bytes)}/64";
    }
}
