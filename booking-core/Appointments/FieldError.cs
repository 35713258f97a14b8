namespace Termine.Booking.Appointments;

/// <summary>
/// What is wrong with one field of a request. <see cref="Field"/> is the request's field name; <see cref="Code"/> is
/// stable, so the conversation can say it in the resident's language; <see cref="Message"/> is for API clients.
/// </summary>
public sealed record FieldError(string Field, string Code, string Message);
