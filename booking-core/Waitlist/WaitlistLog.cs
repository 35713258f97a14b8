using Microsoft.Extensions.Logging;

namespace Termine.Booking.Waitlist;

/// <summary>The waiting list's log events (9300–9399): entries and offers by id only.</summary>
internal static partial class WaitlistLog
{
    [LoggerMessage(EventId = 9300, Level = LogLevel.Error, Message = "A waiting-list sweep failed")]
    public static partial void SweepFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 9301, Level = LogLevel.Information, Message = "Waiting-list offer {OfferId} made for service {ServiceId}")]
    public static partial void OfferMade(this ILogger logger, Guid offerId, string serviceId);

    [LoggerMessage(EventId = 9302, Level = LogLevel.Information, Message = "Waiting-list offer {OfferId} ended: {Outcome}")]
    public static partial void OfferEnded(this ILogger logger, Guid offerId, OfferOutcome outcome);

    [LoggerMessage(EventId = 9303, Level = LogLevel.Information, Message = "Waiting-list entry {EntryId} closed by the sweep: {Reason}")]
    public static partial void EntryClosed(this ILogger logger, Guid entryId, WaitlistEntryState reason);
}
