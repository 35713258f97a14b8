using System.Globalization;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// Ids as the real service shapes them: activity ids are the conversation id, "|" and seven digits; the watermark is
/// the sequence number as a string. Conversation and user ids are random and URL-safe, because directlinejs puts them
/// into URLs without encoding.
/// </summary>
public static class DirectLineIds
{
    public static string NewConversationId() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(16));

    /// <summary>"dl_" marks a user id the channel vouches for: Web Chat takes it from the token and trusts no other.</summary>
    public static string NewUserId() => "dl_" + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(12));

    public static string ActivityId(string conversationId, long sequence) =>
        $"{conversationId}|{sequence.ToString("D7", CultureInfo.InvariantCulture)}";

    public static string Watermark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Empty, missing or "-" (seen from the real service) mean "from the start"; otherwise a sequence number. Starting
    /// from the beginning loses nothing: clients drop activities they already have by id.
    /// </summary>
    public static bool TryParseWatermark(string? watermark, out long sequence)
    {
        sequence = 0;
        return string.IsNullOrEmpty(watermark) || watermark == "-"
            || (long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out sequence) && sequence >= 0);
    }
}
