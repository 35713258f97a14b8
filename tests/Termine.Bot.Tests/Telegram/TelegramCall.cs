using System.Globalization;
using System.Text.Json.Nodes;

namespace Termine.Bot.Tests.Telegram;

/// <summary>One call the bot made: the method, its fields (JSON body or multipart form), and an uploaded file.</summary>
public sealed record TelegramCall(string Method, JsonObject Body, byte[]? File)
{
    public long? ChatId => Body["chat_id"] is { } id ? long.Parse(id.ToString(), CultureInfo.InvariantCulture) : null;

    public string Text => (Body["text"] ?? Body["caption"])?.ToString() ?? "";

    /// <summary>The inline keyboard's buttons in order: (text, callback_data, or the url of a link button).</summary>
    public IReadOnlyList<(string Text, string Data)> Buttons =>
        Body["reply_markup"]?["inline_keyboard"] is JsonArray rows
            ? rows.SelectMany(r => r!.AsArray()).Select(b => (b!["text"]!.ToString(), (b["callback_data"] ?? b["url"])!.ToString())).ToList()
            : [];
}
