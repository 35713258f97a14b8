namespace Termine.Bot.Admin.Transcripts.Translation;

/// <summary>The transcript translator's log events (7300–7399): statuses and failures, never the texts.</summary>
internal static partial class TranslationLog
{
    [LoggerMessage(EventId = 7301, Level = LogLevel.Warning, Message = "The translator refused a request with status {Status} (error code {Code})")]
    public static partial void TranslatorRefused(this ILogger logger, int status, int? code);

    [LoggerMessage(EventId = 7302, Level = LogLevel.Warning, Message = "The translator's answer did not match the request")]
    public static partial void TranslatorAnswerMalformed(this ILogger logger);

    [LoggerMessage(EventId = 7303, Level = LogLevel.Warning, Message = "The translator did not answer in time")]
    public static partial void TranslatorTimedOut(this ILogger logger);

    [LoggerMessage(EventId = 7304, Level = LogLevel.Warning, Message = "The translator could not be reached ({Failure})")]
    public static partial void TranslatorUnreachable(this ILogger logger, string failure);
}
