using System.Text.RegularExpressions;
using Microsoft.AspNetCore.RateLimiting;
using Termine.Booking.Catalog;
using Termine.Bot.SelfService.Pages;

namespace Termine.Bot.WebBooking.Pages;

/// <summary>The first page of the web booking: the services in the catalog's order, each with its name and one line.</summary>
[EnableRateLimiting(WebBookingRateLimits.Pages)]
public sealed partial class ServicesModel(ServiceCatalog catalog) : ResidentPageModel
{
    public IReadOnlyList<ServiceDefinition> Services { get; private set; } = [];

    public void OnGet()
    {
        ChooseLanguage(null);
        Services = catalog.Services;
    }

    /// <summary>The description's first sentence: enough to tell two services apart, the whole text is on the next page.</summary>
    public string FirstLine(ServiceDefinition service)
    {
        var text = service.Description[Language];
        var end = SentenceEnd().Match(text);
        return end.Success ? text[..(end.Index + 1)] : text;
    }

    /// <summary>A full stop after a word of three letters or more, or a digit, so "z. B." and "Nr." do not end it.</summary>
    [GeneratedRegex(@"(?<=\p{L}{3}|\d)[.!?؟](?=\s|$)")]
    private static partial Regex SentenceEnd();
}
