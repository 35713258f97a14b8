using Termine.Bot.Dialogs.Booking;

namespace Termine.Bot.Dialogs.Replies;

/// <summary>
/// The one list of what a question waits for, as channels read it in <c>channelData.expecting</c> (Web Chat adapts
/// its input, the load tool and tests answer by it): the booking form's fields and the other dialogs' questions.
/// </summary>
public static class Expecting
{
    public const string Text = "text";
    public const string Reference = "reference";
    public const string Choice = "choice";

    public static string For(BookingField field) => field switch
    {
        BookingField.Service => "service",
        BookingField.Persons => "persons",
        BookingField.Date => "date",
        BookingField.Slot => "slot",
        BookingField.Name => "name",
        BookingField.BirthDate => "birthDate",
        BookingField.Companion => "person",
        BookingField.Email => "email",
        BookingField.Phone => "phone",
        BookingField.Confirm => "confirm",
        BookingField.Change => "change",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Every field of the booking form has its expectation."),
    };
}
