using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Termine.Booking.Appointments;
using Termine.Booking.Retention;

namespace Termine.Booking.Waitlist;

public static class WaitlistServiceCollectionExtensions
{
    /// <summary>The waiting list: joining and leaving, offers and their sweep worker, its e-mails and its retention step.</summary>
    public static IServiceCollection AddWaitlist(this IServiceCollection services)
    {
        services.AddOptions<WaitlistOptions>().BindConfiguration(WaitlistOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WaitlistOptions>, WaitlistOptionsValidation>();
        services.AddSingleton<WaitlistSignal>();
        services.AddSingleton<WaitlistEntries>();
        services.AddSingleton<WaitlistClosing>();
        services.AddSingleton<WaitlistOffers>();
        services.AddSingleton<WaitlistMailComposer>();
        services.AddSingleton<IAppointmentChangeHandler, WaitlistChangeHandler>();
        services.AddSingleton<IRetentionStep, WaitlistRetention>();
        services.AddHostedService<WaitlistWorker>();
        return services;
    }
}
