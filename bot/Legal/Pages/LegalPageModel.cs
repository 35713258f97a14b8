using Microsoft.Extensions.Options;
using Termine.Booking.Office;
using Termine.Bot.SelfService.Pages;

namespace Termine.Bot.Legal.Pages;

/// <summary>
/// A legal page: in the language the resident picks (<c>?lang=</c>), else the browser's first of the seven, else
/// German. Read-only, no form, no script.
/// </summary>
public abstract class LegalPageModel(IOptions<LegalOptions> legal, IOptions<OfficeOptions> office) : ResidentPageModel
{
    public LegalOptions Legal => legal.Value;

    public OfficeOptions Office => office.Value;

    public void OnGet() => ChooseLanguage(null);
}
