using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Termine.Booking;
using Termine.Booking.Catalog;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Bot.Admin;
using Termine.Bot.Admin.Access;
using Termine.Bot.Admin.ServicePoint;
using Termine.Bot.Admin.Transcripts;
using Termine.Bot.Api;
using Termine.Bot.Channels;
using Termine.Bot.Channels.DirectLine;
using Termine.Bot.Channels.Telegram;
using Termine.Bot.Dialogs;
using Termine.Bot.Legal;
using Termine.Bot.SelfService;
using Termine.Bot.State;
using Termine.Bot.Telemetry;
using Termine.Bot.WaitingArea;
using Termine.Bot.Waitlist;
using Termine.Bot.WebBooking;

namespace Termine.Bot.Hosting;

public static class HostingExtensions
{
    public static WebApplicationBuilder AddTermine(this WebApplicationBuilder builder)
    {
        builder.AddSharedAppSettings();
        builder.QuietHostUntilStarted();
        builder.UseContentRootForPaths();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, ConnectionStringValidator>();
        builder.AddPublicUrls();
        builder.AddDevelopmentTokenKey();
        builder.Services.AddReverseProxy();
        builder.AddTransportSecurity();
        builder.AddRequestBodyLimits();
        builder.Services.AddBookingCore();
        builder.Services.AddBotState();
        // First, so a turn's span and duration include its wait behind the conversation's previous turn.
        builder.Services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, TurnTelemetryMiddleware>();
        builder.Services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, SerialTurnsMiddleware>();
        // Inside the conversation's gate: the turn's one commit is done before its next turn reads.
        builder.Services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, TurnWritesMiddleware>();
        builder.Services.AddSingleton<Microsoft.Bot.Builder.IMiddleware, CardSubmitMiddleware>();
        builder.Services.AddBotConnector();
        builder.Services.AddDirectLine();
        builder.Services.AddDialogs();
        builder.AddTelegram();
        builder.AddTermineTelemetry();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddApiRateLimiting();
        builder.Services.AddApiJson();
        builder.Services.AddReadinessChecks();
        builder.Services.AddExceptionHandler<DatabaseUnavailableHandler>();
        builder.Services.AddStaffAdmin();
        builder.Services.AddTranscripts();
        builder.Services.AddServicePoint();
        builder.Services.AddWaitingArea();
        builder.Services.AddLegalPages();
        builder.Services.AddWebBooking();
        // Every page declares its own absolute route; the root is the project so each feature keeps its pages.
        builder.Services.AddRazorPages(options => options.AuthorizeStaffPages()
            .AllowBodiesUpTo(AdminServiceCollectionExtensions.PagesFolder + "/Settings", RequestBodyLimits.SettingsForm).RootDirectory = "/");
        // Arabic, Cyrillic and accented letters stay readable in the pages' source; markup characters are still encoded.
        builder.Services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return builder;
    }

    public static WebApplication MapTermine(this WebApplication app)
    {
        app.UseReverseProxy();
        app.UseRequestLog();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseTransportSecurity();
        app.UseSecurityHeaders();
        app.UseTermineMetrics();
        app.UseStaticAssetEndpoints();
        // Before the rate limiter, so a browser's preflight is answered without spending the page's token quota.
        app.UseCors();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapOpenApi();
        app.MapHealthEndpoints();
        app.MapServicesEndpoints();
        app.MapAppointmentsEndpoints();
        app.MapCheckInEndpoints();
        app.MapCalendarEndpoints();
        app.MapWaitlistEndpoints();
        app.MapWaitingAreaEndpoints();
        app.MapBotEndpoints();
        app.MapDirectLine();
        app.MapTelegram();
        app.MapStaticAssetEndpoints();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }

    /// <summary>Creates or migrates both contexts' tables: the booking core's first, as it creates the database, then the bot's.</summary>
    public static async Task MigrateDatabasesAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
    }

    /// <summary>
    /// Every options class registered with ValidateOnStart, bound and validated now, before anything else reads one, so
    /// a wrong value stops the start as one <see cref="StartupErrors"/> line and not half-way through a migration.
    /// </summary>
    public static void ValidateOptions(this WebApplication app)
    {
        ListenAddresses.Check(app.Configuration);
        app.Services.GetService<IStartupValidator>()?.Validate();
    }

    /// <summary>Creates and migrates the database before the first request, and says where things are.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        app.HostStarted();
        app.ValidateOptions();
        // The catalog file is read and checked now, so a missing file or translation stops the start as one line.
        app.Services.GetRequiredService<ServiceCatalog>();
        await app.MigrateDatabasesAsync();
        await app.Services.GetRequiredService<InitialAdministrator>().EnsureAsync(app.Lifetime.ApplicationStopping);
        if (app.Services.GetRequiredService<IOptions<BotOptions>>().Value.AllowUnauthenticated)
        {
            app.Logger.UnauthenticatedBotEndpoint();
        }
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        app.Logger.DatabaseProviderInUse(database.Provider);
        var mail = app.Services.GetRequiredService<IOptions<MailOptions>>().Value;
        if (string.IsNullOrWhiteSpace(mail.Smtp.Host))
        {
            app.Logger.MailPickupDirectory(app.Services.GetRequiredService<PickupDirectoryTransport>().Directory);
        }
    }
}
