namespace Termine.Bot.Admin.ServicePoint;

public static class ServicePointServiceCollectionExtensions
{
    /// <summary>The service point's lists, outbox view and statistics behind the staff pages.</summary>
    public static IServiceCollection AddServicePoint(this IServiceCollection services)
    {
        services.AddSingleton<AppointmentDirectory>();
        services.AddSingleton<OutboxOverview>();
        services.AddSingleton<ServicePointStatistics>();
        services.AddSingleton<Waitlist.WaitlistDirectory>();
        services.AddSingleton<Waitlist.WaitlistStatistics>();
        services.AddSingleton<Termine.Booking.Waitlist.IWaitlistObserver, Waitlist.WaitlistActionLogObserver>();
        return services;
    }
}
