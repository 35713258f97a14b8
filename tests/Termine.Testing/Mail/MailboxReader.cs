using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Notifications;

namespace Termine.Testing.Mail;

/// <summary>Lets the host's outbox send, then reads a booking's confirmation from the pickup folder.</summary>
public static partial class MailboxReader
{
    public static async Task<(ReceivedEmail Email, string CheckInToken, string ManageToken)> ConfirmationAsync(
        IServiceProvider services, string pickup, string reference)
    {
        await services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);
        foreach (var file in Directory.GetFiles(pickup, "confirmation.*.eml"))
        {
            var email = await ReceivedEmail.LoadAsync(file);
            if (email.Message.Subject?.Contains(reference) == true)
            {
                var checkIn = await QrDecoder.DecodeAsync(await email.QrPngAsync());
                return (email, checkIn[(checkIn.LastIndexOf('/') + 1)..], ManageLink().Match(email.Text).Groups[1].Value);
            }
        }

        throw new Xunit.Sdk.XunitException($"No confirmation for {reference} in {pickup}.");
    }

    [GeneratedRegex(@"/appointment/([A-Za-z0-9_-]+)")]
    private static partial Regex ManageLink();
}
