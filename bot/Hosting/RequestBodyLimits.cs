using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Termine.Bot.Hosting;

/// <summary>
/// Kestrel refuses a body beyond <see cref="Default"/> with 413 before anything parses it; the few endpoints that
/// take more say so themselves (endpoint metadata, which routing applies before the body is read).
/// </summary>
public static class RequestBodyLimits
{
    /// <summary>Enough for every API call and resident form.</summary>
    public const long Default = 64 * 1024;

    /// <summary>A Bot Connector activity (Teams sends cards and entities along) or a Telegram update.</summary>
    public const long ChannelActivity = 512 * 1024;

    /// <summary>The staff's settings forms: one service with its texts in seven languages, form-encoded.</summary>
    public const long SettingsForm = 1024 * 1024;

    public static WebApplicationBuilder AddRequestBodyLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = Default);
        return builder;
    }

    /// <summary>A larger limit for one endpoint.</summary>
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder endpoint, long bytes) where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new RequestSizeLimitAttribute(bytes));

    /// <summary>A larger limit for the pages in one folder.</summary>
    public static RazorPagesOptions AllowBodiesUpTo(this RazorPagesOptions options, string folder, long bytes)
    {
        options.Conventions.AddFolderApplicationModelConvention(folder, page => page.EndpointMetadata.Add(new RequestSizeLimitAttribute(bytes)));
        return options;
    }

    /// <summary>
    /// A limit known only from options at request time (the Direct Line upload); call before the body is read.
    /// </summary>
    public static void AllowBody(HttpContext context, long bytes)
    {
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = bytes;
        }
    }
}
