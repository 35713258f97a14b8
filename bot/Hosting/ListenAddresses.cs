using System.Globalization;
using Microsoft.Extensions.Options;

namespace Termine.Bot.Hosting;

/// <summary>
/// The addresses Kestrel is to listen on (`--urls`, ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS), checked before anything
/// else starts: Kestrel itself finds a malformed one only when it binds, after the database was migrated, and then
/// with an unhandled exception instead of a line an operator can act on.
/// </summary>
public static class ListenAddresses
{
    public static void Check(IConfiguration configuration)
    {
        var failures = new List<string>();
        foreach (var url in Split(configuration["urls"]))
        {
            if (!IsListenAddress(url))
            {
                failures.Add($"urls = \"{url}\" is not an address to listen on; use http://HOST:PORT (or https://) with a port from 0 to 65535, such as http://127.0.0.1:5000, several separated by ;.");
            }
        }

        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            foreach (var port in Split(configuration[key]))
            {
                if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number > 65535)
                {
                    failures.Add($"{key} = \"{port}\" is not a port; use a number from 0 to 65535, such as 8080, several separated by ;.");
                }
            }
        }

        if (failures.Count > 0)
        {
            throw new OptionsValidationException("urls", typeof(ListenAddresses), failures);
        }
    }

    private static IEnumerable<string> Split(string? value) =>
        (value ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsListenAddress(string url)
    {
        BindingAddress address;
        try
        {
            address = BindingAddress.Parse(url);
        }
        catch (FormatException)
        {
            return false;
        }

        return address.Scheme is "http" or "https"
            && !string.IsNullOrEmpty(address.Host)
            && (address.IsUnixPipe || address.IsNamedPipe || address.Port is >= 0 and <= 65535);
    }
}
