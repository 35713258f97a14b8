using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Termine.Bot.Conversation;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Dialogs.Language;
using Termine.Bot.Dialogs.Replies;
using Termine.Bot.Dialogs.Services;
using Termine.Bot.Dialogs.Understanding;
using Termine.Bot.State;

namespace Termine.Bot.Dialogs;

/// <summary>
/// What a resident can say at any step: another language, help, start over, talk to a person, which documents, or
/// cancel/move an appointment. Checked before the active step sees the message; afterwards the step asks again.
/// </summary>
public abstract class InterruptibleDialog(
    string dialogId, ConversationLanguage conversationLanguage, ConversationSummaries summaries, ServiceMatcher matcher, OfficeDetails office)
    : ComponentDialog(dialogId)
{
    /// <summary>Commands are short; a long sentence that happens to contain "help" is an answer, not a command.</summary>
    private const int MaxCommandWords = 10;

    protected ConversationLanguage ConversationLanguage { get; } = conversationLanguage;

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var activity = innerDc.Context.Activity;
        if (activity.Type != ActivityTypes.Message)
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        var language = await ConversationLanguage.GetAsync(innerDc.Context, cancellationToken);
        if (activity.Text?.Length > MessageReader.MaxLength)
        {
            // Far longer than any answer or request: nothing to switch or interrupt; the dialog re-asks.
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        // Writing on in another of the seven languages, clearly (never on one word, a name or an address): the
        // conversation follows, and this message is read in that language.
        if (LanguageDetector.Decide(activity.Text, language, activity.Locale) is { } written && written != language)
        {
            language = written;
            await ConversationLanguage.SetAsync(innerDc.Context, language, cancellationToken);
            await innerDc.Context.SendActivityAsync(ReplyFactory.Say(DialogTexts.Texts["Language.Switched", language], language), cancellationToken);
            await OnLanguageSwitchedAsync(innerDc, language, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(activity.Text))
        {
            // An attachment, a sticker or an empty message: say what works instead, then ask again.
            await innerDc.Context.SendActivityAsync(ReplyFactory.Say(DialogTexts.Texts["NotUnderstood.Attachment", language], language), cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        // A button of the question just asked, pressed or typed, answers that question: it never interrupts it.
        var offered = await ConversationLanguage.OfferedAsync(innerDc.Context, cancellationToken);
        if (offered.Count > 0 && ChoiceRecognizer.Recognize(activity.Text, [new Choice(offered[0]) { Synonyms = offered }]) is not null)
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        if (LanguageSwitch.Recognize(activity.Text) is { } switchTo)
        {
            if (switchTo != language)
            {
                await ConversationLanguage.SetAsync(innerDc.Context, switchTo, cancellationToken);
                await innerDc.Context.SendActivityAsync(ReplyFactory.Say(DialogTexts.Texts["Language.Switched", switchTo], switchTo), cancellationToken);
                await OnLanguageSwitchedAsync(innerDc, switchTo, cancellationToken);
            }

            // "Можно по-русски? Я одна.": the booking form reads the rest of the message too; elsewhere the question comes again.
            if (ReadsWholeMessages(innerDc))
            {
                return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }

            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        return CommandIn(activity.Text, language) is { } command
            ? await OnCommandAsync(innerDc, command, language, cancellationToken)
            : await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    /// <summary>After the conversation changed its language, before the open question is asked again in it.</summary>
    protected virtual Task OnLanguageSwitchedAsync(DialogContext innerDc, string language, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Whether the active dialog reads everything a message says (and so also what follows a language switch).</summary>
    protected virtual bool ReadsWholeMessages(DialogContext innerDc) => false;

    /// <summary>Handles a recognised command; the default does help, person and start over.</summary>
    protected virtual async Task<DialogTurnResult> OnCommandAsync(
        DialogContext innerDc, string command, string language, CancellationToken cancellationToken)
    {
        if (command == "Keywords.Restart")
        {
            await innerDc.Context.SendActivityAsync(ReplyFactory.Say(DialogTexts.Texts["Restart", language], language), cancellationToken);
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            await ConversationLanguage.ShowedDocumentsAsync(innerDc.Context, null, cancellationToken);
            return await OnBeginDialogAsync(innerDc, null, cancellationToken);
        }

        await AnswerAsync(innerDc.Context, command, language, cancellationToken);
        await innerDc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }

    /// <summary>
    /// The answer to "talk to a person" (the phone number, and the outcome recorded) or to "help", wherever it is asked:
    /// midway, or as the first thing a conversation says.
    /// </summary>
    protected async Task AnswerAsync(ITurnContext context, string command, string language, CancellationToken cancellationToken)
    {
        if (command == "Keywords.Person")
        {
            await context.SendActivityAsync(ReplyFactory.Say(
                DialogTexts.Texts.Get("Person", language, office.Phone(language)) + " " + DialogTexts.Texts.Get("Person.WebBooking", language, office.WebBookingUrl(language)),
                language), cancellationToken);
            await summaries.RecordOutcomeAsync(
                context.Activity.ChannelId, context.Activity.Conversation.Id, ConversationOutcome.AskedForPerson, appointmentId: null, cancellationToken);
            return;
        }

        await context.SendActivityAsync(ReplyFactory.Say(DialogTexts.Texts["Help", language], language), cancellationToken);
    }

    /// <summary>The command a message asks for, unless it names a service with a word that looks like a command.</summary>
    protected string? CommandIn(string text, string language) =>
        (Command(text, language) ?? ManageInOwnWords(text, language)) is { } command && !NamesServiceInstead(command, text, language) ? command : null;

    /// <summary>
    /// "Randevumun tarihini değiştirmem lazım", "أحتاج إلى تغيير موعدي": a word for one's appointment and a word for
    /// cancelling or moving, in any form, ask to cancel or move even where no set phrase matches.
    /// </summary>
    private string? ManageInOwnWords(string text, string language) =>
        !text.Contains('@') && FieldMentions.Says("Keywords.Appointment", text, language)
        && (FieldMentions.Says("Keywords.ManageCancel", text, language) || FieldMentions.Says("Keywords.ManageMove", text, language))
        && !matcher.NamesService(text, language)
            ? "Keywords.Manage"
            : null;

    /// <summary>
    /// "Перенести вид на жительство в новый паспорт" names a service (the passport transfer) with a word that also means
    /// "move": without a word for an appointment it is that service, not "move my appointment".
    /// </summary>
    /// <summary>
    /// A command in a conversation's first message. A first message that names a service is the start of a booking
    /// even when it says "documents" or "help" ("хочу подати документи на дозвіл на поселення", "нужна справка о
    /// статусе"): the booking shows that service's documents. Only a cancel or move names a service and still means it.
    /// </summary>
    protected string? OpeningCommandIn(string text, string language) =>
        CommandIn(text, language) is { } command && (command == "Keywords.Manage" || !matcher.NamesService(text, language)) ? command : null;

    private bool NamesServiceInstead(string command, string text, string language) =>
        command == "Keywords.Manage" && matcher.NamesService(text, language) && !FieldMentions.Says("Keywords.Appointment", text, language);

    private static readonly string[] Commands = ["Keywords.Help", "Keywords.Restart", "Keywords.Person", "Keywords.Documents", "Keywords.Manage", "Keywords.Waitlist"];

    /// <summary>The command a short message asks for, in the conversation's language or German or English.</summary>
    private static string? Command(string text, string language)
    {
        // An e-mail address is an answer, even when it contains a command word ("chat.cancel@example.org").
        var normalized = TextNormalizer.Normalize(text);
        if (text.Contains('@') || (normalized.Split(' ').Length > MaxCommandWords && text.Trim() != "?"))
        {
            return null;
        }

        var padded = $" {normalized} ";
        foreach (var candidate in new[] { language, "de", "en" }.Distinct())
        {
            foreach (var command in Commands)
            {
                if (text.Trim() == "?" && command == "Keywords.Help")
                {
                    return command;
                }

                if (DialogTexts.Keywords(command, candidate).Select(TextNormalizer.Normalize)
                    .Any(k => k.Length > 1 && padded.Contains($" {k} ", StringComparison.Ordinal)))
                {
                    return command;
                }
            }
        }

        return null;
    }
}
