using System.Globalization;
using Microsoft.Extensions.Options;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Notifications;
using Termine.Bot.Conversation;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Dialogs.Prompts;
using Termine.Bot.Dialogs.Replies;
using Termine.Bot.Dialogs.Services;
using Termine.Bot.State;

namespace Termine.Bot.Dialogs.Booking;

/// <summary>
/// The booking journey: service (buttons or own words), its explanation and documents, number of persons, a slot,
/// the resident's data, a summary, and the booking with its reference.
/// </summary>
public sealed class BookAppointmentDialog : ComponentDialog
{
    private const string ServicePromptId = nameof(BookAppointmentDialog) + ".Service";
    private const string ClarifyPromptId = nameof(BookAppointmentDialog) + ".Clarify";
    private const string PersonsPromptId = nameof(BookAppointmentDialog) + ".Persons";
    private const string ConfirmPromptId = nameof(BookAppointmentDialog) + ".Confirm";
    private const string StepsId = nameof(BookAppointmentDialog) + ".Steps";

    private readonly ServiceCatalog _catalog;
    private readonly ServiceMatcher _matcher;
    private readonly ConversationLanguage _language;
    private readonly BookingService _bookings;
    private readonly ConversationSummaries _summaries;
    private readonly int _maxPersons;

    public BookAppointmentDialog(
        IPromptRenderer renderer, ServiceCatalog catalog, ServiceMatcher matcher, ConversationLanguage language, BookingService bookings,
        IOptions<BookingOptions> options, ChooseSlotDialog chooseSlot, ContactDetailsDialog contactDetails, ConversationSummaries summaries)
        : base(nameof(BookAppointmentDialog))
    {
        _summaries = summaries;
        (_catalog, _matcher, _language, _bookings, _maxPersons) = (catalog, matcher, language, bookings, options.Value.MaxPersons);
        AddDialog(new WaterfallDialog<BookAppointmentValues>(StepsId,
            [AskServiceStepAsync, ClarifyServiceStepAsync, ExplainStepAsync, ChooseSlotStepAsync, ContactStepAsync, SummaryStepAsync, BookStepAsync]));
        AddDialog(new ServicePrompt(ServicePromptId, renderer, matcher, language));
        AddDialog(new ChoicePrompt(ClarifyPromptId, renderer));
        AddDialog(new NumberPrompt(PersonsPromptId, renderer, (ctx, _) => Task.FromResult(ctx.Recognized.Value >= 1 && ctx.Recognized.Value <= _maxPersons), PersonCount));
        AddDialog(new ConfirmPrompt(ConfirmPromptId, renderer, recognizer: YesNo));
        AddDialog(chooseSlot);
        AddDialog(contactDetails);
    }

    private async Task<DialogTurnResult> AskServiceStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<BookAppointmentOptions>() ?? new BookAppointmentOptions(null);
        var language = await _language.GetAsync(step.Context, cancellationToken);
        if (options.ServiceId is { } known)
        {
            return await step.NextAsync(new[] { known }, cancellationToken);
        }

        if (options.Opening is { } opening && _matcher.Match(opening, language) is { Count: > 0 } matches)
        {
            return await step.NextAsync(matches.Select(s => s.Id).ToArray(), cancellationToken);
        }

