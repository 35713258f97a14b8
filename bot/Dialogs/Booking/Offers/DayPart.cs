namespace Termine.Bot.Dialogs.Booking.Offers;

/// <summary>A part of the office day as a wish names it: the same boundaries as the date-wish parser's.</summary>
public enum DayPart
{
    /// <summary>Starts before 12:00.</summary>
    Morning,

    /// <summary>Starts from 12:00.</summary>
    Afternoon,

    /// <summary>Starts from 16:00.</summary>
    Evening,
}
