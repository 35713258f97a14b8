using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Settings;

public static class SettingsServiceCollectionExtensions
{
    /// <summary>
    /// The catalog and calendar as administrators edit them: the current calendar replaces the configured
    /// <c>IOptions&lt;SchedulingOptions&gt;</c>, and every host follows the stored versions.
    /// </summary>
    public static IServiceCollection AddSettings(this IServiceCollection services)
    {
        services.AddSingleton<SchedulingSource>();
        services.AddSingleton<IOptions<SchedulingOptions>>(sp => sp.GetRequiredService<SchedulingSource>());
        services.AddSingleton<SettingsStore>();
        services.AddSingleton<CatalogEditor>();
        services.AddSingleton<CalendarEditor>();
        services.AddSingleton<SettingsRefresher>();
        services.AddHostedService(sp => sp.GetRequiredService<SettingsRefresher>());
        return services;
    }
}
