using QRCoder;

namespace Termine.Booking.Notifications;

/// <summary>The check-in QR code as a PNG, large enough for the terminal's scanner and a phone screen.</summary>
public static class QrCodeRenderer
{
    public static byte[] Png(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.Q);
        return new PngByteQRCode(data).GetGraphic(8);
    }
}
