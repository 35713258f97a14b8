namespace Termine.Booking.Waitlist;

/// <summary>The waiting list's timing (<c>Termine:Waitlist</c>), checked at start by <see cref="WaitlistOptionsValidation"/>.</summary>
public sealed class WaitlistOptions
{
    public const string SectionName = "Termine:Waitlist";

    /// <summary>How long an offered slot is held for the resident to accept it.</summary>
    public TimeSpan OfferHoldTime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The hold for a slot that begins within <see cref="ShortOfferWithin"/>: soon slots must not go unused.</summary>
    public TimeSpan ShortOfferHoldTime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>A slot that begins sooner than this is offered with <see cref="ShortOfferHoldTime"/>.</summary>
    public TimeSpan ShortOfferWithin { get; set; } = TimeSpan.FromHours(48);

    /// <summary>
    /// How often every host looks for free desk time to offer and for offers that ran out (a cancellation or move also
    /// wakes it at once): what this misses — desk time staff added, a closing day removed, a crash — is found here.
    /// </summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How far ahead a window may end; the list is for the coming weeks, not for next year.</summary>
    public int MaxDaysAhead { get; set; } = 180;

    /// <summary>The window's length when the resident gives no end.</summary>
    public int DefaultWindowDays { get; set; } = 56;

    /// <summary>
    /// After this many offers in a row ran out unanswered the entry leaves the list (the resident is told): whoever no
    /// longer reads the e-mails would otherwise hold every slot offered to them for the whole hold time.
    /// </summary>
    public int MaxUnansweredOffers { get; set; } = 3;
}
