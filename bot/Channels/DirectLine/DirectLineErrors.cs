namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line's ErrorResponse, <c>{"error":{"code","message"}}</c>, on every 4xx and 5xx. The codes are stable; the
/// messages are for developers and never repeat what a resident wrote.
/// </summary>
public static class DirectLineErrors
{
    public static IResult MissingAuthorization() =>
        Error(StatusCodes.Status401Unauthorized, "BadArgument", "An Authorization header with a Bearer secret or token is required.");

    public static IResult TokenExpired() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");

    public static IResult Forbidden(string message) => Error(StatusCodes.Status403Forbidden, "BadArgument", message);

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult MissingProperty(string message) => Error(StatusCodes.Status400BadRequest, "MissingProperty", message);

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found.");

    public static IResult TooLarge(string message) => Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", message);

    public static IResult Throttled(string message) => Error(StatusCodes.Status429TooManyRequests, "Throttled", message);

    public static IResult UnsupportedMediaType(string message) => Error(StatusCodes.Status415UnsupportedMediaType, "BadArgument", message);

    public static IResult BotFailed() => Error(StatusCodes.Status502BadGateway, "BotRejectedActivity", "The bot could not handle the activity.");

    private static IResult Error(int status, string code, string message) =>
        TypedResults.Json(new ErrorResponse(new ErrorBody(code, message)), statusCode: status);

    private sealed record ErrorResponse(ErrorBody Error);

    private sealed record ErrorBody(string Code, string Message);
}
