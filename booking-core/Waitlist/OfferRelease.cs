using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;

namespace Termine.Booking.Waitlist;

/// <summary>Ends an open offer inside the caller's unit of work and lets its held desk time go at once.</summary>
internal static class OfferRelease
{
    /// <returns>Whether an open offer was ended here (another host may have ended it first).</returns>
    public static async Task<bool> EndAsync(
        BookingDbContext db, WaitlistOffer offer, OfferOutcome outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ended = await db.WaitlistOffers
            .Where(o => o.Id == offer.Id && o.Outcome == OfferOutcome.Open)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Outcome, outcome).SetProperty(o => o.DecidedAt, now), cancellationToken);
        if (ended == 0)
        {
            return false;
        }

        await db.SlotClaims.Where(c => c.AppointmentId == offer.AppointmentId && c.ExpiresAt != null).ExecuteDeleteAsync(cancellationToken);
        await db.Appointments.Where(a => a.Id == offer.AppointmentId && a.Status == AppointmentStatus.Held).MayMoveTo(AppointmentStatus.Expired)
            .ExecuteUpdateAsync(s => s.MoveTo(AppointmentStatus.Expired), cancellationToken);
        return true;
    }

    /// <summary>Ends the entry's open offer, if it has one (the resident booked directly or left the list).</summary>
    public static async Task EndOpenOfAsync(
        BookingDbContext db, Guid entryId, OfferOutcome outcome, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await db.WaitlistOffers.AsNoTracking()
            .Where(o => o.EntryId == entryId && o.Outcome == OfferOutcome.Open).ToListAsync(cancellationToken);
        foreach (var offer in open)
        {
            await EndAsync(db, offer, outcome, now, cancellationToken);
        }
    }
}
