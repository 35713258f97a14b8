using Microsoft.AspNetCore.Components;

namespace Termine.Bot.Hosting;

/// <summary>
/// wwwroot as the build described it (<c>MapStaticAssets</c>): every file compressed at build time (gzip and brotli,
/// chosen by the request's Accept-Encoding), with an ETag, under its own name (<c>no-cache</c>: revalidated, for pages
/// of other sites that name <c>/webchat/termine-chat.js</c>) and under a fingerprinted name (<c>webchat.{hash}.js</c>,
/// cached for a year as immutable), which the county page and the chat's script use.
/// </summary>
public static class StaticAssets
{
    /// <summary>Marks the endpoints of wwwroot, so <see cref="UseStaticAssetEndpoints"/> can serve them early.</summary>
    private sealed class StaticAssetMarker;

    private static readonly StaticAssetMarker Marker = new();

    /// <summary>ASP.NET Core's switch for re-reading wwwroot on every request from a build output (not a published folder).</summary>
    public const string ReloadAtRuntimeKey = "ReloadStaticAssetsAtRuntime";

    public static WebApplication MapStaticAssetEndpoints(this WebApplication app)
    {
        // Off unless configured: from a build output (dotnet run, the tests) ASP.NET Core 10 otherwise takes every file
        // for changed since the build (it compares the file's time, with fractions of a second, to the manifest's whole
        // seconds) and sends it re-wrapped as uncompressed gzip under the brotli header, which browsers cannot read.
        // Without it a build output serves what a published folder serves; a changed file in wwwroot needs a build.
        if (!bool.TryParse(app.Configuration[ReloadAtRuntimeKey], out _))
        {
            app.Configuration[ReloadAtRuntimeKey] = "false";
        }

        app.MapStaticAssets().Add(endpoint => endpoint.Metadata.Add(Marker));
        return app;
    }

    /// <summary>
    /// Serves a matched static file where the pipeline used to (after the security headers, before CORS, the rate
    /// limiter and the sign-in cookie's check, which reads the staff session from the database on every request).
    /// </summary>
    public static IApplicationBuilder UseStaticAssetEndpoints(this IApplicationBuilder app) =>
        app.Use((context, next) =>
            context.GetEndpoint() is { RequestDelegate: { } serve } endpoint && endpoint.Metadata.GetMetadata<StaticAssetMarker>() is not null
                ? serve(context)
                : next(context));

    /// <summary>
    /// The fingerprinted address of a file in wwwroot (<c>webchat/webchat.js</c> → <c>/webchat/webchat.k3j…x.js</c>), for
    /// a page mapped <c>WithStaticAssets</c>; the plain address where the build did not fingerprint it.
    /// </summary>
    public static string AssetUrl(this HttpContext context, string path)
    {
        var assets = context.GetEndpoint()?.Metadata.GetMetadata<ResourceAssetCollection>();
        return "/" + (assets is null ? path : assets[path]).TrimStart('/');
    }
}
