using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Configuration.Memory;
using Termine.Booking.Notifications;

namespace Termine.Bot.Hosting;

public static class PublicUrlsSetup
{
    /// <summary>
    /// Development's local address as the weakest configuration source, so `dotnet run` works unconfigured; every
    /// other environment must set Termine:PublicBaseUrl (validated at start by <see cref="SiteOptionsValidation"/>).
    /// </summary>
    public static WebApplicationBuilder AddPublicUrls(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment())
        {
            var fallback = new MemoryConfigurationSource
            {
                InitialData = [new KeyValuePair<string, string?>($"{SiteOptions.SectionName}:{nameof(SiteOptions.PublicBaseUrl)}", PublicUrls.DevelopmentBaseUrl)],
            };
            builder.Configuration.Sources.Insert(0, fallback);
        }

        builder.Services.AddSingleton<PublicUrls>();
        builder.Services.AddOptions<OpenApiOptions>("v1")
            .Configure(o => o.AddDocumentTransformer<OpenApiPublicServer>());
        return builder;
    }
}
