using System.Security.Cryptography;
using System.Text;

namespace Termine.Bot.Hosting;

/// <summary>Who is asking, as a hash: enough to count holds and requests per client, nothing to identify a person.</summary>
public static class ClientKeys
{
    public static string For(string channel, string? id) =>
        $"{channel}:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id ?? "unknown")))[..24]}";

    public static string For(HttpContext context) => For("api", context.Connection.RemoteIpAddress?.ToString());
}
