using Termine.Booking.Catalog;
using Termine.Bot.Conversation;
using Termine.Bot.Dialogs.Booking;
using Termine.Bot.Dialogs.Replies;
using Termine.Bot.Dialogs.Services;
using Termine.Bot.State;

namespace Termine.Bot.Dialogs;

/// <summary>
/// The root of every conversation: greets in the resident's language, then books; "documents" and "cancel or move"
/// can be asked at any step and come back to where the resident was.
/// </summary>
public sealed class MainDialog : InterruptibleDialog
{
    private readonly ServiceCatalog _catalog;

    public MainDialog(
        ConversationLanguage conversationLanguage,
        BookAppointmentDialog book,
        DocumentsDialog documents,
        ManageAppointmentDialog manage,
        Waitlist.WaitlistDialog waitlist,
        ConversationSummaries summaries,
        ServiceMatcher matcher,
        ServiceCatalog catalog,
        OfficeDetails office)
        : base(nameof(MainDialog), conversationLanguage, summaries, matcher, office)
    {
        _catalog = catalog;
        AddDialog(book);
        AddDialog(documents);
        AddDialog(manage);
        AddDialog(waitlist);
        AddDialog(new WaterfallDialog<MainValues>(nameof(MainDialog) + ".Steps", [GreetStepAsync, BookStepAsync, FinishStepAsync]));
        InitialDialogId = nameof(MainDialog) + ".Steps";
    }

    protected override async Task<DialogTurnResult> OnCommandAsync(
        DialogContext innerDc, string command, string language, CancellationToken cancellationToken) =>
        command switch
        {
            // While booking, the booking form answers "what should I bring?" for the service it knows.
            "Keywords.Documents" when innerDc.ActiveDialog?.Id == nameof(BookAppointmentDialog) => await innerDc.ContinueDialogAsync(cancellationToken),
            "Keywords.Documents" => await innerDc.BeginDialogAsync(nameof(DocumentsDialog), null, cancellationToken),
            "Keywords.Manage" => await innerDc.BeginDialogAsync(nameof(ManageAppointmentDialog), null, cancellationToken),
            "Keywords.Waitlist" when innerDc.ActiveDialog?.Id == nameof(Waitlist.WaitlistDialog) => await innerDc.ContinueDialogAsync(cancellationToken),
            // In the middle of a booking the list takes over what the booking form knows; the held slot is given back.
            "Keywords.Waitlist" when innerDc.ActiveDialog is { Id: nameof(BookAppointmentDialog) } booking => await innerDc.ReplaceDialogAsync(
                nameof(Waitlist.WaitlistDialog), new Waitlist.WaitlistDialogOptions(Waitlist.WaitlistDialog.From(BookAppointmentDialog.Form(booking)), Propose: false), cancellationToken),
            "Keywords.Waitlist" => await innerDc.BeginDialogAsync(nameof(Waitlist.WaitlistDialog), null, cancellationToken),
            _ => await base.OnCommandAsync(innerDc, command, language, cancellationToken),
        };

    /// <summary>The documents shown before (in the booking or on their own) come again in the new language.</summary>
    protected override async Task OnLanguageSwitchedAsync(DialogContext innerDc, string language, CancellationToken cancellationToken)
    {
        if (_catalog.Find(await ConversationLanguage.DocumentsShownAsync(innerDc.Context, cancellationToken)) is { } service)
        {
            await innerDc.Context.SendActivityAsync(DocumentsCard.For(service, language, innerDc.Context.Activity.ChannelId), cancellationToken);
        }
    }

    protected override bool ReadsWholeMessages(DialogContext innerDc) => innerDc.ActiveDialog?.Id == nameof(BookAppointmentDialog);

    private async Task<DialogTurnResult> GreetStepAsync(WaterfallStepContext<MainValues> step, CancellationToken cancellationToken)
    {
        var known = await ConversationLanguage.FindAsync(step.Context, cancellationToken);
        var language = await ConversationLanguage.GetAsync(step.Context, cancellationToken);
        if (known is null)
        {
            var texts = DialogTexts.Texts;
            await step.Context.SendActivityAsync(
                ReplyFactory.Say($"{texts["Welcome", language]} {texts["Language.Confirm", language]}", language), cancellationToken);
        }

        // The first message may already say what it is about ("my visa runs out next month").
        var opening = step.Context.Activity.Type == Microsoft.Bot.Schema.ActivityTypes.Message ? step.Context.Activity.Text : null;
        return await step.NextAsync(opening, cancellationToken);
    }

    /// <summary>
    /// The first message of a conversation (or the first after a booking ended it) may be any command a resident can
    /// give midway: "cancel my appointment", "what do I need to bring?", "can I talk to someone?", "help". It is
    /// answered as it would be midway; anything else starts the booking with what it says.
    /// </summary>
    private async Task<DialogTurnResult> BookStepAsync(WaterfallStepContext<MainValues> step, CancellationToken cancellationToken)
    {
        var opening = step.ResultAs<string>();
        var language = await ConversationLanguage.GetAsync(step.Context, cancellationToken);
        switch (opening is null ? null : OpeningCommandIn(opening, language))
        {
            case "Keywords.Manage":
                return await step.BeginDialogAsync(nameof(ManageAppointmentDialog), null, cancellationToken);
            case "Keywords.Documents":
                return await step.BeginDialogAsync(nameof(DocumentsDialog), null, cancellationToken);
            case "Keywords.Waitlist":
                return await step.BeginDialogAsync(nameof(Waitlist.WaitlistDialog), null, cancellationToken);
            case ("Keywords.Person" or "Keywords.Help") and var command:
                await AnswerAsync(step.Context, command, language, cancellationToken);
                return await step.BeginDialogAsync(nameof(BookAppointmentDialog), new BookAppointmentOptions(null), cancellationToken);
            default:
                return await step.BeginDialogAsync(nameof(BookAppointmentDialog), new BookAppointmentOptions(opening), cancellationToken);
        }
    }

    private async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext<MainValues> step, CancellationToken cancellationToken) =>
        await step.EndDialogAsync(null, cancellationToken);
}

/// <summary>The root waterfall keeps nothing of its own.</summary>
public sealed record MainValues;
