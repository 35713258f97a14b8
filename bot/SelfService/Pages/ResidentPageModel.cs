using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Booking;

namespace Termine.Bot.SelfService.Pages;

/// <summary>A resident's page: in the appointment's language unless the resident picks another.</summary>
public abstract class ResidentPageModel : PageModel
{
    public static readonly IReadOnlyList<(string Code, string Name)> LanguageNames =
    [
        ("de", "Deutsch"), ("en", "English"), ("fr", "Français"), ("tr", "Türkçe"), ("ar", "العربية"), ("ru", "Русский"), ("uk", "Українська"),
    ];

    [BindProperty(SupportsGet = true)]
    public string? Lang { get; set; }

    public string Language { get; protected set; } = Languages.Default;

    protected void ChooseLanguage(string? appointmentLanguage) =>
        Language = Languages.TryNormalize(Lang, out var chosen) ? chosen
            : Languages.TryNormalize(appointmentLanguage, out var own) ? own
            : Languages.TryNormalize(Request.Headers.AcceptLanguage.ToString(), out var browser) ? browser
            : Languages.Default;
}
