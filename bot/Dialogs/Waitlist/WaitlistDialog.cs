using Microsoft.Bot.Schema;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Localization;
using Termine.Booking.Scheduling;
using Termine.Booking.Waitlist;
using Termine.Bot.Conversation;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Dialogs.Booking;
using Termine.Bot.Dialogs.Replies;
using Termine.Bot.Dialogs.Services;
using Termine.Bot.Dialogs.Understanding;
using Termine.Bot.State;

namespace Termine.Bot.Dialogs.Waitlist;

/// <summary>
/// Joining the waiting list in the chat, as a form like the booking's: what the booking conversation already knew
/// (service, persons, the date wish as the window, name, birth date, e-mail) is kept, only what is missing is asked,
/// then a summary, and the join goes through <see cref="WaitlistEntries"/> with the conversation's channel and
/// address, so later offers can reach the chat.
/// </summary>
public sealed class WaitlistDialog(
    MessageReader reader,
    FormFiller filler,
    BookingQuestions bookingQuestions,
    IPromptRenderer renderer,
    WaitlistEntries entries,
    ServiceCatalog catalog,
    ConversationLanguage conversationLanguage,
    OfficeClock clock,
    OfficeDetails office,
    ConversationSummaries summaries)
    : Dialog(nameof(WaitlistDialog))
{
    private const string FormKey = "waitlist";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var start = options as WaitlistDialogOptions ?? new WaitlistDialogOptions(new WaitlistForm(), Propose: false);
        var form = start.Known;
        var language = await conversationLanguage.GetAsync(dc.Context, cancellationToken);
        if (start.Propose)
        {
            return await AskAsync(dc, form, WaitlistField.Proposal, language, cancellationToken);
        }

        return await AskNextAsync(dc, form, language, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var form = Form(dc.ActiveDialog!);
        var language = await conversationLanguage.GetAsync(dc.Context, cancellationToken);
        var text = dc.Context.Activity.Text ?? "";
        var asked = form.Asked ?? WaitlistField.Service;
        var reading = reader.Read(text, language, ReadAs(asked));
        switch (asked)
        {
            case WaitlistField.Proposal when !Pressed(text, "Waitlist.Join", language) && reading.Yes != true:
                await SayAsync(dc, DialogTexts.Texts["Waitlist.Declined", language], language, cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            case WaitlistField.Confirm or WaitlistField.Change:
                return await TakeSummaryAnswerAsync(dc, form, reading, language, cancellationToken);
        }

        Take(form, reading, text, language);
        return await AskNextAsync(dc, form, language, cancellationToken);
    }

    public override async Task RepromptDialogAsync(Microsoft.Bot.Builder.ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        var form = Form(instance);
        var language = await conversationLanguage.GetAsync(turnContext, cancellationToken);
        await SendQuestionAsync(turnContext, form, form.Asked ?? WaitlistField.Service, language, cancellationToken);
    }

    /// <summary>Takes every fact of a message that the form still misses, whatever was asked.</summary>
    private void Take(WaitlistForm form, Reading reading, string text, string language)
    {
        if (form.ServiceId is null && reading.ServiceCertain)
        {
            form.ServiceId = reading.Services[0].Id;
        }

        form.Persons ??= reading.Persons;
        switch (form.Asked)
        {
            case WaitlistField.Window when Pressed(text, "Waitlist.AnyTime", language) || reading.Wish is { AsEarlyAsPossible: true }:
                form.WindowAnswered = true;
                break;
            case WaitlistField.Window when reading.Wish is { } wish:
                TakeWindow(form, wish);
                break;
            case WaitlistField.Permit when Pressed(text, "Waitlist.Skip", language) || reading.Yes == false:
                form.PermitAnswered = true;
                break;
            case WaitlistField.Permit when reading.Wish is { } expiry && expiry.From == expiry.To:
                form.PermitExpires = expiry.From;
                form.PermitAnswered = true;
                break;
        }

        form.FullName ??= reading.Name;
        form.BirthDate ??= reading.BirthDate;
        form.Email ??= reading.Email;
    }

    /// <summary>The booking's date wish as the waiting window: its days, weekdays and start times.</summary>
    public static void TakeWindow(WaitlistForm form, DateWish wish)
    {
        form.WindowAnswered = true;
        form.From = wish.From;
        form.To = wish.To;
        form.Weekdays = wish.Weekdays?.ToArray();
        form.NotBefore = wish.NotBefore;
        form.NotAfter = wish.StartBefore;
    }

    /// <summary>What the booking form already knows, for a waiting-list conversation that continues it.</summary>
    public static WaitlistForm From(BookingForm booking)
    {
        var form = new WaitlistForm
        {
            ServiceId = booking.ServiceId,
            Persons = booking.Persons,
            FullName = booking.FullName,
            BirthDate = booking.BirthDate,
            Email = booking.Email,
        };
        if (booking.Search is { } search)
        {
            TakeWindow(form, search.ToWish());
        }

        return form;
    }

    /// <summary>
    /// The answer at the summary, read as the booking's summary reads it (<see cref="FormFiller"/>): "yes" joins, "no"
    /// asks what to change, a correction ("die E-Mail ist …", "lieber freitags", "the name is wrong") changes that field
    /// or asks for it again, and the summary comes back.
    /// </summary>
    private async Task<DialogTurnResult> TakeSummaryAnswerAsync(
        DialogContext dc, WaitlistForm form, Reading reading, string language, CancellationToken cancellationToken)
    {
        var window = form.WindowAnswered && form.From is { } from && form.To is { } to
            ? new SlotSearch(from, to, form.Weekdays, form.NotBefore, form.NotAfter)
            : null;
        var booking = new BookingForm
        {
            ServiceId = form.ServiceId,
            Persons = form.Persons,
            Search = window,
            FullName = form.FullName,
            BirthDate = form.BirthDate,
            Email = form.Email,
            PhoneAnswered = true,
            WantsChange = form.WantsChange,
            Asked = form.Asked == WaitlistField.Change ? BookingField.Change : BookingField.Confirm,
        };
        var filled = filler.Fill(booking, reading, language, clock.Today);
        if (filled.Book)
        {
            return await JoinAsync(dc, form, language, cancellationToken);
        }

        if (filled.Understood)
        {
            form.ServiceId = booking.ServiceId;
            form.Persons = booking.Persons;
            form.FullName = booking.FullName;
            form.BirthDate = booking.BirthDate;
            form.Email = booking.Email;
            form.WantsChange = booking.WantsChange;
            if (booking.Search is { } search && search != window)
            {
                TakeWindow(form, search.ToWish());
            }
            else if (booking.Search is null && window is not null)
            {
                (form.WindowAnswered, form.From, form.To, form.Weekdays, form.NotBefore, form.NotAfter) = (false, null, null, null, null, null);
            }
        }

        return await AskNextAsync(dc, form, language, cancellationToken);
    }

    private async Task<DialogTurnResult> AskNextAsync(DialogContext dc, WaitlistForm form, string language, CancellationToken cancellationToken)
    {
        var next = form switch
        {
            { ServiceId: null } => WaitlistField.Service,
            { Persons: null } => WaitlistField.Persons,
            { WindowAnswered: false } => WaitlistField.Window,
            { FullName: null } => WaitlistField.Name,
            { BirthDate: null } => WaitlistField.BirthDate,
            { Email: null } => WaitlistField.Email,
            { PermitAnswered: false } => WaitlistField.Permit,
            { WantsChange: true } => WaitlistField.Change,
            _ => WaitlistField.Confirm,
        };
        return await AskAsync(dc, form, next, language, cancellationToken);
    }

    private async Task<DialogTurnResult> AskAsync(DialogContext dc, WaitlistForm form, WaitlistField field, string language, CancellationToken cancellationToken)
    {
        form.Asked = field;
        await SendQuestionAsync(dc.Context, form, field, language, cancellationToken);
        dc.ActiveDialog!.SetState(FormKey, form);
        return EndOfTurn;
    }

    private async Task SendQuestionAsync(Microsoft.Bot.Builder.ITurnContext turnContext, WaitlistForm form, WaitlistField field, string language, CancellationToken cancellationToken)
    {
        // The booking's own questions where they are the same question, so both read and sound alike.
        if (ReadAs(field) is { } bookingField && field is not (WaitlistField.Window or WaitlistField.Permit or WaitlistField.Confirm or WaitlistField.Proposal))
        {
            await bookingQuestions.AskAsync(turnContext, new BookingForm { ServiceId = form.ServiceId, Persons = form.Persons }, bookingField, language, retry: false, cancellationToken);
            return;
        }

        var texts = DialogTexts.Texts;
        var (message, choices) = field switch
        {
            WaitlistField.Proposal => (new PromptMessage("Waitlist.Offer") { Expecting = Expecting.For(BookingField.Confirm) },
                new List<Choice> { new(texts["Waitlist.Join", language]), new(texts["No", language]) }),
            WaitlistField.Window => (new PromptMessage("Waitlist.Window.Ask") { Expecting = Expecting.For(BookingField.Date) },
                [new(texts["Waitlist.AnyTime", language])]),
            WaitlistField.Permit => (new PromptMessage("Waitlist.Permit.Ask") { Expecting = Expecting.Text },
                [new(texts["Waitlist.Skip", language])]),
            _ => (Summary(form, language), [new(texts["Yes", language]), new(texts["No", language])]),
        };
        var activity = await renderer.RenderAsync(turnContext, message, choices, ListStyle.SuggestedAction, false, cancellationToken);
        activity.InputHint ??= InputHints.ExpectingInput;
        await turnContext.SendActivityAsync(activity, cancellationToken);
    }

    private PromptMessage Summary(WaitlistForm form, string language)
    {
        var texts = DialogTexts.Texts;
        return new PromptMessage(
            "Waitlist.Summary",
            catalog.Find(form.ServiceId)?.Name[language] ?? "",
            LongDates.Number(form.Persons ?? 1),
            WaitlistWindowText.Format(form, language),
            Bidi.Isolate(form.FullName!),
            LongDates.Format(form.BirthDate!.Value, language),
            Bidi.Ltr(form.Email!, language),
            form.PermitExpires is { } expires ? LongDates.Format(expires, language) : texts["Waitlist.NotGiven", language])
        {
            Expecting = Expecting.For(BookingField.Confirm),
        };
    }

    private async Task<DialogTurnResult> JoinAsync(DialogContext dc, WaitlistForm form, string language, CancellationToken cancellationToken)
    {
        var activity = dc.Context.Activity;
        var request = new JoinRequest(
            form.ServiceId, form.Persons, new PersonalData(form.FullName, form.BirthDate, form.Email, null, language),
            form.From, form.To, form.Weekdays is { Length: > 0 } days ? days.ToHashSet() : null, form.NotBefore, form.NotAfter, form.PermitExpires,
            activity.ChannelId, LaterMessages.AddressOf(activity));
        var texts = DialogTexts.Texts;
        switch (await entries.JoinAsync(request, cancellationToken))
        {
            case JoinResult.Joined joined:
                await summaries.RecordOutcomeAsync(activity.ChannelId, activity.Conversation.Id, ConversationOutcome.JoinedWaitlist, null, cancellationToken);
                await SayAsync(dc, texts.Get("Waitlist.Joined", language, Bidi.Ltr(joined.Reference, language), Bidi.Ltr(form.Email!, language)), language, cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            case JoinResult.SlotsFree:
                // Free now (the list refuses while slots fit): the booking offers them for the same window.
                await SayAsync(dc, texts["Waitlist.SlotsFree", language], language, cancellationToken);
                var today = clock.Today;
                var search = new SlotSearch(
                    form.From ?? today, form.To ?? today.AddDays(DateWish.HorizonDays), form.Weekdays, form.NotBefore, form.NotAfter);
                return await dc.ReplaceDialogAsync(nameof(BookAppointmentDialog), new BookAppointmentOptions(null, form.ServiceId, form.Persons, search), cancellationToken);
            case JoinResult.AlreadyWaiting:
                await SayAsync(dc, texts["Waitlist.AlreadyWaiting", language], language, cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            case JoinResult.AlreadyBooked:
                await SayAsync(dc, texts["Waitlist.AlreadyBooked", language], language, cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            default:
                await SayAsync(dc, texts.Get("Waitlist.Invalid", language, office.Phone(language)), language, cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
        }
    }

    private static BookingField? ReadAs(WaitlistField field) => field switch
    {
        WaitlistField.Service => BookingField.Service,
        WaitlistField.Persons => BookingField.Persons,
        WaitlistField.Window or WaitlistField.Permit => BookingField.Date,
        WaitlistField.Name => BookingField.Name,
        WaitlistField.BirthDate => BookingField.BirthDate,
        WaitlistField.Email => BookingField.Email,
        WaitlistField.Change => BookingField.Change,
        _ => BookingField.Confirm,
    };

    private static bool Pressed(string text, string buttonKey, string language) =>
        TextNormalizer.Normalize(text) == TextNormalizer.Normalize(DialogTexts.Texts[buttonKey, language]);

    private static Task SayAsync(DialogContext dc, string text, string language, CancellationToken cancellationToken) =>
        dc.Context.SendActivityAsync(ReplyFactory.Say(text, language), cancellationToken);

    private static WaitlistForm Form(DialogInstance instance) => instance.GetState<WaitlistForm>(FormKey) ?? new WaitlistForm();
}
