namespace Termine.Bot.Admin.Access;

/// <summary>
/// The staff pages, the check-in terminal and the waiting-room display: scripts and styles from this host only, never
/// in a frame, no referrer leaving the site, and (for the staff pages, which show personal data) never cached.
/// </summary>
public static class AdminSecurityHeaders
{
    public static IApplicationBuilder UseAdminSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var path = context.Request.Path;
            if (path.StartsWithSegments("/admin") || path.StartsWithSegments("/checkin") || path.StartsWithSegments("/display"))
            {
                context.Response.OnStarting(() =>
                {
                    var headers = context.Response.Headers;
                    headers.ContentSecurityPolicy =
                        "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
                    headers.XContentTypeOptions = "nosniff";
                    headers.XFrameOptions = "DENY";
                    headers["Referrer-Policy"] = "no-referrer";
                    headers["Permissions-Policy"] = path.StartsWithSegments("/checkin") ? "camera=(self)" : "camera=(), microphone=(), geolocation=()";
                    if (path.StartsWithSegments("/admin"))
                    {
                        headers.CacheControl = "no-store";
                    }

                    return Task.CompletedTask;
                });
            }

            return next(context);
        });
}
