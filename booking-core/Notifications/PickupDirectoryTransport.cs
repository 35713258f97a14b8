using Microsoft.Extensions.Options;
using MimeKit;

namespace Termine.Booking.Notifications;

/// <summary>
/// Writes each message as an .eml file named after its Message-Id, so a fresh checkout runs without a mail server and
/// a message written twice (after a crash) is still one file.
/// </summary>
public sealed class PickupDirectoryTransport(IOptions<MailOptions> options) : IEmailTransport
{
    public string Directory { get; } = Path.GetFullPath(options.Value.PickupDirectory);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var name = string.Concat((message.MessageId ?? Guid.NewGuid().ToString("N")).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_'));
        var target = Path.Combine(Directory, name + ".eml");
        var temporary = target + ".tmp";
        await message.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, target, overwrite: true);
    }
}
