using Microsoft.Extensions.Options;

namespace Termine.Bot.Legal;

public static class LegalServiceCollectionExtensions
{
    /// <summary>The imprint, privacy notice and accessibility statement's facts, checked at start.</summary>
    public static IServiceCollection AddLegalPages(this IServiceCollection services)
    {
        services.AddOptions<LegalOptions>().BindConfiguration(LegalOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LegalOptions>, LegalOptionsValidation>();
        return services;
    }
}
