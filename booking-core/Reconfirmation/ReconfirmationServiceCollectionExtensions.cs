using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Termine.Booking.Reconfirmation;

public static class ReconfirmationServiceCollectionExtensions
{
    /// <summary>Termine:Reconfirmation, checked at start, and the release of unconfirmed appointments (idle unless switched on).</summary>
    public static IServiceCollection AddReconfirmation(this IServiceCollection services)
    {
        services.AddOptions<ReconfirmationOptions>().BindConfiguration(ReconfirmationOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReconfirmationOptions>, ReconfirmationOptionsValidation>();
        services.AddSingleton<UnconfirmedRelease>();
        services.AddHostedService<UnconfirmedReleaseWorker>();
        return services;
    }
}
