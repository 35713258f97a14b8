namespace Termine.Bot.Admin.Waitlist;

/// <summary>
/// The waiting list's and the reconfirmation's figures for a range of days. Offers count by the day they were made,
/// freed slots by their start, the waiting time by the day the entry booked, appointments by their day.
/// </summary>
/// <param name="SlotsFreed">Appointments of the period cancelled by the resident, the staff or a release.</param>
/// <param name="SlotsRefilled">Offers of the period that were accepted (their slot booked).</param>
/// <param name="MedianWait">From joining the list to booking, for the entries that booked in the period; null for none.</param>
/// <param name="Asked">Booked or past appointments of the period whose reminder asking to reconfirm was sent.</param>
/// <param name="Confirmed">Of those, the ones the resident (or staff for them) confirmed.</param>
/// <param name="EntriesWindowPassed">Entries the sweep took off the list in the period because their window had ended.</param>
/// <param name="EntriesUnanswered">Entries the sweep took off the list in the period after offers in a row went unanswered.</param>
public sealed record WaitlistReport(
    int SlotsFreed,
    int SlotsRefilled,
    int OffersMade,
    int OffersAccepted,
    int OffersDeclined,
    int OffersExpired,
    int OffersWithdrawn,
    TimeSpan? MedianWait,
    int EntriesBooked,
    int Asked,
    int Confirmed,
    WaitlistReport.NoShows AskedNoShows,
    WaitlistReport.NoShows NotAskedNoShows,
    int EntriesWindowPassed,
    int EntriesUnanswered)
{
    public double? ReconfirmationRate => Asked == 0 ? null : (double)Confirmed / Asked;

    /// <summary>Past appointments decided either way (done or not come).</summary>
    public sealed record NoShows(int Decided, int NotCome)
    {
        public double? Rate => Decided == 0 ? null : (double)NotCome / Decided;
    }
}
