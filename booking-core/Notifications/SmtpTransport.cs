using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Termine.Booking.Notifications;

/// <summary>Sends through the configured SMTP server with MailKit: one connection per batch of the outbox is plenty here.</summary>
public sealed class SmtpTransport(IOptions<MailOptions> options) : IEmailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var client = new SmtpClient { Timeout = (int)smtp.Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host!, smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.User))
        {
            await client.AuthenticateAsync(smtp.User, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
