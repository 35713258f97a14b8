namespace Termine.Bot.Dialogs.Booking;

/// <summary>What the booking journey has gathered so far; persisted after every step.</summary>
public sealed record BookAppointmentValues
{
    public string? ServiceId { get; set; }

    public int Persons { get; set; } = 1;

    public Guid? HoldId { get; set; }

    public DateTimeOffset? Start { get; set; }

    public string? FullName { get; set; }

    public DateOnly? BirthDate { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }
}
