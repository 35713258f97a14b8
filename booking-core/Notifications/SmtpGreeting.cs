using System.Net.Sockets;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace Termine.Booking.Notifications;

/// <summary>
/// Whether the configured SMTP server answers: a TCP connection and its "220" greeting, nothing sent, no sign-in.
/// On a port that speaks TLS from the first byte the greeting comes only after the handshake, so there the
/// connection alone counts.
/// </summary>
public sealed class SmtpGreeting(IOptions<MailOptions> options)
{
    /// <returns>Null when the server greets, otherwise what went wrong, worded to follow "The SMTP server".</returns>
    public async Task<string?> ProbeAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(smtp.Host!, smtp.Port, deadline.Token);
            if (smtp.Security == SecureSocketOptions.SslOnConnect)
            {
                return null;
            }

            using var reader = new StreamReader(client.GetStream());
            var line = await reader.ReadLineAsync(deadline.Token);
            return line is not null && line.StartsWith("220", StringComparison.Ordinal)
                ? null
                : $"at {smtp.Host}:{smtp.Port} did not greet with 220";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"at {smtp.Host}:{smtp.Port} did not answer within {timeout.TotalSeconds:0.#} s";
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            return $"at {smtp.Host}:{smtp.Port} cannot be reached ({ex.GetType().Name})";
        }
    }
}
