using MimeKit;

namespace Termine.Booking.Notifications;

/// <summary>Hands a finished message to the outside world; throws when it could not.</summary>
public interface IEmailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
