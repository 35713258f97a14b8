namespace Termine.Bot.Dialogs.Waitlist;

/// <summary>
/// What the resident has told the waiting-list conversation, partly taken over from the booking form: the
/// conversation asks only for what is still missing.
/// </summary>
public sealed record WaitlistForm
{
    public string? ServiceId { get; set; }

    public int? Persons { get; set; }

    /// <summary>Whether the window was answered; a null <see cref="From"/> after an answer is the default window.</summary>
    public bool WindowAnswered { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public DayOfWeek[]? Weekdays { get; set; }

    public TimeOnly? NotBefore { get; set; }

    public TimeOnly? NotAfter { get; set; }

    public string? FullName { get; set; }

    public DateOnly? BirthDate { get; set; }

    public string? Email { get; set; }

    /// <summary>Whether the permit question was answered or skipped (the expiry date is optional).</summary>
    public bool PermitAnswered { get; set; }

    public DateOnly? PermitExpires { get; set; }

    /// <summary>The resident said "no" at the summary and has not yet said what to change.</summary>
    public bool WantsChange { get; set; }

    public WaitlistField? Asked { get; set; }
}
