using System.Text.Json;
using System.Text.Json.Nodes;

namespace Termine.Bot.Conversation;

/// <summary>One entry of the dialog stack: which dialog, in which version, with its own persisted state.</summary>
/// <remarks>
/// State is a System.Text.Json object read and written only through <see cref="GetState{T}"/> and
/// <see cref="SetState{T}"/>, so every value comes back as the type it was stored as (no <c>Int64</c> where an
/// <c>int</c> went in).
/// </remarks>
public sealed class DialogInstance
{
    /// <summary>The id of the dialog this instance belongs to.</summary>
    public required string Id { get; set; }

    /// <summary>The dialog's <see cref="Dialog.Version"/> when the instance was begun.</summary>
    public required string Version { get; set; }

    /// <summary>The dialog's own data for this conversation.</summary>
    [Newtonsoft.Json.JsonConverter(typeof(JsonObjectNewtonsoftConverter))]
    public JsonObject State { get; set; } = [];

    /// <summary>Reads the value stored under <paramref name="key"/>, or <c>default</c> when there is none.</summary>
    public T? GetState<T>(string key) =>
        State.TryGetPropertyValue(key, out var node) && node is not null
            ? node.Deserialize<T>(DialogJson.Options)
            : default;

    /// <summary>Stores a copy of <paramref name="value"/> under <paramref name="key"/>.</summary>
    public void SetState<T>(string key, T value) =>
        State[key] = JsonSerializer.SerializeToNode(value, DialogJson.Options);
}
