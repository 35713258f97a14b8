using System.Text;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// What an uploaded file is, by its first bytes: a photo (JPEG, PNG, GIF, WebP, HEIC/HEIF as phones take them) or a
/// PDF, the documents a resident might show. Never by the declared content type or the file name, which the sender
/// chooses: an SVG, an HTML page or a script called photo.png is still refused, and the stored type is the detected one.
/// </summary>
public static class UploadedFileType
{
    /// <summary>Enough of the file to tell every accepted type.</summary>
    public const int HeaderLength = 12;

    public const string Accepted = "JPEG, PNG, GIF, WebP, HEIC/HEIF images and PDF documents";

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    // ISO base media file brands of HEIF still images (ISO/IEC 23008-12); AVIF and videos share the box but not these.
    private static readonly string[] HeicBrands = ["heic", "heix", "heim", "heis"];
    private static readonly string[] HeifBrands = ["mif1", "msf1", "heif"];

    /// <summary>The media type the first bytes prove, or null for anything else.</summary>
    public static string? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(Jpeg))
        {
            return "image/jpeg";
        }

        if (header.StartsWith(Png))
        {
            return "image/png";
        }

        if (header.StartsWith("GIF87a"u8) || header.StartsWith("GIF89a"u8))
        {
            return "image/gif";
        }

        if (header.Length >= 12 && header.StartsWith("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return "image/webp";
        }

        if (header.StartsWith("%PDF-"u8))
        {
            return "application/pdf";
        }

        if (header.Length >= 12 && header[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = Encoding.ASCII.GetString(header[8..12]);
            return HeicBrands.Contains(brand) ? "image/heic" : HeifBrands.Contains(brand) ? "image/heif" : null;
        }

        return null;
    }
}
