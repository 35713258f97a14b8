namespace Termine.Booking.Notifications;

/// <summary>A message into a resident's chat: the chat's address on its channel, the text, and optionally a picture.</summary>
/// <param name="Photo">A PNG (the check-in QR code) sent with <paramref name="Text"/> as its caption.</param>
public sealed record ChatMessage(string Address, string Text, byte[]? Photo);
