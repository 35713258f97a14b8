using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Termine.Bot.Tests.Telegram;

/// <summary>
/// A stand-in for the Telegram Bot API on loopback, answering as the real one does: <c>POST /bot{token}/{method}</c>
/// with a JSON or multipart body, <c>{"ok":true,"result":…}</c> shaped like Telegram's (a Message for sendMessage and
/// sendPhoto), long-polled getUpdates with offsets, and Telegram's error shape for a wrong token or a blocked chat.
/// </summary>
public sealed class TelegramApiStandIn : IAsyncDisposable
{
    public const string Token = "123456:TEST-token_for-stand-in";
    public const long BotId = 123456;

    private readonly WebApplication _app;
    private readonly Lock _lock = new();
    private readonly List<JsonObject> _pendingUpdates = [];
    private readonly SemaphoreSlim _updateArrived = new(0);
    private int _nextMessageId = 1;

    private TelegramApiStandIn(WebApplication app) => _app = app;

    /// <summary>Known once the server listens (on a port the system chose).</summary>
    public string BaseUrl { get; private set; } = "";

    public ConcurrentQueue<TelegramCall> Calls { get; } = new();

    /// <summary>Chats whose user blocked the bot: Telegram answers 403 Forbidden.</summary>
    public ConcurrentDictionary<long, bool> BlockedChats { get; } = new();

    public static async Task<TelegramApiStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var standIn = new TelegramApiStandIn(app);
        app.MapPost("/bot{token}/{method}", standIn.HandleAsync);
        await app.StartAsync();
        standIn.BaseUrl = app.Urls.Single().TrimEnd('/');
        return standIn;
    }

    public IReadOnlyList<TelegramCall> CallsTo(long chatId) => Calls.Where(c => c.ChatId == chatId).ToList();

    /// <summary>Queues an update for getUpdates (polling mode), as Telegram keeps them until an offset confirms them.</summary>
    public void QueueUpdate(JsonObject update)
    {
        lock (_lock)
        {
            _pendingUpdates.Add(update);
        }

        _updateArrived.Release();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> HandleAsync(string token, string method, HttpRequest request)
    {
        if (token != Token)
        {
            return Error(401, "Unauthorized");
        }

        var (body, file) = await ReadAsync(request);
        var call = new TelegramCall(method, body, file);
        Calls.Enqueue(call);
        if (call.ChatId is { } chat && BlockedChats.ContainsKey(chat))
        {
            return Error(403, "Forbidden: bot was blocked by the user");
        }

        return method switch
        {
            "getMe" => Ok(BotUser()),
            "sendMessage" => Ok(Message(call, new JsonObject { ["text"] = call.Text, ["reply_markup"] = body["reply_markup"]?.DeepClone() })),
            "sendPhoto" => Ok(Message(call, new JsonObject
            {
                ["photo"] = new JsonArray(new JsonObject { ["file_id"] = $"photo-{Guid.NewGuid():N}", ["file_unique_id"] = "u1", ["width"] = 400, ["height"] = 400, ["file_size"] = file?.Length ?? 0 }),
                ["caption"] = body["caption"]?.DeepClone(),
            })),
            "answerCallbackQuery" or "setWebhook" or "deleteWebhook" => Ok(true),
            "getUpdates" => Ok(await UpdatesAsync(body)),
            _ => Error(404, "Not Found: method not found"),
        };
    }

    private async Task<JsonArray> UpdatesAsync(JsonObject body)
    {
        var offset = body["offset"]?.GetValue<int>() ?? 0;
        var timeout = TimeSpan.FromSeconds(body["timeout"]?.GetValue<int>() ?? 0);
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            lock (_lock)
            {
                _pendingUpdates.RemoveAll(u => u["update_id"]!.GetValue<int>() < offset);
                if (_pendingUpdates.Count > 0 || DateTime.UtcNow >= deadline)
                {
                    return new JsonArray(_pendingUpdates.Select(u => (JsonNode)u.DeepClone()).ToArray());
                }
            }

            var left = deadline - DateTime.UtcNow;
            await _updateArrived.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        }
    }

    private JsonObject Message(TelegramCall call, JsonObject content)
    {
        var message = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _nextMessageId),
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = call.ChatId, ["type"] = "private" },
            ["from"] = BotUser(),
        };
        foreach (var (key, value) in content.Where(p => p.Value is not null).ToList())
        {
            content.Remove(key);
            message[key] = value;
        }

        return message;
    }

    private static JsonObject BotUser() =>
        new() { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Termine", ["username"] = "termine_test_bot" };

    private static async Task<(JsonObject Body, byte[]? File)> ReadAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            var fields = new JsonObject();
            foreach (var (key, value) in form)
            {
                var text = value.ToString();
                fields[key] = text.StartsWith('{') || text.StartsWith('[') ? JsonNode.Parse(text) : text;
            }

            byte[]? file = null;
            if (form.Files.Count > 0)
            {
                using var content = new MemoryStream();
                await form.Files[0].CopyToAsync(content);
                file = content.ToArray();
            }

            return (fields, file);
        }

        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync();
        return (string.IsNullOrWhiteSpace(json) ? [] : JsonNode.Parse(json)!.AsObject(), null);
    }

    private static IResult Ok(JsonNode? result) =>
        Results.Text(new JsonObject { ["ok"] = true, ["result"] = result }.ToJsonString(), "application/json");

    private static IResult Error(int code, string description) =>
        Results.Text(new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description }.ToJsonString(), "application/json", statusCode: code);
}
