using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// Activities as JSON, the way the Bot Framework SDK writes them (Newtonsoft, nulls left out). Strings that look like
/// dates stay strings, so a client's channelData reaches the bot and comes back exactly as it was sent.
/// </summary>
public static class ActivityJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 64,
    };

    private static readonly JsonSerializer Serializer = JsonSerializer.Create(Settings);

    /// <summary>A JSON object, or null for anything else; malformed JSON throws <see cref="JsonException"/>.</summary>
    public static JObject? Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = 64 };
        var token = JToken.ReadFrom(reader);
        // Trailing content after the object is as malformed as a missing brace.
        return reader.Read() ? throw new JsonReaderException("Unexpected content after the activity.") : token as JObject;
    }

    public static Activity ToActivity(JObject json) => json.ToObject<Activity>(Serializer)!;

    public static JObject FromActivity(Activity activity) => JObject.FromObject(activity, Serializer);

    /// <summary>An ActivitySet: the stored activities as they are, and the watermark as a string (directlinejs keeps only a truthy one).</summary>
    public static string ActivitySet(IReadOnlyList<string> activities, long watermark)
    {
        var json = new StringBuilder("{\"activities\":[");
        json.AppendJoin(',', activities);
        return json.Append("],\"watermark\":\"").Append(DirectLineIds.Watermark(watermark)).Append("\"}").ToString();
    }
}
