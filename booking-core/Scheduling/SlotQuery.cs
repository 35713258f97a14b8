namespace Termine.Booking.Scheduling;

/// <summary>
/// What a resident wishes for, as the conversation understands it: a date range, optionally some weekdays and a
/// time window (morning = before 12:00, afternoon = from 12:00, "after 15:00" = NotBefore 15:00).
/// </summary>
public sealed record SlotQuery(
    string ServiceId,
    DateOnly From,
    DateOnly To,
    int Persons = 1,
    IReadOnlySet<DayOfWeek>? Weekdays = null,
    TimeOnly? NotBefore = null,
    TimeOnly? StartBefore = null,
    int Limit = int.MaxValue);
