using System.Text.Json.Nodes;
using Newtonsoft.Json;

namespace Termine.Bot.Conversation;

/// <summary>
/// Lets Newtonsoft.Json (which the SDK's <c>BotState</c> and storages use) carry a System.Text.Json
/// <see cref="JsonObject"/>. Newtonsoft would otherwise walk the node tree as if it were a plain object graph.
/// </summary>
/// <remarks>
/// The object is written as one JSON string rather than as nested tokens: a string survives any Newtonsoft settings a
/// storage may use, whereas nested tokens would be exposed to its date parsing (an ISO timestamp read back as a local
/// <see cref="DateTime"/> loses its offset) and to <c>$type</c> handling.
/// </remarks>
internal sealed class JsonObjectNewtonsoftConverter : JsonConverter<JsonObject>
{
    public override void WriteJson(JsonWriter writer, JsonObject? value, JsonSerializer serializer) =>
        writer.WriteValue(value?.ToJsonString());

    public override JsonObject? ReadJson(
        JsonReader reader, Type objectType, JsonObject? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        reader.TokenType switch
        {
            JsonToken.Null => null,
            JsonToken.String => JsonNode.Parse((string)reader.Value!)?.AsObject(),
            _ => throw new JsonSerializationException($"Expected dialog state as a JSON string, found {reader.TokenType}."),
        };
}
