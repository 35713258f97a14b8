namespace Termine.Booking.Notifications;

/// <summary>A message into a resident's chat: the chat's address on its channel, the text, and optionally a picture.</summary>
/// <param name="Photo">A PNG (the check-in QR code) sent with <paramref name="Text"/> as its caption.</param>
/// <param name="Buttons">Buttons under the message (the first reminder's "I will come" and "cancel"); none when null.</param>
public sealed record ChatMessage(string Address, string Text, byte[]? Photo, IReadOnlyList<ChatButton>? Buttons = null);

/// <summary>
/// A button under a chat message: either it confirms the appointment (<paramref name="ReconfirmAppointmentId"/>; the
/// channel accepts the press only from the chat the appointment was booked in), or it answers a waiting-list offer
/// (<paramref name="Offer"/>; only from the chat the entry joined from), or it opens <paramref name="Url"/>.
/// </summary>
public sealed record ChatButton(string Text, Guid? ReconfirmAppointmentId, string? Url, OfferAnswer? Offer = null);

/// <summary>What a waiting-list offer's chat button does: accept or decline the offer <paramref name="OfferId"/>.</summary>
public sealed record OfferAnswer(Guid OfferId, bool Accept);
