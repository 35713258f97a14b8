using MimeKit;

namespace Termine.Testing.Mail;

/// <summary>A delivered message taken apart the way a mail client would.</summary>
public sealed class ReceivedEmail(MimeMessage message)
{
    public MimeMessage Message { get; } = message;

    public static async Task<ReceivedEmail> LoadAsync(string path) => new(await MimeMessage.LoadAsync(path));

    public string Text => Message.TextBody ?? "";

    public string Html => Message.HtmlBody ?? "";

    public MimePart? QrImage => Message.BodyParts.OfType<MimePart>().FirstOrDefault(p => p.ContentType.IsMimeType("image", "png"));

    public MimePart? Calendar => Message.BodyParts.OfType<MimePart>().FirstOrDefault(p => p.ContentType.IsMimeType("text", "calendar"));

    public async Task<byte[]> QrPngAsync()
    {
        using var stream = new MemoryStream();
        await QrImage!.Content!.DecodeToAsync(stream);
        return stream.ToArray();
    }

    public async Task<string> CalendarTextAsync()
    {
        using var stream = new MemoryStream();
        await Calendar!.Content!.DecodeToAsync(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
