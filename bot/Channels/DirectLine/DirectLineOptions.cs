using System.ComponentModel.DataAnnotations;

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
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Pages on other origins (e.g. the county's website) allowed to call Direct Line and the token endpoint.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Tokens per client and minute from the page's anonymous token endpoint.</summary>
    [Range(1, 100_000)]
    public int WebChatTokensPerMinute { get; set; } = 20;

    /// <summary>How long a stream stays silent before it sends an empty message (and looks for missed activities).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan StreamKeepAlive { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The most an upload may carry, all files together; they travel inside the activity as data URLs.</summary>
    [Range(1, 16 * 1024 * 1024)]
    public int MaxUploadBytes { get; set; } = 1024 * 1024;
}
