using Termine.Booking.Notifications;

namespace Termine.Bot.Admin.ServicePoint;

/// <summary>
/// The confirmation handed over on paper to a resident without e-mail: the e-mail's own texts in the resident's
/// language, and the check-in QR code as a PNG data URL (the only moment its token exists).
/// </summary>
public sealed record PrintedConfirmation(EmailContent Content, string QrDataUrl)
{
    public static PrintedConfirmation From(EmailContent content) =>
        new(content, "data:image/png;base64," + Convert.ToBase64String(QrCodeRenderer.Png(content.CheckInUrl!)));

    public string Text(string key, params object?[] args) => AppointmentEmailComposer.Texts.Get(key, Content.Language, args);
}
