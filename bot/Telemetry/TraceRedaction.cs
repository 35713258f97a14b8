using System.Diagnostics;
using OpenTelemetry;

namespace Termine.Bot.Telemetry;

/// <summary>
/// Takes tokens out of spans before they are exported. The residents' pages carry their token in the path
/// (/appointment/{token}, /checkin/{token}), Direct Line's socket a token in the query, and the Telegram API the bot's
/// token in the path of every call: a server span keeps the route pattern instead of the path, a client span only
/// scheme, host and port.
/// </summary>
public sealed class TraceRedaction : BaseProcessor<Activity>
{
    public override void OnEnd(Activity data)
    {
        if (data.GetTagItem("url.full") is string full && Uri.TryCreate(full, UriKind.Absolute, out var uri))
        {
            data.SetTag("url.full", uri.GetLeftPart(UriPartial.Authority));
        }

        if (data.GetTagItem("url.path") is not null)
        {
            data.SetTag("url.path", data.GetTagItem("http.route") as string);
        }

        data.SetTag("url.query", null);
    }
}
