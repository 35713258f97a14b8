using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Termine.Bot.Hosting;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// Posting activities and uploads: per conversation, at a pace a fast typist never reaches, and per client address
/// across its conversations, so new conversations do not buy new permits. One instance serves both endpoints, which
/// ask it after the authorization filter (so the conversation is the caller's own) and before reading the body. A
/// refusal is Direct Line's throttling answer, 429 "Throttled" with Retry-After in seconds; Web Chat marks the message
/// as not sent and offers to send it again.
/// </summary>
public sealed class DirectLinePostLimits : IDisposable
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private const int Segments = 6;

    private readonly PartitionedRateLimiter<string> _perConversation;
    private readonly PartitionedRateLimiter<string> _perAddress;

    public DirectLinePostLimits(IOptions<DirectLineOptions> options)
    {
        _perConversation = Limiter(options.Value.ActivitiesPerConversationPerMinute);
        _perAddress = Limiter(options.Value.ActivitiesPerAddressPerMinute);
    }

    /// <summary>Null when the post may go on; otherwise the refusal, with its Retry-After header set.</summary>
    public async Task<IResult?> CheckAsync(HttpContext http)
    {
        var conversationId = http.Request.RouteValues[DirectLineAuthorization.ConversationRouteValue] as string ?? "";
        using var conversation = await _perConversation.AcquireAsync(conversationId, cancellationToken: http.RequestAborted);
        if (!conversation.IsAcquired)
        {
            return Throttled(http, conversation, "Too many activities in this conversation.");
        }

        using var address = await _perAddress.AcquireAsync(ClientKeys.AddressOf(http), cancellationToken: http.RequestAborted);
        return address.IsAcquired ? null : Throttled(http, address, "Too many activities from this address.");
    }

    public void Dispose()
    {
        _perConversation.Dispose();
        _perAddress.Dispose();
    }

    private static IResult Throttled(HttpContext http, RateLimitLease lease, string message)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : Window / Segments;
        http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return DirectLineErrors.Throttled(message);
    }

    private static PartitionedRateLimiter<string> Limiter(int perMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = perMinute, Window = Window, SegmentsPerWindow = Segments, QueueLimit = 0, AutoReplenishment = true,
        }));
}
