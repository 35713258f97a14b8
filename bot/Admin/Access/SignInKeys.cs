using System.Net;
using Termine.Bot.Hosting;

namespace Termine.Bot.Admin.Access;

/// <summary>
/// The two counters a sign-in attempt touches: its client address, and the name it tried at that address. The same
/// keys are made for a name that exists and one that does not, so the counters tell nobody which accounts exist.
/// </summary>
public readonly record struct SignInKeys(string Address, string NameAtAddress)
{
    public static SignInKeys For(string normalizedUserName, IPAddress? address)
    {
        var client = ClientKeys.For("staff-sign-in", address?.ToString());
        return new SignInKeys(client, NamePrefix(normalizedUserName) + client);
    }

    /// <summary>What the keys of one name at every address begin with.</summary>
    public static string NamePrefix(string normalizedUserName) => ClientKeys.For("staff-name", normalizedUserName) + "@";
}
