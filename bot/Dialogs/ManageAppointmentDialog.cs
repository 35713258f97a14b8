using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Bot.Conversation;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Dialogs.Booking;
using Termine.Bot.Dialogs.Replies;
using Termine.Bot.State;

namespace Termine.Bot.Dialogs;

/// <summary>Cancel or move an existing appointment with its reference and e-mail address, without calling anyone.</summary>
public sealed class ManageAppointmentDialog : ComponentDialog
{
    private const string ReferencePrompt = nameof(ManageAppointmentDialog) + ".Reference";
    private const string EmailPromptId = nameof(ManageAppointmentDialog) + ".Email";
    private const string ActionPrompt = nameof(ManageAppointmentDialog) + ".Action";

    private readonly AppointmentChanges _changes;
    private readonly ServiceCatalog _catalog;
    private readonly ConversationLanguage _language;
    private readonly ConversationSummaries _summaries;

    public ManageAppointmentDialog(
        IPromptRenderer renderer, AppointmentChanges changes, ServiceCatalog catalog, ConversationLanguage language, ChooseSlotDialog chooseSlot,
        ConversationSummaries summaries)
        : base(nameof(ManageAppointmentDialog))
    {
        _summaries = summaries;
        (_changes, _catalog, _language) = (changes, catalog, language);
        AddDialog(new WaterfallDialog<ManageAppointmentValues>(nameof(ManageAppointmentDialog) + ".Steps",
            [AskReferenceStepAsync, AskEmailStepAsync, AskActionStepAsync, ActStepAsync, MovedStepAsync]));
        AddDialog(new TextPrompt(ReferencePrompt, renderer, (ctx, _) => Task.FromResult(ReferenceGenerator.Normalize(ctx.Recognized.Value) is not null)));
        AddDialog(new EmailPrompt(EmailPromptId, renderer, (ctx, _) => Task.FromResult(EmailAddress.IsValid(ctx.Recognized.Value))));
        AddDialog(new ChoicePrompt(ActionPrompt, renderer));
        AddDialog(chooseSlot);
    }

    private async Task<DialogTurnResult> AskReferenceStepAsync(WaterfallStepContext<ManageAppointmentValues> step, CancellationToken cancellationToken) =>
        await step.PromptAsync(ReferencePrompt, new PromptOptions
        {
            Prompt = new PromptMessage("Manage.AskReference") { Expecting = "reference" },
            RetryPrompt = new PromptMessage("Manage.ReferenceRetry") { Expecting = "reference" },
        }, cancellationToken);

    private async Task<DialogTurnResult> AskEmailStepAsync(WaterfallStepContext<ManageAppointmentValues> step, CancellationToken cancellationToken)
    {
        step.Values.Reference = ReferenceGenerator.Normalize(step.ResultAs<string>());
        return await step.PromptAsync(EmailPromptId, new PromptOptions
        {
            Prompt = new PromptMessage("Manage.AskEmail") { Expecting = "email" },
            RetryPrompt = new PromptMessage("Email.Retry") { Expecting = "email" },
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskActionStepAsync(WaterfallStepContext<ManageAppointmentValues> step, CancellationToken cancellationToken)
    {
        step.Values.Email = step.ResultAs<string>();
        var language = await _language.GetAsync(step.Context, cancellationToken);
        var appointment = await _changes.FindAsync(Proof(step.Values), cancellationToken);
        if (appointment is null || !_changes.IsChangeable(appointment))
        {
            await Say(step, "Manage.NotFound", language, cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        (step.Values.ServiceId, step.Values.Persons) = (appointment.ServiceId, appointment.Persons);
        var texts = DialogTexts.Texts;
        var when = AppointmentTimes.DateAndTime(appointment.Start, language);
        var found = new PromptMessage("Manage.Found", _catalog.Find(appointment.ServiceId)!.Name[language], when) { Expecting = "choice" };
        return await step.PromptAsync(ActionPrompt, new PromptOptions
        {
            Prompt = found,
            Choices = [Action("Manage.Cancel", "Keywords.ManageCancel", language), Action("Manage.Move", "Keywords.ManageMove", language), Action("Manage.Keep", "Keywords.ManageKeep", language)],
            Style = ListStyle.SuggestedAction,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> ActStepAsync(WaterfallStepContext<ManageAppointmentValues> step, CancellationToken cancellationToken)
    {
        var language = await _language.GetAsync(step.Context, cancellationToken);
        switch (step.ResultAs<FoundChoice>()!.Index)
        {
            case 0:
                var cancelled = await _changes.CancelAsync(Proof(step.Values), cancellationToken);
                if (cancelled is CancelResult.Cancelled gone)
                {
                    await RecordManagedAsync(step, gone.Appointment.Id, cancellationToken);
                }

                await Say(step, cancelled is CancelResult.Cancelled ? "Manage.Cancelled" : "Manage.NotFound", language, cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            case 1:
                return await step.BeginDialogAsync(nameof(ChooseSlotDialog),
                    new ChooseSlotOptions(step.Values.ServiceId!, step.Values.Persons), cancellationToken);
            default:
                await Say(step, "Manage.Kept", language, cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> MovedStepAsync(WaterfallStepContext<ManageAppointmentValues> step, CancellationToken cancellationToken)
    {
        if (step.Result is not ChosenSlot chosen)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var language = await _language.GetAsync(step.Context, cancellationToken);
        var moved = await _changes.RescheduleAsync(Proof(step.Values), chosen.Start, cancellationToken);
        if (moved is MoveResult.Moved booked)
        {
            await RecordManagedAsync(step, booked.Appointment.Id, cancellationToken);
            await step.Context.SendActivityAsync(ReplyFactory.Say(
                DialogTexts.Texts.Get("Manage.Moved", language, AppointmentTimes.DateAndTime(booked.Appointment.Start, language)), language), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // Taken in the moment between offer and choice: the appointment stays as it was; "move" starts again.
        await Say(step, "Slots.Taken", language, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>A button that also answers to its words in every language ("bitte absagen", "cancel it", "отмените").</summary>
    private static Choice Action(string titleKey, string wordsKey, string language) =>
        new(DialogTexts.Texts[titleKey, language])
        {
            TitleKey = titleKey,
            Synonyms = [.. Termine.Booking.Languages.All.SelectMany(l => DialogTexts.Keywords(wordsKey, l).Append(DialogTexts.Texts[titleKey, l])).Distinct()],
        };

    private Task RecordManagedAsync(DialogContext dc, Guid appointmentId, CancellationToken cancellationToken) =>
        _summaries.RecordOutcomeAsync(
            dc.Context.Activity.ChannelId, dc.Context.Activity.Conversation.Id, ConversationOutcome.Managed, appointmentId, cancellationToken);

    private static AppointmentProof Proof(ManageAppointmentValues values) => new AppointmentProof.ReferenceAndEmail(values.Reference, values.Email);

    private static Task Say(DialogContext dc, string key, string language, CancellationToken cancellationToken) =>
        dc.Context.SendActivityAsync(ReplyFactory.Say(DialogTexts.Texts[key, language], language), cancellationToken);
}

public sealed record ManageAppointmentValues
{
    public string? Reference { get; set; }

    public string? Email { get; set; }

    public string? ServiceId { get; set; }

    public int Persons { get; set; } = 1;
}
