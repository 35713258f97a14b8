namespace Termine.Booking.Scheduling;

public sealed class SchedulingOptions
{
    public const string SectionName = "Termine:Scheduling";

    /// <summary>The office's time zone; every wall-clock time below is in it.</summary>
    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>The smallest piece of desk time that is claimed; service durations are multiples of it.</summary>
    public TimeSpan SlotUnit { get; set; } = TimeSpan.FromMinutes(15);

    public Dictionary<DayOfWeek, List<OpeningInterval>> OpeningHours { get; set; } = [];

    /// <summary>How many desks each team staffs.</summary>
    public Dictionary<string, int> Desks { get; set; } = [];

    /// <summary>Days the office is closed besides the public holidays of North Rhine-Westphalia.</summary>
    public List<DateOnly> ClosingDays { get; set; } = [];

    /// <summary>Rosenmontag, Christmas Eve and New Year's Eve: closed in the Rhineland by custom, not by law.</summary>
    public bool CloseOnCustomaryDays { get; set; } = true;

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
