using Termine.Bot.Hosting;

namespace Termine.Bot.Channels.DirectLine;

public static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    /// <summary>The CORS policy of Direct Line and the page's token endpoint: the configured origins only.</summary>
    public const string CorsPolicy = "directline";

    /// <summary>
    /// Direct Line 3.0 under /v3/directline, as the official Web Chat and botframework-directlinejs call it, and the
    /// page's token endpoint. Every REST call is authorised by <see cref="DirectLineAuthorization"/>; the stream by the
    /// token in its URL.
    /// </summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        if (app.Services.GetRequiredService<DirectLineKeys>().IsGenerated)
        {
            app.Logger.SecretGenerated();
        }

        app.UseWebSockets();
        var directLine = app.MapGroup(BasePath).WithTags("DirectLine").ExcludeFromDescription().RequireCors(CorsPolicy);
        directLine.MapDirectLineStreamEndpoints();
        var authorized = directLine.MapGroup("").AddEndpointFilter<DirectLineAuthorization>();
        authorized.MapDirectLineTokenEndpoints();
        authorized.MapDirectLineConversationEndpoints();
        authorized.MapDirectLineActivityEndpoints();
        authorized.MapDirectLineUploadEndpoints();
        app.MapWebChatTokenEndpoints();
        return app;
    }

    /// <summary>A conversation id as logs may show it.</summary>
    internal static string ForLog(string conversationId) => ClientKeys.For("directline", conversationId);
}
