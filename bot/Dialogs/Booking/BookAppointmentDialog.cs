using Microsoft.Bot.Schema;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Booking.Scheduling;
using Termine.Bot.Conversation;
using Termine.Bot.Dialogs.Questions;
using Termine.Bot.Dialogs.Replies;
using Termine.Bot.Dialogs.Understanding;
using Termine.Bot.Hosting;
using Termine.Bot.State;

namespace Termine.Bot.Dialogs.Booking;

/// <summary>
/// The booking conversation as a form the resident fills in any order: each message is read once for everything it
/// says (<see cref="MessageReader"/>), the <see cref="FormFiller"/> takes what fits, and the dialog asks only for
/// what is still missing (<see cref="BookingQuestions"/>): service, persons, a slot (with honest alternatives), the
/// resident's data, each further person's name and birth date, and a summary that takes corrections. The booking
/// itself goes through the booking core, with the hold taken when the resident picked a slot.
/// </summary>
public sealed class BookAppointmentDialog(
    MessageReader reader,
    FormFiller filler,
    BookingQuestions questions,
    SlotOfferer offerer,
    QuestionAnswers answers,
    ServiceCatalog catalog,
    ConversationLanguage conversationLanguage,
    BookingService bookings,
    OfficeClock clock,
    ConversationSummaries summaries,
    OfficeDetails office)
    : Dialog(nameof(BookAppointmentDialog))
{
    private const string FormKey = "form";

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var start = options as BookAppointmentOptions ?? new BookAppointmentOptions(null);
        var form = new BookingForm { ServiceId = start.ServiceId, Persons = start.Persons, Search = start.Search };
        var language = await conversationLanguage.GetAsync(dc.Context, cancellationToken);
        if (form.ServiceId is { } known)
        {
            await ShowServiceAsync(dc, known, language, cancellationToken);
        }

        if (start.Opening is { Length: > 0 } opening)
        {
            var result = await TakeAsync(dc, form, reader.Read(opening, language, asked: null), language, opening: true, cancellationToken);
            if (result is not null)
            {
                return result;
            }
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
        var reading = reader.Read(dc.Context.Activity.Text ?? "", language, form.Asked);
        return await TakeAsync(dc, form, reading, language, opening: false, cancellationToken)
               ?? await AskNextAsync(dc, form, language, cancellationToken);
    }

    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    /// <summary>After an interruption (help, a language switch, a question): the open question again, rendered afresh.</summary>
    public override async Task RepromptDialogAsync(Microsoft.Bot.Builder.ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        var form = Form(instance);
        var language = await conversationLanguage.GetAsync(turnContext, cancellationToken);
        await questions.AskAsync(turnContext, form, form.Asked ?? BookingField.Service, language, retry: false, cancellationToken);
        instance.SetState(FormKey, form);
    }

    /// <summary>A conversation that ends with a slot held (restart, version change) gives the slot back at once.</summary>
    public override async Task EndDialogAsync(Microsoft.Bot.Builder.ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason != DialogReason.EndCalled && Form(instance).Hold is { } hold)
        {
            await bookings.ReleaseHoldAsync(hold.HoldId, cancellationToken);
        }
    }

    /// <summary>
    /// Takes what a message says into the form, with what that means for the hold and the slots on offer; returns a
    /// result only when the conversation ends here (booked, or nothing can be offered), null to ask what is next.
    /// </summary>
    private async Task<DialogTurnResult?> TakeAsync(
        DialogContext dc, BookingForm form, Reading reading, string language, bool opening, CancellationToken cancellationToken)
    {
        // A question in the middle is answered, never stored as an answer; then the open question comes again. A
        // question that also carries facts ("Мені потрібен проїзний документ, чи можна 24 грудня?") gives them too.
        var switching = Language.LanguageSwitch.Recognize(reading.Text) is not null;
        var topic = switching ? null : reading.Question;
        var carriesFacts = reading.Wish is not null || reading.Persons is not null || reading.Email is not null || reading.Phone is not null;
        if (topic is { } asked && !carriesFacts)
        {
            await AnswerAsync(dc, form, reading, asked, language, cancellationToken);
            return null;
        }

        var serviceBefore = form.ServiceId;
        var filled = filler.Fill(form, reading, language, clock.Today);
        foreach (var note in filled.Notes)
        {
            var args = note.Args.Select(a => a is LeftToRight run ? Bidi.Ltr(run.Value, language) : a).ToArray();
            await SayAsync(dc, DialogTexts.Texts.Get(note.Key, language, args), language, cancellationToken);
        }

        var serviceShown = form.ServiceId is { } service && service != serviceBefore;
        if (serviceShown)
        {
            await ShowServiceAsync(dc, form.ServiceId!, language, cancellationToken);
        }

        if (filled.ReleaseHold && form.Hold is { } released)
        {
            await bookings.ReleaseHoldAsync(released.HoldId, cancellationToken);
            form.Hold = null;
        }

        if (filled.Picked is { } picked)
        {
            await HoldAsync(dc, form, picked, language, cancellationToken);
        }

        if (filled.Book)
        {
            return await BookAsync(dc, form, language, cancellationToken);
        }

        // The documents come with the service's explanation when this message named the service; asked later (at the
        // persons question, at the summary) they come on their own. Any other question is answered beside the facts.
        if (topic is { } alongside && (alongside != QuestionTopic.Documents || !serviceShown))
        {
            await AnswerAsync(dc, form, reading, alongside, language, cancellationToken);
        }

        // A message that only asked for another language has been answered (the switch): the question comes as usual.
        if (!filled.Understood && !opening && !switching && topic is null)
        {
            if (reading.IsQuestion)
            {
                await SayAsync(dc, DialogTexts.Texts.Get("Question.Unknown", language, office.Phone(language)), language, cancellationToken);
            }

            form.Misses++;
            await questions.AskAsync(dc.Context, form, form.Asked ?? BookingField.Service, language, retry: true, cancellationToken);
            dc.ActiveDialog!.SetState(FormKey, form);
            return EndOfTurn;
        }

        form.Misses = 0;
        return null;
    }

    /// <summary>Asks for the first thing still missing; offers slots when a wish waits for them.</summary>
    private async Task<DialogTurnResult> AskNextAsync(DialogContext dc, BookingForm form, string language, CancellationToken cancellationToken)
    {
        if (form.ServiceId is not null && form.Persons is not null && form.Search is not null && form.Offered.Count == 0 && form.Choosing)
        {
            var offer = await offerer.OfferAsync(form.ServiceId, form.Persons.Value, form.Search, cancellationToken);
            if (offer.AllSlots.Count == 0)
            {
                await SayAsync(dc, offerer.Explanation(offer, language)!, language, cancellationToken);
                if (form.Hold is null)
                {
                    // Nothing fits and nothing is held: when new times come, then the waiting list, with everything
                    // said so far.
                    await SayAsync(dc, answers.Release(language, catalog.Find(form.ServiceId)), language, cancellationToken);
                    return await dc.ReplaceDialogAsync(
                        nameof(Waitlist.WaitlistDialog), new Waitlist.WaitlistDialogOptions(Waitlist.WaitlistDialog.From(form), Propose: true), cancellationToken);
                }

                form.Search = null;
                form.Reoffer = false;
            }
            else
            {
                form.Offered = offer.AllSlots.Select(s => new OfferedSlot(s.Start, s.End)).ToList();
                form.OfferIntro = offerer.Explanation(offer, language);
                form.Reoffer = false;
                if (form.OfferIntro is { } intro)
                {
                    await SayAsync(dc, intro, language, cancellationToken);
                }
            }
        }

        var next = NextField(form);
        form.Asked = next;
        await questions.AskAsync(dc.Context, form, next, language, retry: false, cancellationToken);
        form.OfferIntro = null;
        dc.ActiveDialog!.SetState(FormKey, form);
        return EndOfTurn;
    }

    private static BookingField NextField(BookingForm form) => form switch
    {
        { ServiceId: null } => BookingField.Service,
        { Persons: null } => BookingField.Persons,
        { Offered.Count: > 0 } => BookingField.Slot,
        { Choosing: true } => BookingField.Date,
        { FullName: null } => BookingField.Name,
        { BirthDate: null } => BookingField.BirthDate,
        _ when form.Companions.Count < form.Persons - 1 => BookingField.Companion,
        { Email: null } => BookingField.Email,
        { PhoneAnswered: false } => BookingField.Phone,
        { Asked: BookingField.Change } when form.Misses > 0 => BookingField.Change,
        _ => form.WantsChange ? BookingField.Change : BookingField.Confirm,
    };

    private async Task HoldAsync(DialogContext dc, BookingForm form, OfferedSlot slot, string language, CancellationToken cancellationToken)
    {
        // Web chat: the address's key, so a resident's several conversations share one hold limit.
        var held = await bookings.HoldAsync(form.ServiceId!, slot.Start, form.Persons!.Value, ClientKeys.For(dc.Context), cancellationToken);
        if (held is HoldResult.Held hold)
        {
            if (form.Hold is { } previous)
            {
                await bookings.ReleaseHoldAsync(previous.HoldId, cancellationToken);
            }

            form.Hold = new HeldSlot(hold.HoldId, hold.Start, hold.End);
            form.Offered = [];
            form.Reoffer = false;
            var minutes = (int)Math.Round((hold.ExpiresAt - clock.UtcNow).TotalMinutes);
            await SayAsync(dc, DialogTexts.Texts.Get("Slots.Held", language, AppointmentTimes.DateAndTime(hold.Start, language), minutes), language, cancellationToken);
            return;
        }

        // Taken since it was offered (or the hold limit is reached): say so and offer afresh for the same wish.
        await SayAsync(dc, DialogTexts.Texts[held is HoldResult.LimitReached ? "Slots.HoldLimit" : "Slots.TakenNow", language], language, cancellationToken);
        form.Offered = [];
        form.Reoffer = true;
    }

    private async Task<DialogTurnResult> BookAsync(DialogContext dc, BookingForm form, string language, CancellationToken cancellationToken)
    {
        var person = new PersonalData(form.FullName, form.BirthDate, form.Email, form.Phone, language)
        {
            Companions = form.Companions.Select(c => new Companion(c.FullName, c.BirthDate)).ToList(),
        };
        var activity = dc.Context.Activity;
        var chat = LaterMessages.AddressOf(activity);
        var result = await bookings.ConfirmAsync(form.Hold!.HoldId, person, activity.ChannelId, chat, cancellationToken);
        switch (result)
        {
            case BookingResult.Booked booked:
                form.Hold = null;
                await summaries.RecordOutcomeAsync(activity.ChannelId, activity.Conversation.Id, ConversationOutcome.Booked, booked.Appointment.Id, cancellationToken);
                await SayAsync(dc, DialogTexts.Texts.Get("Booked", language,
                    AppointmentTimes.DateAndTime(booked.Appointment.Start, language),
                    Bidi.Ltr(booked.Appointment.Reference, language), Bidi.Ltr(form.Email!, language)), language, cancellationToken);
                await SayAsync(dc, NextSteps(form, language), language, cancellationToken);
                return await dc.EndDialogAsync(booked.Appointment, cancellationToken);
            case BookingResult.LimitReached:
                await bookings.ReleaseHoldAsync(form.Hold.HoldId, cancellationToken);
                form.Hold = null;
                await SayAsync(dc, DialogTexts.Texts["Booked.Limit", language], language, cancellationToken);
                return await dc.EndDialogAsync(null, cancellationToken);
            default:
                // The hold ran out and the slot went to someone else: the same wish is searched again, nothing else is lost.
                form.Hold = null;
                form.Offered = [];
                form.Reoffer = true;
                await SayAsync(dc, DialogTexts.Texts["Booked.HoldExpired", language], language, cancellationToken);
                return await AskNextAsync(dc, form, language, cancellationToken);
        }
    }

    /// <summary>The last message: where to come, what to bring, checking in with the QR code, and how to cancel or move.</summary>
    private string NextSteps(BookingForm form, string language)
    {
        var documents = catalog.Find(form.ServiceId)?.Documents.Select(d => $"– {d.Name[language]}") ?? [];
        return DialogTexts.Texts.Get("Booked.NextSteps", language, string.Join('\n', office.AddressLines(language)), string.Join('\n', documents));
    }

    private async Task AnswerAsync(DialogContext dc, BookingForm form, Reading reading, QuestionTopic topic, string language, CancellationToken cancellationToken)
    {
        var service = reading.ServiceCertain ? reading.Services[0] : catalog.Find(form.ServiceId);
        if (topic == QuestionTopic.Documents && service is not null)
        {
            await dc.Context.SendActivityAsync(DocumentsCard.For(service, language, dc.Context.Activity.ChannelId), cancellationToken);
            await conversationLanguage.ShowedDocumentsAsync(dc.Context, service.Id, cancellationToken);
            return;
        }

        await SayAsync(dc, answers.Answer(topic, language, service, reading.Persons ?? form.Persons ?? 1), language, cancellationToken);
    }

    private async Task ShowServiceAsync(DialogContext dc, string serviceId, string language, CancellationToken cancellationToken)
    {
        if (catalog.Find(serviceId) is { } service)
        {
            await dc.Context.SendActivityAsync(DocumentsCard.For(service, language, dc.Context.Activity.ChannelId), cancellationToken);
            await conversationLanguage.ShowedDocumentsAsync(dc.Context, service.Id, cancellationToken);
        }
    }

    private static Task SayAsync(DialogContext dc, string text, string language, CancellationToken cancellationToken) =>
        dc.Context.SendActivityAsync(ReplyFactory.Say(text, language), cancellationToken);

    /// <summary>The form of a running booking dialog, for a conversation that takes it over (the waiting list).</summary>
    public static BookingForm Form(DialogInstance instance) => instance.GetState<BookingForm>(FormKey) ?? new BookingForm();
}
