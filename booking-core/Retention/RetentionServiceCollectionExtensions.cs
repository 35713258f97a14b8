using Microsoft.Extensions.DependencyInjection;

namespace Termine.Booking.Retention;

public static class RetentionServiceCollectionExtensions
{
    /// <summary>The retention period and its worker, with the appointments' step; the host adds its own steps.</summary>
    public static IServiceCollection AddRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IRetentionStep, AppointmentAnonymiser>();
        services.AddSingleton<RetentionWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionWorker>());
        return services;
    }
}
