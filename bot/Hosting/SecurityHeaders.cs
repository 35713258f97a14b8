namespace Termine.Bot.Hosting;

/// <summary>
/// On every response: scripts from this host only, never in a frame, no referrer leaving the site (the manage page's
/// address carries the resident's token), no sniffing. The staff pages, the check-in terminal and the waiting-room
/// display keep their strict policy; the residents' pages and the chat page allow what Web Chat needs (its inline
/// styles, data: and blob: images such as the QR code and uploads, its stream on the public ws(s) origin).
/// </summary>
public static class SecurityHeaders
{
    private const string StaffPolicy =
        "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var residentPolicy =
            "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; "
            + $"font-src 'self' data:; connect-src 'self' {app.ApplicationServices.GetRequiredService<PublicUrls>().WebSocketOrigin}; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        return app.Use((context, next) =>
        {
            var path = context.Request.Path;
            var staff = path.StartsWithSegments("/admin") || path.StartsWithSegments("/checkin") || path.StartsWithSegments("/display");
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = staff ? StaffPolicy : residentPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = path.StartsWithSegments("/checkin") ? "camera=(self)"
                    : staff ? "camera=(), microphone=(), geolocation=()"
                    // The chat's microphone button: the browser's own speech recognition.
                    : "camera=(), microphone=(self), geolocation=()";
                if (path.StartsWithSegments("/admin") || path.StartsWithSegments("/appointment"))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });

            return next(context);
        });
    }
}
