namespace Termine.Bot.Dialogs.Waitlist;

/// <summary>What the waiting-list conversation can ask for, in the order it asks.</summary>
public enum WaitlistField
{
    Proposal,
    Service,
    Persons,
    Window,
    Name,
    BirthDate,
    Email,
    Permit,
    Confirm,

    /// <summary>What to change, after a "no" at the summary (the booking's own question and reading).</summary>
    Change,
}
