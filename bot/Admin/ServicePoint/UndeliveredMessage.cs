using Termine.Booking.Notifications;

namespace Termine.Bot.Admin.ServicePoint;

/// <summary>A message that has not gone out, with what staff need to act and nothing of its content or address.</summary>
public sealed record UndeliveredMessage(
    Guid Id,
    MessageKind Kind,
    string Channel,
    OutboxStatus Status,
    Guid AppointmentId,
    string? Reference,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    string? LastError,
    bool CanRetry);