        return await step.PromptAsync(ServicePromptId, new PromptOptions
        {
            Prompt = new PromptMessage("Service.Ask") { Expecting = "service" },
            RetryPrompt = new PromptMessage("Service.Retry") { Expecting = "service" },
            Choices = _catalog.Services.Select(s => ServiceChoice(s, language)).ToList(),
            Style = ListStyle.SuggestedAction,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ClarifyServiceStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        var ids = step.ResultAs<string[]>()!;
        if (ids.Length == 1)
        {
            return await step.NextAsync(ids[0], cancellationToken);
        }

        var language = await _language.GetAsync(step.Context, cancellationToken);
        return await step.PromptAsync(ClarifyPromptId, new PromptOptions
        {
            Prompt = new PromptMessage("Service.Clarify") { Expecting = "service" },
            Choices = ids.Select(id => ServiceChoice(_catalog.Find(id)!, language)).ToList(),
            Style = ListStyle.SuggestedAction,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ExplainStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        var service = step.Result is FoundChoice found
            ? _catalog.Services.Single(s => s.Name.Values.Values.Contains(found.Value))
            : _catalog.Find(step.ResultAs<string>())!;
        var language = await _language.GetAsync(step.Context, cancellationToken);
        step.Values.ServiceId = service.Id;
        await step.Context.SendActivityAsync(DocumentsCard.For(service, language, step.Context.Activity.ChannelId), cancellationToken);
        var options = step.GetOptions<BookAppointmentOptions>();
        if (options?.Persons is { } persons)
        {
            return await step.NextAsync(persons, cancellationToken);
        }

        return await step.PromptAsync(PersonsPromptId, new PromptOptions
        {
            Prompt = new PromptMessage("Persons.Ask") { Expecting = "persons" },
            RetryPrompt = new PromptMessage("Persons.Retry", _maxPersons.ToString(CultureInfo.InvariantCulture)) { Expecting = "persons" },
            Choices = Enumerable.Range(1, 4).Select(n => new Choice(n.ToString(CultureInfo.InvariantCulture))).ToList(),
            Style = ListStyle.SuggestedAction,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ChooseSlotStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        step.Values.Persons = step.ResultAs<int>();
        return await step.BeginDialogAsync(nameof(ChooseSlotDialog), new ChooseSlotOptions(step.Values.ServiceId!, step.Values.Persons, Hold: true), cancellationToken);
    }

    private async Task<DialogTurnResult> ContactStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        if (step.Result is not ChosenSlot chosen)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        (step.Values.HoldId, step.Values.Start) = (chosen.HoldId, chosen.Start);
        return await step.BeginDialogAsync(nameof(ContactDetailsDialog), null, cancellationToken);
    }

    private async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        var person = step.ResultAs<PersonalData>()!;
        var values = step.Values;
        (values.FullName, values.BirthDate, values.Email, values.Phone) = (person.FullName, person.BirthDate, person.Email, person.Phone);
        var language = await _language.GetAsync(step.Context, cancellationToken);
        var texts = DialogTexts.Texts;
        return await step.PromptAsync(ConfirmPromptId, new PromptOptions
        {
            Prompt = new PromptMessage("Summary",
                _catalog.Find(values.ServiceId)!.Name[language],
                AppointmentEmailComposer.Texts.DateAndTime(values.Start!.Value, language),
                values.Persons.ToString(CultureInfo.InvariantCulture),
                values.FullName!,
                values.BirthDate!.Value.ToString("d", Termine.Booking.Localization.LanguageCultures.Formatting(language)),
                values.Email!,
                values.Phone ?? texts["Phone.None", language]) { Expecting = "confirm" },
            RetryPrompt = new PromptMessage("Confirm.Retry") { Expecting = "confirm" },
            Choices = [new Choice(texts["Yes", language]), new Choice(texts["No", language])],
            Style = ListStyle.SuggestedAction,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> BookStepAsync(WaterfallStepContext<BookAppointmentValues> step, CancellationToken cancellationToken)
    {
        var values = step.Values;
        var language = await _language.GetAsync(step.Context, cancellationToken);
        if (!step.ResultAs<bool>())
        {
            await _bookings.ReleaseHoldAsync(values.HoldId!.Value, cancellationToken);
            await Say(step, "Restart", language, cancellationToken);
            return await step.ReplaceDialogAsync(StepsId, new BookAppointmentOptions(null), cancellationToken);
        }

        var person = new PersonalData(values.FullName, values.BirthDate, values.Email, values.Phone, language);
        // Telegram can be written to later: the chat gets the QR code and the reminders too.
        var activity = step.Context.Activity;
        var chat = activity.ChannelId == "telegram" ? activity.Conversation.Id : null;
        var result = await _bookings.ConfirmAsync(values.HoldId!.Value, person, activity.ChannelId, chat, cancellationToken);
        switch (result)
        {
            case BookingResult.Booked booked:
                await _summaries.RecordOutcomeAsync(activity.ChannelId, activity.Conversation.Id, ConversationOutcome.Booked, booked.Appointment.Id, cancellationToken);
                await step.Context.SendActivityAsync(ReplyFactory.Say(DialogTexts.Texts.Get("Booked", language,
                    AppointmentEmailComposer.Texts.DateAndTime(booked.Appointment.Start, language), booked.Appointment.Reference, values.Email), language), cancellationToken);
                return await step.EndDialogAsync(booked.Appointment, cancellationToken);
            case BookingResult.LimitReached:
                await Say(step, "Booked.Limit", language, cancellationToken);
                await _bookings.ReleaseHoldAsync(values.HoldId!.Value, cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            default:
                await Say(step, "Booked.HoldExpired", language, cancellationToken);
                return await step.ReplaceDialogAsync(StepsId, new BookAppointmentOptions(null, values.ServiceId, values.Persons), cancellationToken);
        }
    }

    private static Task Say(DialogContext dc, string key, string language, CancellationToken cancellationToken) =>
        dc.Context.SendActivityAsync(ReplyFactory.Say(DialogTexts.Texts[key, language], language), cancellationToken);

    private static Choice ServiceChoice(ServiceDefinition service, string language) => new(service.Name[language]) { Synonyms = [service.Id] };

    private static int? PersonCount(string text) =>
        Termine.Booking.Languages.All.Select(l => Understanding.PersonCountParser.TryParse(text, l, out var n) ? n : (int?)null).FirstOrDefault(n => n is not null);

    private static bool? YesNo(string text) =>
        Termine.Booking.Languages.All.Select(l => Understanding.YesNoParser.TryParse(text, l, out var yes) ? yes : (bool?)null).FirstOrDefault(v => v is not null);
}
