using System.ComponentModel.DataAnnotations;
using Termine.Booking.Configuration;

namespace Termine.Booking.Retention;

/// <summary>How long personal data, transcripts and the staff action log are kept.</summary>
public sealed class RetentionOptions
{
    public const string SectionName = "Termine:Retention";

    /// <summary>Days after the appointment's day (or a conversation's last activity) until its personal data goes.</summary>
    [Range(1, 3650)]
    public int Days { get; set; } = 30;

    /// <summary>Days the staff action log is kept; it holds no personal data, only who did what to which reference.</summary>
    [Range(1, 3650)]
    public int ActionLogDays { get; set; } = 365;

    /// <summary>How often the clean-up runs.</summary>
    [TimeSpanRange("00:01:00", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Rows handled per transaction, so a first run over a year of data holds no long locks.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 200;
}
