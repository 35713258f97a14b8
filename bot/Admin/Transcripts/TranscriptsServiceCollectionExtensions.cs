using Termine.Bot.Admin.Transcripts.Translation;

namespace Termine.Bot.Admin.Transcripts;

public static class TranscriptsServiceCollectionExtensions
{
    /// <summary>The staff's transcript list and reader, and the optional translation into German.</summary>
    public static IServiceCollection AddTranscripts(this IServiceCollection services)
    {
        services.AddSingleton<TranscriptList>();
        services.AddSingleton<TranscriptReader>();
        services.AddOptions<TranslatorOptions>().BindConfiguration(TranslatorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<AzureTranslator>();
        return services;
    }
}
