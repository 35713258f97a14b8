using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Termine.Booking.Catalog;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;

namespace Termine.Bot.Hosting;

/// <summary>
/// Where Termine looks for its files, whatever the working folder: the content root is the folder of the binaries
/// (a build output or a <c>dotnet publish</c> folder), unless <c>--contentRoot</c>, <c>ASPNETCORE_CONTENTROOT</c> or
/// <c>DOTNET_CONTENTROOT</c> names another. Every relative path in configuration — the SQLite file, the mail pickup
/// folder, the catalog — is taken from the content root, and the web root is its <c>wwwroot</c>.
/// </summary>
public static class ContentRoot
{
    /// <summary>Without this the host would take the working folder, and a service started from / would serve no files.</summary>
    public static WebApplicationOptions Options(string[] args)
    {
        var explicitRoot = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[HostDefaults.ContentRootKey];
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = string.IsNullOrWhiteSpace(explicitRoot) ? AppContext.BaseDirectory : null,
        };
    }

    /// <summary>The content root's rule for relative paths in configuration, and the web root of a build output.</summary>
    public static WebApplicationBuilder UseContentRootForPaths(this WebApplicationBuilder builder)
    {
        var root = builder.Environment.ContentRootPath;
        builder.Services.PostConfigure<CatalogOptions>(o => o.Path = Resolve(root, o.Path));
        builder.Services.PostConfigure<MailOptions>(o => o.PickupDirectory = Resolve(root, o.PickupDirectory));
        builder.Services.PostConfigure<DatabaseOptions>(o => o.ConnectionString = ResolveSqliteFile(root, o));

        // A build output has no wwwroot of its own: its runtime manifest points at the project's wwwroot and the copied
        // web chat bundle. Development reads it anyway; a published folder has its wwwroot and no manifest.
        var manifest = Path.Combine(AppContext.BaseDirectory, $"{builder.Environment.ApplicationName}.staticwebassets.runtime.json");
        if (!builder.Environment.IsDevelopment() && File.Exists(manifest))
        {
            builder.WebHost.UseStaticWebAssets();
        }

        return builder;
    }

    private static string Resolve(string root, string path) =>
        string.IsNullOrWhiteSpace(path) ? path : Path.GetFullPath(path, root);

    /// <summary>A connection string that does not parse is left as it is, for <see cref="ConnectionStringValidator"/> to name.</summary>
    private static string? ResolveSqliteFile(string root, DatabaseOptions options)
    {
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            return options.ConnectionString;
        }

        SqliteConnectionStringBuilder sqlite;
        try
        {
            sqlite = new SqliteConnectionStringBuilder(
                string.IsNullOrWhiteSpace(options.ConnectionString) ? DatabaseOptions.DefaultSqliteConnectionString : options.ConnectionString);
        }
        catch (ArgumentException)
        {
            return options.ConnectionString;
        }

        if (sqlite.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(sqlite.DataSource) && !sqlite.DataSource.StartsWith(':'))
        {
            sqlite.DataSource = Path.GetFullPath(sqlite.DataSource, root);
        }

        return sqlite.ToString();
    }
}
