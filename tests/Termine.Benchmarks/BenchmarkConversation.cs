using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Termine.Bot.Channels;

namespace Termine.Benchmarks;

/// <summary>
/// One resident's conversation through the SDK's turn pipeline, as tests/Termine.Testing/Conversations/ConversationDriver
/// does it: the SDK's <see cref="TestAdapter"/> with the host's middleware (one turn at a time per conversation, the
/// transcript logger) and turn-error handler, and the host's <see cref="IBot"/>. The replies a turn sends are queued
/// by the adapter; <see cref="TakeReplies"/> collects them after the measured turn.
/// </summary>
public sealed class BenchmarkConversation
{
    private readonly TestAdapter _adapter;
    private readonly IBot _bot;

    public BenchmarkConversation(IServiceProvider services, string conversationId, string locale)
    {
        Locale = locale;
        _adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = "webchat",
            ServiceUrl = "https://test.example/",
            Conversation = new ConversationAccount(id: conversationId),
            User = new ChannelAccount("resident-1", "Resident", RoleTypes.User),
            Bot = new ChannelAccount("termine-bot", "Termine", RoleTypes.Bot),
            Locale = locale,
        });
        foreach (var middleware in services.GetServices<IMiddleware>())
        {
            _adapter.Use(middleware);
        }

        _adapter.OnTurnError = services.GetRequiredService<TurnErrorHandler>().HandleAsync;
        // TermineBot is transient in the host (one per request); one instance serves every turn here, as it holds nothing.
        _bot = services.GetRequiredService<IBot>();
    }

    public string Locale { get; }

    /// <summary>The last reply of the last collected turn: the question the bot waits on.</summary>
    public IMessageActivity? Last { get; private set; }

    /// <summary>All activities the bot sent in the collected turns (messages and any others), as the transcript logs them.</summary>
    public int SentActivities { get; private set; }

    /// <summary>What the last question waits for (<c>channelData.expecting</c>).</summary>
    public string? Expecting => Last?.ChannelData is JObject data ? data["expecting"]?.ToString() : null;

    /// <summary>The offered slots of the last question (<c>channelData.slots</c>).</summary>
    public int OfferedSlots => Last?.ChannelData is JObject data && data["slots"] is JArray slots ? slots.Count : 0;

    /// <summary>One turn: the resident's message in, the bot's replies queued. The measured part.</summary>
    public Task SendAsync(string text)
    {
        var activity = (Activity)MessageFactory.Text(text);
        activity.Locale = Locale;
        return _adapter.ProcessActivityAsync(activity, _bot.OnTurnAsync, CancellationToken.None);
    }

    /// <summary>The message replies the last turns queued.</summary>
    public IReadOnlyList<IMessageActivity> TakeReplies()
    {
        var replies = new List<IMessageActivity>();
        SentActivities = 0;
        while (_adapter.GetNextReply() is { } reply)
        {
            SentActivities++;
            if (reply.Type == ActivityTypes.Message)
            {
                replies.Add((IMessageActivity)reply);
            }
        }

        Last = replies.LastOrDefault() ?? Last;
        return replies;
    }

    /// <summary>A whole turn with its replies, for the set-up.</summary>
    public async Task<IReadOnlyList<IMessageActivity>> SayAsync(string text)
    {
        await SendAsync(text);
        return TakeReplies();
    }
}
