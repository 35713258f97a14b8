using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using Termine.Bot.Channels;

namespace Termine.Testing.Conversations;

/// <summary>
/// Talks to the host's bot through the SDK's turn pipeline (TestAdapter with the host's middleware, error handler,
/// storage and transcript store), as a resident on one channel would. A new driver over a new host with the same
/// conversation id continues the same conversation, as after a restart.
/// </summary>
public sealed class ConversationDriver
{
    private readonly IServiceProvider _services;
    private readonly TestAdapter _adapter;

    public ConversationDriver(IServiceProvider services, string conversationId, string locale, string channelId = "webchat")
    {
        _services = services;
        Locale = locale;
        _adapter = new TestAdapter(new ConversationReference
        {
            ChannelId = channelId,
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
    }

    public string Locale { get; }

    /// <summary>The last reply of the last turn: the question the bot waits on.</summary>
    public IMessageActivity? Last { get; private set; }

    public Task<IReadOnlyList<IMessageActivity>> SendAsync(string text) =>
        SendActivityAsync(MessageFactory.Text(text) is var message ? (Activity)message : throw new InvalidOperationException());

    public async Task<IReadOnlyList<IMessageActivity>> SendActivityAsync(Activity activity)
    {
        activity.Locale ??= Locale;
        var bot = _services.GetRequiredService<IBot>();
        await _adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, CancellationToken.None);
        var replies = new List<IMessageActivity>();
        while (_adapter.GetNextReply() is { } reply)
        {
            if (reply.Type == ActivityTypes.Message)
            {
                replies.Add((IMessageActivity)reply);
            }
        }

        Last = replies.LastOrDefault();
        return replies;
    }

    /// <summary>What the last question waits for (<c>channelData.expecting</c>).</summary>
    public string? Expecting => Last?.ChannelData is JObject data ? data["expecting"]?.ToString() : null;

    /// <summary>The slots the last question offered (<c>channelData.slots</c>).</summary>
    public IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> OfferedSlots =>
        Last?.ChannelData is JObject data && data["slots"] is JArray slots
            ? slots.Select(s => (DateTimeOffset.Parse(s["start"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture), DateTimeOffset.Parse(s["end"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture))).ToList()
            : [];
}
