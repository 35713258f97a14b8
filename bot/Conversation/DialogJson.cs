using System.Text.Json;
using System.Text.Json.Serialization;

namespace Termine.Bot.Conversation;

/// <summary>The one set of System.Text.Json options for everything stored in dialog state.</summary>
internal static class DialogJson
{
    /// <summary>
    /// Web defaults (camelCase); enums as names so that reordering an enum between deploys cannot change the meaning
    /// of state that was stored before.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
