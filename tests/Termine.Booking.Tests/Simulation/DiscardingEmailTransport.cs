using MimeKit;
using Termine.Booking.Notifications;

namespace Termine.Booking.Tests.Simulation;

/// <summary>
/// Takes every e-mail as delivered: the simulation needs the outbox's real bookkeeping (a sent reminder's release
/// warning) but not thousands of messages on a loopback server.
/// </summary>
public sealed class DiscardingEmailTransport : IEmailTransport
{
    public Task SendAsync(MimeMessage message, CancellationToken cancellationToken) => Task.CompletedTask;
}
