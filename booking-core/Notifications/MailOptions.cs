using System.ComponentModel.DataAnnotations;
using Termine.Booking.Configuration;

namespace Termine.Booking.Notifications;

public sealed class MailOptions
{
    public const string SectionName = "Termine:Mail";

    /// <summary>Where .eml files are written when no SMTP host is configured; a relative path is taken from the host's content root.</summary>
    public string PickupDirectory { get; set; } = "mail-pickup";

    [Required]
    public string FromAddress { get; set; } = "termine@rhein-kreis-neuss.de";

    [Required]
    public string FromName { get; set; } = "Ausländerbehörde Rhein-Kreis Neuss";

    /// <summary>The domain part of every Message-Id.</summary>
    [Required]
    public string MessageIdDomain { get; set; } = "termine.rhein-kreis-neuss.de";

    /// <summary>How long before the appointment each reminder is sent; a reminder already due at booking is skipped.</summary>
    public List<TimeSpan> ReminderLeadTimes { get; set; } = [TimeSpan.FromDays(7), TimeSpan.FromDays(1)];

    /// <summary>How often the outbox is looked at.</summary>
    [TimeSpanRange("00:00:01", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The first wait after a failed delivery; it doubles with each further failure, up to an hour.</summary>
    [TimeSpanRange("00:00:01", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>From this many failed attempts on, a message counts as stuck (shown to staff).</summary>
    [Range(1, 100)]
    public int StuckAfterAttempts { get; set; } = 3;

    public SmtpOptions Smtp { get; set; } = new();
}
