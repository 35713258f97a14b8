using Microsoft.Bot.Builder;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Dialogs.Booking;
using Termine.Bot.Dialogs.Replies;
using Termine.Bot.Dialogs.Services;
using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Dialogs;

public static class DialogsServiceCollectionExtensions
{
    /// <summary>The resident's journey: the dialogs (stateless singletons), their understanding and rendering.</summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.AddSingleton<ConversationLanguage>();
        services.AddSingleton<OfficeDetails>();
        services.AddSingleton<IPromptRenderer, DialogPromptRenderer>();
        services.AddSingleton<Channels.ITurnApology, TurnApology>();
        services.AddSingleton<ServiceMatcher>();
        services.AddSingleton<DateWishParser>();
        services.AddSingleton<Questions.QuestionAnswers>();
        services.AddSingleton<Booking.Offers.SlotOffers>();
        services.AddSingleton<ChooseSlotDialog>();
        services.AddSingleton<MessageReader>();
        services.AddSingleton<FormFiller>();
        services.AddSingleton<BookingQuestions>();
        services.AddSingleton<SlotOfferer>();
        services.AddSingleton<BookAppointmentDialog>();
        services.AddSingleton<Waitlist.WaitlistDialog>();
        services.AddSingleton<DocumentsDialog>();
        services.AddSingleton<ManageAppointmentDialog>();
        services.AddSingleton<MainDialog>();
        services.AddTransient<IBot, TermineBot>();
        services.AddHostedService<RecognizerWarmUp>();
        return services;
    }
}
