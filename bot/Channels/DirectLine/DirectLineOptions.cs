using System.ComponentModel.DataAnnotations;
using Termine.Booking.Configuration;

namespace Termine.Bot.Channels.DirectLine;

public sealed class DirectLineOptions
{
    public const string SectionName = "Termine:DirectLine";

    /// <summary>
    /// The Direct Line secret: opens every conversation and is the root of the tokens' signing key, so every host of
    /// one installation needs the same one. From the environment only, never from the repository. Without one, a
    /// random secret is made at start: the web chat then works, but only within that one process.
    /// </summary>
    [MinLength(32)]
    public string? Secret { get; set; }

    /// <summary>How long a token is valid. Web Chat refreshes every 15 minutes, so anything shorter is for tests only.</summary>
    [TimeSpanRange("00:00:01", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Pages on other origins (e.g. the county's website) allowed to call Direct Line and the token endpoint.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Tokens per client and minute from the page's anonymous token endpoint.</summary>
    [Range(1, 100_000)]
    public int WebChatTokensPerMinute { get; set; } = 20;

    /// <summary>How long a stream stays silent before it sends an empty message (and looks for missed activities).</summary>
    [TimeSpanRange("00:00:01", "00:10:00")]
    public TimeSpan StreamKeepAlive { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The most an upload may carry, all files together; they travel inside the activity as data URLs.</summary>
    [Range(1, 16 * 1024 * 1024)]
    public int MaxUploadBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Activities one conversation may post per minute (a sliding window). A booking is about ten messages; a resident
    /// who types fast sends one every few seconds, never twenty in a minute.
    /// </summary>
    [Range(1, 100_000)]
    public int ActivitiesPerConversationPerMinute { get; set; } = 20;

    /// <summary>
    /// Activities one client address may post per minute across all its conversations (IPv6 counted by /64). Sized for
    /// a shared address (a shelter's or a library's network): about a hundred residents chatting at once.
    /// </summary>
    [Range(1, 1_000_000)]
    public int ActivitiesPerAddressPerMinute { get; set; } = 300;

    /// <summary>The longest message text a resident may send; what a resident writes is a few lines.</summary>
    [Range(100, 100_000)]
    public int MaxMessageTextLength { get; set; } = 4000;

    /// <summary>
    /// The largest posted activity, in characters as serialized (Direct Line itself allows 256K). Web Chat's message
    /// is about one thousand; the rest of the room is for channelData.
    /// </summary>
    [Range(4096, IncomingActivity.MaxChars)]
    public int MaxActivityChars { get; set; } = 32 * 1024;
}
