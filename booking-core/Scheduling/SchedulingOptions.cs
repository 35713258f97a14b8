using System.Text.Json.Serialization;

namespace Termine.Booking.Scheduling;

/// <summary>
/// The office calendar. Bound from configuration at start; administrators replace it at run time through
/// <see cref="SchedulingSource"/>, which every reader of <c>IOptions&lt;SchedulingOptions&gt;</c> gets.
/// </summary>
public sealed class SchedulingOptions
{
    public const string SectionName = "Termine:Scheduling";

    private string _timeZone = "Europe/Berlin";
    private TimeZoneInfo? _zone;

    /// <summary>The office's time zone; every wall-clock time below is in it.</summary>
    public string TimeZone
    {
        get => _timeZone;
        set
        {
            _timeZone = value;
            _zone = null;
        }
    }

    /// <summary>The smallest piece of desk time that is claimed; service durations are multiples of it.</summary>
    public TimeSpan SlotUnit { get; set; } = TimeSpan.FromMinutes(15);

    public Dictionary<DayOfWeek, List<OpeningInterval>> OpeningHours { get; set; } = [];

    /// <summary>How many desks each team staffs.</summary>
    public Dictionary<string, int> Desks { get; set; } = [];

    /// <summary>Days the office is closed besides the public holidays of North Rhine-Westphalia.</summary>
    public List<ClosingDay> ClosingDays { get; set; } = [];

    /// <summary>Rosenmontag, Christmas Eve and New Year's Eve: closed in the Rhineland by custom, not by law.</summary>
    public bool CloseOnCustomaryDays { get; set; } = true;

    /// <summary>Looked up once per options instance: the clock converts with it for every slot it considers.</summary>
    [JsonIgnore]
    public TimeZoneInfo Zone => _zone ??= TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
