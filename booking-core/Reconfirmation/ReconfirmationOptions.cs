namespace Termine.Booking.Reconfirmation;

/// <summary>
/// The first reminder asks the resident to confirm; whether an appointment left unconfirmed is released, and when.
/// </summary>
public sealed class ReconfirmationOptions
{
    public const string SectionName = "Termine:Reconfirmation";

    /// <summary>
    /// Off by default. When on, the last reminder of an unconfirmed appointment warns that it will be released unless
    /// confirmed by <see cref="ReleaseHoursBefore"/> hours before it, and at that time it is cancelled, so the time can
    /// go to someone else. Only appointments whose resident got that warning are released.
    /// </summary>
    public bool ReleaseUnconfirmed { get; set; }

    /// <summary>
    /// How many hours before the appointment an unconfirmed one is released; shorter than the shortest reminder lead
    /// time (Termine:Mail:ReminderLeadTimes), so the warning always comes first.
    /// </summary>
    public int ReleaseHoursBefore { get; set; } = 12;

    /// <summary>How often the release looks for appointments past their deadline.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan ReleaseBefore => TimeSpan.FromHours(ReleaseHoursBefore);
}
