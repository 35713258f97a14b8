using System.Collections.Concurrent;
using Termine.Booking.Notifications;

namespace Termine.Booking.Tests.Notifications;

/// <summary>A chat channel as the host would plug it in: keeps what it was given, or fails as told.</summary>
public sealed class FakeChatTransport : IChatTransport
{
    public const string Name = "chat";

    public string Channel => Name;

    public ConcurrentQueue<ChatMessage> Sent { get; } = new();

    /// <summary>Thrown by the next sends while set.</summary>
    public Exception? Failure { get; set; }

    public Task SendAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        if (Failure is { } failure)
        {
            throw failure;
        }

        Sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
