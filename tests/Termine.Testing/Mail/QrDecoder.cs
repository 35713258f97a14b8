using System.Diagnostics;

namespace Termine.Testing.Mail;

/// <summary>Reads a QR code the way a scanner would: Debian's zbarimg on the PNG as it arrived.</summary>
public static class QrDecoder
{
    public static async Task<string> DecodeAsync(byte[] png)
    {
        var file = Path.Combine(Path.GetTempPath(), $"qr-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, png);
        try
        {
            using var zbar = Process.Start(new ProcessStartInfo("zbarimg", ["--raw", "-q", file])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = await zbar.StandardOutput.ReadToEndAsync();
            await zbar.WaitForExitAsync();
            Assert.Equal(0, zbar.ExitCode);
            return output.Trim();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
