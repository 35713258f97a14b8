using System.ComponentModel.DataAnnotations;
using Termine.Booking.Configuration;

namespace Termine.Bot.WaitingArea;

/// <summary>The waiting room's display and the check-in terminal.</summary>
public sealed class WaitingAreaOptions
{
    public const string SectionName = "Termine:WaitingArea";

    /// <summary>How many of the day's latest calls the display shows (the newest large, the others below).</summary>
    [Range(1, 20)]
    public int DisplayCalls { get; set; } = 6;

    /// <summary>How long the terminal shows a waiting number or a problem before it is ready for the next resident.</summary>
    [TimeSpanRange("00:00:03", "00:02:00")]
    public TimeSpan TerminalResetAfter { get; set; } = TimeSpan.FromSeconds(12);
}
