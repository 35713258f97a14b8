using Microsoft.Extensions.Options;
using Termine.Booking;
using Termine.Booking.Persistence;
using Termine.Bot.Api;

namespace Termine.Bot.Hosting;

public static class HostingExtensions
{
    public static WebApplicationBuilder AddTermine(this WebApplicationBuilder builder)
    {
        builder.AddSharedAppSettings();
        builder.Services.AddBookingCore();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddApiRateLimiting();
        builder.Services.AddDatabaseHealthCheck();
        return builder;
    }

    public static WebApplication MapTermine(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseRateLimiter();
        app.MapOpenApi();
        app.MapHealthEndpoints();
        app.MapServicesEndpoints();
        app.MapAppointmentsEndpoints();
        return app;
    }

    /// <summary>Creates and migrates the database before the first request, and says where things are.</summary>
    public static async Task PrepareAsync(this WebApplication app)
    {
        await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(app.Lifetime.ApplicationStopping);
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        app.Logger.LogInformation("Database: {Provider}", database.Provider);
    }
}
