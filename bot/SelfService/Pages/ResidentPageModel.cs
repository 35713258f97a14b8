using Microsoft.AspNetCore.Http;
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

    /// <summary>
    /// This page in another language with the rest of its query kept (the week and filter of the booking pages); a
    /// form's handler is left out, as the link asks with GET.
    /// </summary>
    public string LanguageLink(string code) =>
        QueryString.Create(Request.Query
            .Where(p => !p.Key.Equals("lang", StringComparison.OrdinalIgnoreCase) && !p.Key.Equals("handler", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new KeyValuePair<string, string?>("lang", code))).ToUriComponent();

    protected void ChooseLanguage(string? appointmentLanguage) =>
        Language = Languages.TryNormalize(Lang, out var chosen) ? chosen
            : Languages.TryNormalize(appointmentLanguage, out var own) ? own
            : BrowserLanguage() ?? Languages.Default;

    /// <summary>The first of the seven in the browser's Accept-Language, by preference ("ar,en;q=0.8" is Arabic).</summary>
    private string? BrowserLanguage() =>
        Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(value => value.Quality ?? 1)
            .Select(value => Languages.TryNormalize(value.Value.Value, out var language) ? language : null)
            .FirstOrDefault(language => language is not null);
}
