using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.CheckIn;
using Termine.Booking.Configuration;
using Termine.Booking.Notifications;
using Termine.Booking.Office;
using Termine.Booking.Persistence;
using Termine.Booking.Reconfirmation;
using Termine.Booking.Retention;
using Termine.Booking.Scheduling;
using Termine.Booking.Settings;
using Termine.Booking.Telemetry;
using Termine.Booking.WaitingArea;
using Termine.Booking.Waitlist;

namespace Termine.Booking;

public static class BookingCoreServiceCollectionExtensions
{
    /// <summary>The booking core: catalog, office calendar, appointments and their database.</summary>
    public static IServiceCollection AddBookingCore(this IServiceCollection services)
    {
        services.TryAddTimeProvider();
        services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SchedulingOptions>, SchedulingOptionsValidator>();
        services.AddSingleton<IValidateOptions<SchedulingOptions>>(sp =>
            new CollectionValuesValidator<SchedulingOptions>(sp.GetService<IConfiguration>(), SchedulingOptions.SectionName));
        services.AddOptions<BookingOptions>().BindConfiguration(BookingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CatalogOptions>().BindConfiguration(CatalogOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OfficeOptions>().BindConfiguration(OfficeOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OfficeOptions>, OfficeOptionsValidation>();

        services.AddSingleton(sp =>
        {
            var path = sp.GetRequiredService<IOptions<CatalogOptions>>().Value.Path;
            var scheduling = sp.GetRequiredService<IOptionsMonitor<SchedulingOptions>>().CurrentValue;
            return CatalogLoader.Load(
                Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path),
                scheduling.Desks.Keys.ToHashSet(),
                (int)scheduling.SlotUnit.TotalMinutes);
        });
        services.AddSingleton<OfficeClock>();
        services.AddSingleton<HolidayCalendar>();
        services.AddSingleton<SlotGrid>();
        services.AddSingleton<BookingHorizon>();
        services.AddSingleton<SlotFinder>();
        services.AddSingleton<BookingValidator>();
        services.AddSingleton<BookingService>();
        services.AddSingleton<AppointmentChanges>();
        services.AddSingleton<CheckInService>();
        services.AddSingleton<WaitingList>();
        services.AddMetrics();
        services.AddSingleton<OutboxGauges>();
        services.AddSingleton<BookingMetrics>();
        services.AddSingleton<BookingTelemetry>();
        services.AddSingleton<IAppointmentChangeHandler>(sp => sp.GetRequiredService<BookingTelemetry>());

        services.AddSettings();
        services.AddNotifications();
        services.AddReconfirmation();
        services.AddRetention();
        services.AddWaitlist();
        services.AddBookingPersistence();
        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
