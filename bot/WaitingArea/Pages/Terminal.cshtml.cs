using System.Text.Json;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Termine.Bot.SelfService;

namespace Termine.Bot.WaitingArea.Pages;

/// <summary>
/// The check-in terminal in the waiting area (a tablet or kiosk): the camera reads the QR code, or a hand scanner types
/// its link into the field; the script checks in through POST /api/checkin and shows the waiting number in the
/// resident's language, then gets ready for the next person.
/// </summary>
public sealed class TerminalModel(IOptions<WaitingAreaOptions> options) : PageModel
{
    public static readonly IReadOnlyList<string> Languages = ["de", "en", "fr", "tr", "ar", "ru", "uk"];

    public int ResetAfterMilliseconds => (int)options.Value.TerminalResetAfter.TotalMilliseconds;

    /// <summary>The texts the script needs, per language, as JSON (encoded so that no text can end the data block).</summary>
    public string TextsJson { get; private set; } = "{}";

    public void OnGet()
    {
        var texts = Languages.ToDictionary(l => l, l => new
        {
            scan = TerminalTexts.Texts["Terminal.Scan", l],
            tryAgain = TerminalTexts.Texts["Terminal.TryAgain", l],
            wait = PageTexts.Texts["CheckIn.Wait", l],
            unknown = PageTexts.Texts["CheckIn.Unknown", l],
            rightToLeft = Termine.Booking.Languages.IsRightToLeft(l),
        });
        TextsJson = JsonSerializer.Serialize(texts);
    }
}
