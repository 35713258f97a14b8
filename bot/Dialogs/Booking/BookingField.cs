namespace Termine.Bot.Dialogs.Booking;

/// <summary>
/// What the booking conversation can ask for, in the order it asks; also what a resident can name when they correct
/// something at the summary ("the e-mail is wrong").
/// </summary>
public enum BookingField
{
    Service,
    Persons,
    Date,
    Slot,
    Name,
    BirthDate,
    Companion,
    Email,
    Phone,
    Confirm,
    Change,
}
