namespace Termine.Bot.WebBooking;

/// <summary>
/// One problem of the details form, in the resident's language: <see cref="InputId"/> is the input the error summary
/// links to, <see cref="Field"/> the field (or date group) whose error message is shown next to it
/// (<c>{Field}-error</c>).
/// </summary>
public sealed record FormError(string Field, string InputId, string Message);
