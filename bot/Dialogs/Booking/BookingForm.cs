namespace Termine.Bot.Dialogs.Booking;

/// <summary>
/// Everything the resident has told the booking conversation so far, as typed data kept in the dialog's state: the
/// conversation fills what is missing and asks only for that, whatever order the resident says things in.
/// </summary>
public sealed record BookingForm
{
    public string? ServiceId { get; set; }

    /// <summary>Services the resident's words fit equally well, offered as buttons until one is chosen.</summary>
    public List<string> Candidates { get; set; } = [];

    /// <summary>The resident asked for every service, not only the most asked ones: the question shows them all, by topic.</summary>
    public bool AllServices { get; set; }

    public int? Persons { get; set; }

    /// <summary>The date wish to search; null until the resident said when they would like to come.</summary>
    public SlotSearch? Search { get; set; }

    /// <summary>The slots the resident was last offered, in the order shown; empty when none is on offer.</summary>
    public List<OfferedSlot> Offered { get; set; } = [];

    /// <summary>The held slot, kept while the resident types their data and across corrections until replaced.</summary>
    public HeldSlot? Hold { get; set; }

    public string? FullName { get; set; }

    public DateOnly? BirthDate { get; set; }

    /// <summary>The other persons of a family booking, in the order given.</summary>
    public List<CompanionEntry> Companions { get; set; } = [];

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>Whether the phone question was answered (a phone is optional: "none" is an answer).</summary>
    public bool PhoneAnswered { get; set; }

    /// <summary>A new wish came while a slot is held: offer slots for it, and keep the held one until another is picked.</summary>
    public bool Reoffer { get; set; }

    /// <summary>The resident said something at the summary is wrong without saying what: ask what to change.</summary>
    public bool WantsChange { get; set; }

    /// <summary>What the bot says before the slots it offers now (why the wish could not be met as it was); sent once.</summary>
    public string? OfferIntro { get; set; }

    /// <summary>Whether a slot is still to be chosen.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool Choosing => Hold is null || Reoffer;

    /// <summary>The question the resident was last asked.</summary>
    public BookingField? Asked { get; set; }

    /// <summary>How often in a row the last question was not understood, to word the re-ask differently.</summary>
    public int Misses { get; set; }
}

public sealed record HeldSlot(Guid HoldId, DateTimeOffset Start, DateTimeOffset End);

public sealed record CompanionEntry(string FullName, DateOnly BirthDate);
