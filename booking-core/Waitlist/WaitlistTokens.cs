using Termine.Booking.Appointments;

namespace Termine.Booking.Waitlist;

/// <summary>The waiting list's tokens, derived from <see cref="TokenKey"/> like the appointments' (only their hashes are stored).</summary>
public static class WaitlistTokens
{
    public const string OfferPurpose = "waitlist-offer";

    public const string LeavePurpose = "waitlist-leave";

    /// <summary>Longer strings are no token of ours; refused before anything is hashed or looked up.</summary>
    public const int MaxLength = 64;

    public static string Offer(TokenKey key, Guid offerId) => key.Derive(offerId, OfferPurpose);

    public static string Leave(TokenKey key, Guid entryId) => key.Derive(entryId, LeavePurpose);

    public static byte[]? HashOf(string? token) =>
        string.IsNullOrEmpty(token) || token.Length > MaxLength ? null : AccessToken.Hash(token);
}
