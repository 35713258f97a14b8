using System.Text;
using QRCoder;

namespace Termine.Browser.Tests.Admin;

/// <summary>
/// A QR code as a short Y4M video, for Chromium's fake camera (--use-file-for-fake-video-capture): the terminal's
/// real camera path (getUserMedia → ZXing) then reads it as if a resident held up their phone.
/// </summary>
public static class QrVideo
{
    private const int Width = 640;
    private const int Height = 480;

    public static string Write(string content)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.Q);
        var modules = data.ModuleMatrix;
        var size = modules.Count;
        var scale = Math.Min(Width, Height) * 9 / 10 / size;
        var left = (Width - size * scale) / 2;
        var top = (Height - size * scale) / 2;

        var luma = new byte[Width * Height];
        Array.Fill(luma, (byte)235);
        for (var y = 0; y < size * scale; y++)
        {
            for (var x = 0; x < size * scale; x++)
            {
                if (modules[y / scale][x / scale])
                {
                    luma[(top + y) * Width + left + x] = 16;
                }
            }
        }

        var chroma = new byte[Width / 2 * (Height / 2)];
        Array.Fill(chroma, (byte)128);
        var path = Path.Combine(Path.GetTempPath(), $"termine-qr-{Guid.NewGuid():N}.y4m");
        using var file = File.Create(path);
        file.Write(Encoding.ASCII.GetBytes($"YUV4MPEG2 W{Width} H{Height} F10:1 Ip A1:1 C420jpeg\n"));
        for (var frame = 0; frame < 10; frame++)
        {
            file.Write(Encoding.ASCII.GetBytes("FRAME\n"));
            file.Write(luma);
            file.Write(chroma);
            file.Write(chroma);
        }

        return path;
    }
}
