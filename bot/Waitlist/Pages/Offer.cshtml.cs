using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Termine.Booking.Catalog;
using Termine.Booking.Localization;
using Termine.Booking.Waitlist;
using Termine.Bot.Api;
using Termine.Bot.SelfService.Pages;

namespace Termine.Bot.Waitlist.Pages;

/// <summary>
/// The page behind the offer e-mail's links: the slot, and accept or decline as buttons (a POST with an anti-forgery
/// token: opening the link changes nothing). The token in the link is the only proof needed.
/// </summary>
[EnableRateLimiting(RateLimitingSetup.Lookups)]
public sealed class OfferModel(WaitlistOffers offers, ServiceCatalog catalog) : ResidentPageModel
{
    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    public OfferView? Offer { get; private set; }

    public string? Message { get; private set; }

    public bool Succeeded { get; private set; }

    /// <summary>The booking reference once accepted, shown as a left-to-right run.</summary>
    public string? Reference { get; private set; }

    public string ServiceName => Offer is null ? "" : catalog.Find(Offer.ServiceId)?.Name[Language] ?? "";

    public string When => Offer is null ? "" : AppointmentTimes.DateAndTime(Offer.Start, Language);

    public string ReplyBy => Offer is null ? "" : AppointmentTimes.DateAndTime(Offer.ExpiresAt, Language);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task OnPostAcceptAsync(CancellationToken cancellationToken)
    {
        var result = await offers.AcceptAsync(Token, cancellationToken);
        await LoadAsync(cancellationToken);
        switch (result)
        {
            case OfferResult.Booked booked:
                Reference = booked.Booking.Appointment.Reference;
                Report(true, "Offer.Accepted");
                break;
            case OfferResult.Refused:
                Report(false, "Offer.Refused");
                break;
            case OfferResult.NotFound:
                Report(false, "Link.Invalid");
                break;
            default:
                Report(false, "Offer.Gone");
                break;
        }
    }

    public async Task OnPostDeclineAsync(CancellationToken cancellationToken)
    {
        var result = await offers.DeclineAsync(Token, cancellationToken);
        await LoadAsync(cancellationToken);
        Report(result is OfferResult.Declined, result switch
        {
            OfferResult.Declined => "Offer.Declined",
            OfferResult.NotFound => "Link.Invalid",
            _ => "Offer.Gone",
        });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Offer = await offers.FindAsync(Token, cancellationToken);
        ChooseLanguage(Offer?.Language);
        if (Offer is null)
        {
            Report(false, "Link.Invalid");
        }
        else if (!Offer.IsOpen)
        {
            Report(false, "Offer.Gone");
        }
    }

    private void Report(bool succeeded, string key)
    {
        Succeeded = succeeded;
        Message = WaitlistTexts.Texts[key, Language];
    }
}
