using System.Resources;
using Termine.Booking.Localization;

namespace Termine.Bot.SelfService;

/// <summary>The texts of the residents' own pages (check-in, cancel or move), in the seven languages.</summary>
public static class PageTexts
{
    public static readonly ResourceTexts Texts =
        new(new ResourceManager("Termine.Bot.SelfService.Resources.PageTexts", typeof(PageTexts).Assembly));
}
