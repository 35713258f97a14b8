using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Termine.Bot.Channels.Telegram;

namespace Termine.Bot.Tests.Telegram;

/// <summary>
/// A resident in a private Telegram chat with the bot, as Telegram delivers them to the webhook: each message or
/// button press is an update posted with the secret header; the bot's answers are read from the Bot API stand-in.
/// A button press carries the message the keyboard hung on, keyboard included, as Telegram's callback queries do.
/// </summary>
public sealed class TelegramResident(HttpClient host, TelegramApiStandIn api, long chatId, string languageCode, string secret)
{
    private static int s_nextUpdateId = 10_000;
    private static int s_nextMessageId = 50_000;

    public long ChatId => chatId;

    /// <summary>The bot's last message with buttons: the question waiting for an answer.</summary>
    public TelegramCall? LastKeyboard { get; private set; }

    public static int NextUpdateId() => Interlocked.Increment(ref s_nextUpdateId);

    public JsonObject User() => new() { ["id"] = chatId, ["is_bot"] = false, ["first_name"] = "Resident", ["language_code"] = languageCode };

    public JsonObject MessageUpdate(string text) => new()
    {
        ["update_id"] = NextUpdateId(),
        ["message"] = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref s_nextMessageId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private", ["first_name"] = "Resident" },
            ["from"] = User(),
            ["text"] = text,
        },
    };

    public Task<IReadOnlyList<TelegramCall>> SayAsync(string text) => PostAsync(MessageUpdate(text));

    /// <summary>Presses the button of the last keyboard that <paramref name="which"/> picks.</summary>
    public Task<IReadOnlyList<TelegramCall>> PressAsync(Func<IReadOnlyList<(string Text, string Data)>, (string Text, string Data)> which)
    {
        var keyboard = LastKeyboard ?? throw new InvalidOperationException("The bot offered no buttons.");
        var (_, data) = which(keyboard.Buttons);
        return PostAsync(new JsonObject
        {
            ["update_id"] = NextUpdateId(),
            ["callback_query"] = new JsonObject
            {
                ["id"] = $"cb-{Guid.NewGuid():N}",
                ["from"] = User(),
                ["chat_instance"] = $"ci-{chatId}",
                ["data"] = data,
                ["message"] = new JsonObject
                {
                    ["message_id"] = Interlocked.Increment(ref s_nextMessageId),
                    ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
                    ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
                    ["from"] = new JsonObject { ["id"] = TelegramApiStandIn.BotId, ["is_bot"] = true, ["first_name"] = "Termine" },
                    ["text"] = keyboard.Text,
                    ["reply_markup"] = keyboard.Body["reply_markup"]!.DeepClone(),
                },
            },
        });
    }

    public Task<IReadOnlyList<TelegramCall>> PressAsync(int index) => PressAsync(buttons => buttons[index]);

    /// <summary>Posts one update to the webhook; returns the bot's calls into this chat while it was handled.</summary>
    public async Task<IReadOnlyList<TelegramCall>> PostAsync(JsonObject update, string? secretOverride = null)
    {
        var before = api.CallsTo(chatId).Count;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/" + TelegramEndpoints.WebhookPath) { Content = JsonContent.Create(update) };
        request.Headers.Add(TelegramEndpoints.SecretHeader, secretOverride ?? secret);
        using var response = await host.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var calls = api.CallsTo(chatId).Skip(before).ToList();
        LastKeyboard = calls.LastOrDefault(c => c.Method == "sendMessage") is { Buttons.Count: > 0 } question ? question : null;
        return calls;
    }
}
