namespace Termine.Booking.Notifications;

/// <summary>
/// What a reminder asks beyond reminding: to confirm through <paramref name="ConfirmUrl"/>, and when the release is on
/// and the appointment still unconfirmed, by <paramref name="ReleaseDeadline"/> at the latest.
/// </summary>
public sealed record ReconfirmationRequest(string ConfirmUrl, DateTimeOffset? ReleaseDeadline);
