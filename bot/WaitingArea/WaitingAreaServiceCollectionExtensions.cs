namespace Termine.Bot.WaitingArea;

public static class WaitingAreaServiceCollectionExtensions
{
    /// <summary>The check-in terminal, the waiting-room display and their endpoints (the staff list is in Admin).</summary>
    public static IServiceCollection AddWaitingArea(this IServiceCollection services)
    {
        services.AddOptions<WaitingAreaOptions>().BindConfiguration(WaitingAreaOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
