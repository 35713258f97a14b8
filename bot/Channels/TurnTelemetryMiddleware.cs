using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Bot.Builder;
using Termine.Booking;
using Termine.Booking.Telemetry;

namespace Termine.Bot.Channels;

/// <summary>
/// Every turn on every channel passes here first: one span around it (the booking's span, when it books, is its child),
/// one count and one duration by channel and language. The language is the one the bot answered in (its replies carry
/// the conversation's language), else the resident's locale; anything else is "unknown", so the tags stay a short list.
/// </summary>
public sealed class TurnTelemetryMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private readonly TimeProvider _time;
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _duration;

    public TurnTelemetryMiddleware(IMeterFactory meters, TimeProvider time)
    {
        _time = time;
        var meter = meters.Create(TermineTelemetry.Name);
        _turns = meter.CreateCounter<long>("termine.chat.turns", "{turn}", "Chat turns handled");
        _duration = meter.CreateHistogram<double>("termine.chat.turn.duration", "s", "How long a chat turn took, from arrival to the last reply",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30] });
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var channel = turnContext.Activity.ChannelId ?? "unknown";
        using var span = TermineTelemetry.Source.StartActivity("termine.chat.turn");
        span?.SetTag("termine.channel", channel);
        span?.SetTag("termine.activity", turnContext.Activity.Type);
        string? replyLocale = null;
        turnContext.OnSendActivities(async (_, activities, nextSend) =>
        {
            replyLocale = activities.LastOrDefault(a => a.Locale is not null)?.Locale ?? replyLocale;
            return await nextSend();
        });
        var started = _time.GetTimestamp();
        try
        {
            await next(cancellationToken);
        }
        finally
        {
            var language = Languages.TryNormalize(replyLocale ?? turnContext.Activity.Locale, out var code) ? code : "unknown";
            span?.SetTag("termine.language", language);
            var tags = new TagList { { "termine.channel", channel }, { "termine.language", language } };
            _turns.Add(1, tags);
            _duration.Record(_time.GetElapsedTime(started).TotalSeconds, tags);
        }
    }
}
