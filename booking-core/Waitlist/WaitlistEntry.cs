namespace Termine.Booking.Waitlist;

/// <summary>
/// A resident waiting for a slot of one service in a window of their choosing. Holds only what an offer and the booking
/// it may become need; deleted <see cref="Retention.RetentionOptions.Days"/> after <see cref="To"/>.
/// </summary>
public sealed class WaitlistEntry
{
    public const int MaxChannelAddressLength = 64;

    public Guid Id { get; set; }

    /// <summary>"W-K7MX-3PQT" (<see cref="WaitingReference"/>): never mistaken for an appointment's reference.</summary>
    public required string Reference { get; set; }

    public required string ServiceId { get; set; }

    public int Persons { get; set; }

    /// <summary>The first day that suits the resident.</summary>
    public DateOnly From { get; set; }

    /// <summary>The last day that suits the resident.</summary>
    public DateOnly To { get; set; }

    /// <summary>The weekdays that suit, as bits (1 &lt;&lt; <see cref="DayOfWeek"/>); 0 for every day.</summary>
    public int Weekdays { get; set; }

    /// <summary>The earliest start that suits, office time.</summary>
    public TimeOnly? NotBefore { get; set; }

    /// <summary>Slots must start before this, office time (as "morning" is "before 12:00").</summary>
    public TimeOnly? NotAfter { get; set; }

    /// <summary>When the resident's current permit expires: expired or within six weeks comes first.</summary>
    public DateOnly? PermitExpires { get; set; }

    public required string FullName { get; set; }

    public DateOnly BirthDate { get; set; }

    /// <summary>Lower-cased, as on appointments, so a direct booking with the same address is recognised.</summary>
    public required string Email { get; set; }

    public string? Phone { get; set; }

    public string Language { get; set; } = Languages.Default;

    /// <summary>Where the resident joined ("api", "web", a chat channel); the booking an offer becomes keeps it.</summary>
    public string Channel { get; set; } = "api";

    /// <summary>The chat on <see cref="Channel"/> where later chat offers go; null for the web and the API.</summary>
    public string? ChannelAddress { get; set; }

    /// <summary>SHA-256 of the token in the join e-mail's link to leave the list.</summary>
    public required byte[] LeaveTokenHash { get; set; }

    public DateTimeOffset JoinedAt { get; set; }

    public WaitlistEntryState State { get; set; }

    /// <summary>When it stopped waiting: booked, left the list, or closed by the sweep.</summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public bool WantsDay(DayOfWeek day) => Weekdays == 0 || (Weekdays & (1 << (int)day)) != 0;

    public static int WeekdayBits(IEnumerable<DayOfWeek> days) => days.Aggregate(0, (bits, d) => bits | (1 << (int)d));
}
