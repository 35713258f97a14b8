namespace Termine.Bot.Admin.ActionLog;

/// <summary>One entry of the staff action log: who looked at or changed what, and when. No personal data in it.</summary>
public sealed class StaffAction
{
    public const int MaxUserNameLength = 64;
    public const int MaxActionLength = 64;
    public const int MaxSubjectLength = 128;
    public const int MaxDetailLength = 500;

    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string UserName { get; set; }

    /// <summary>What was done, e.g. <c>appointment.viewed</c>, <c>appointment.cancelled</c>, <c>catalog.changed</c>.</summary>
    public required string Action { get; set; }

    /// <summary>What it was done to: an appointment's reference, a conversation, a service id.</summary>
    public string? Subject { get; set; }

    public string? Detail { get; set; }
}
