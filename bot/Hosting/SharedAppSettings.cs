using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Termine.Bot.Hosting;

public static class SharedAppSettings
{
    /// <summary>
    /// The repository's one appsettings.json, copied next to the binaries, as the first and so weakest source:
    /// environment settings, user secrets and environment variables override it, for `dotnet run` and publish alike.
    /// </summary>
    public static IHostApplicationBuilder AddSharedAppSettings(this IHostApplicationBuilder builder)
    {
        var source = new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Path = "appsettings.shared.json",
            Optional = false,
            ReloadOnChange = false,
        };
        builder.Configuration.Sources.Insert(0, source);
        return builder;
    }
}
