using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Termine.Booking.Appointments;
using Termine.Booking.Configuration;

namespace Termine.Booking.Notifications;

public static class NotificationsServiceCollectionExtensions
{
    /// <summary>
    /// E-mails (and chat messages where the host registers an <see cref="IChatTransport"/>) through the outbox: composed
    /// as small rows in the booking's transaction, composed and sent by a background worker; the residents' tokens derived
    /// from Termine:Tokens:Key.
    /// </summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.SectionName).ValidateDataAnnotations()
            .Validate(o => o.ReminderLeadTimes.All(l => l > TimeSpan.Zero), "Termine:Mail:ReminderLeadTimes must be positive.")
            .Validate(o => o.Smtp.Host is null || o.Smtp.Port is > 0 and < 65536, "Termine:Mail:Smtp:Port must be a port number.")
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>>(sp =>
            new CollectionValuesValidator<MailOptions>(sp.GetService<IConfiguration>(), MailOptions.SectionName));
        services.AddOptions<SiteOptions>().BindConfiguration(SiteOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SiteOptions>, SiteOptionsValidation>();
        services.AddOptions<TokenOptions>().BindConfiguration(TokenOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TokenOptions>, TokenOptionsValidation>();
        services.AddSingleton<TokenKey>();
        services.AddSingleton<AppointmentEmailComposer>();
        services.AddSingleton<OutboxComposer>();
        services.AddSingleton<AppointmentConfirmations>();
        services.AddSingleton<IAppointmentChangeHandler, AppointmentMailer>();
        services.AddSingleton<IAppointmentChangeHandler, AppointmentChatNotifier>();
        services.AddSingleton<PickupDirectoryTransport>();
        services.AddSingleton<SmtpTransport>();
        services.AddSingleton<SmtpGreeting>();
        services.AddSingleton<OutboxBacklog>();
        services.AddSingleton<IEmailTransport>(sp => string.IsNullOrWhiteSpace(sp.GetRequiredService<IOptions<MailOptions>>().Value.Smtp.Host)
            ? sp.GetRequiredService<PickupDirectoryTransport>()
            : sp.GetRequiredService<SmtpTransport>());
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }
}
