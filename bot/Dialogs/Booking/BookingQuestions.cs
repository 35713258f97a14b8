using Microsoft.Extensions.Options;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Localization;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Dialogs.Replies;

namespace Termine.Bot.Dialogs.Booking;

/// <summary>
/// The question for each field of the booking form, rendered from the form each time it is asked, so a question asked
/// again after a language switch comes with its buttons in the new language too.
/// </summary>
public sealed class BookingQuestions(IPromptRenderer renderer, ServiceCatalog catalog, IOptions<BookingOptions> options)
{
    private const int PersonButtons = 4;

    /// <summary>
    /// The services offered first, the catalog's first ones (administrators order the catalog, most asked first), with a
    /// button for all of them: on a phone five buttons fit under the question without scrolling.
    /// </summary>
    private const int MostAsked = 4;

    public async Task AskAsync(
        Microsoft.Bot.Builder.ITurnContext turnContext, BookingForm form, BookingField field, string language, bool retry, CancellationToken cancellationToken)
    {
        var (message, choices) = Question(form, field, language, retry);
        var activity = await renderer.RenderAsync(turnContext, message, choices, choices.Count > 0 ? ListStyle.SuggestedAction : ListStyle.None, retry, cancellationToken);
        activity.InputHint ??= Microsoft.Bot.Schema.InputHints.ExpectingInput;
        if (field == BookingField.Service && form.AllServices && form.Candidates.Count <= 1)
        {
            Services.ServiceListCard.Apply(activity, catalog.Services, language, turnContext.Activity.ChannelId);
        }

        await turnContext.SendActivityAsync(activity, cancellationToken);
    }

    private (PromptMessage Message, IReadOnlyList<Choice> Choices) Question(BookingForm form, BookingField field, string language, bool retry)
    {
        var texts = DialogTexts.Texts;
        var expecting = Expecting.For(field);
        switch (field)
        {
            case BookingField.Service when form.Candidates.Count > 1:
                return (new PromptMessage("Service.Clarify") { Expecting = expecting },
                    form.Candidates.Select(id => catalog.Find(id)).OfType<ServiceDefinition>().Select(s => ServiceChoice(s, language))
                        .Append(new Choice(texts["Service.More", language])).ToList());
            case BookingField.Service when form.AllServices || catalog.Services.Count <= MostAsked + 1:
                return (new PromptMessage(retry ? "Service.Retry" : form.AllServices ? "Service.AskAll" : "Service.Ask") { Expecting = expecting },
                    catalog.Services.Select(s => ServiceChoice(s, language)).ToList());
            case BookingField.Service:
                return (new PromptMessage(retry ? "Service.Retry" : "Service.AskTop") { Expecting = expecting },
                    catalog.Services.Take(MostAsked).Select(s => ServiceChoice(s, language)).Append(new Choice(texts["Service.All", language])).ToList());
            case BookingField.Persons:
                return (retry
                        ? new PromptMessage("Persons.Retry", LongDates.Number(options.Value.MaxPersons)) { Expecting = expecting }
                        : new PromptMessage("Persons.Ask") { Expecting = expecting },
                    Enumerable.Range(1, PersonButtons).Select(n => new Choice(LongDates.Number(n))).ToList());
            case BookingField.Date:
                return (new PromptMessage(retry ? "Date.Retry" : form.Hold is not null || form.Search is null && form.Asked == BookingField.Slot ? "Date.AskAgain" : "Date.Ask") { Expecting = expecting }, []);
            case BookingField.Slot:
                return (new PromptMessage(retry ? "Slots.Retry" : form.OfferIntro is null ? "Slots.Offer" : "Slots.Which") { Expecting = expecting },
                    form.Offered.Select(s => SlotChoices.For(s, language)).Append(new Choice(texts["Slots.Other", language])).ToList());
            case BookingField.Name:
                return (new PromptMessage(retry ? "Name.Retry" : "Name.Ask") { Expecting = expecting }, []);
            case BookingField.BirthDate:
                return (new PromptMessage(retry ? "BirthDate.Retry" : "BirthDate.Ask") { Expecting = expecting }, []);
            case BookingField.Companion:
                return (new PromptMessage(retry ? "Companion.Retry" : "Companion.Ask", LongDates.Number(form.Companions.Count + 2)) { Expecting = expecting }, []);
            case BookingField.Email:
                return (new PromptMessage(retry ? "Email.Retry" : "Email.Ask") { Expecting = expecting }, []);
            case BookingField.Phone:
                return (new PromptMessage(retry ? "Phone.Retry" : "Phone.Ask") { Expecting = expecting }, [new Choice(texts["Phone.None", language])]);
            case BookingField.Change:
                return (new PromptMessage("Change.Ask") { Expecting = expecting }, []);
            default:
                return (retry ? new PromptMessage("Confirm.Retry") { Expecting = expecting } : Summary(form, language),
                    [new Choice(texts["Yes", language]), new Choice(texts["No", language])]);
        }
    }

    private PromptMessage Summary(BookingForm form, string language)
    {
        var texts = DialogTexts.Texts;
        string[] args =
        [
            catalog.Find(form.ServiceId)?.Name[language] ?? "",
            AppointmentTimes.DateAndTime(form.Hold!.Start, language),
            LongDates.Number(form.Persons ?? 1),
            Bidi.Isolate(form.FullName!),
            LongDates.Format(form.BirthDate!.Value, language),
            Bidi.Ltr(form.Email!, language),
            form.Phone is { } phone ? Bidi.Ltr(phone, language) : texts["Phone.None", language],
        ];
        return form.Companions.Count == 0
            ? new PromptMessage("Summary", args) { Expecting = Expecting.For(BookingField.Confirm) }
            : new PromptMessage("Summary.Family",
                [.. args, string.Join("\n", form.Companions.Select(c => $"– {Bidi.Isolate(c.FullName)}, {LongDates.Format(c.BirthDate, language)}"))])
            {
                Expecting = Expecting.For(BookingField.Confirm),
            };
    }

    private static Choice ServiceChoice(ServiceDefinition service, string language) => new(service.Name[language]) { Synonyms = [service.Id] };
}
