namespace Termine.Bot.Dialogs.Booking.Offers;

/// <summary>A stretch of opening time on a weekday, as the resident is told it ("8:00–12:00").</summary>
public sealed record OpenStretch(TimeOnly From, TimeOnly To);
