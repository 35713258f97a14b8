using Termine.Booking.Appointments;
using Termine.Bot.Conversation;
using Termine.Bot.Conversation.Prompts;

namespace Termine.Bot.Dialogs.Booking;

/// <summary>
/// The resident's data, one question at a time, each checked by the booking core's own rules with a friendly re-ask
/// that names the problem: full name, date of birth, e-mail address, and a phone number if they want to give one.
/// </summary>
public sealed class ContactDetailsDialog : ComponentDialog
{
    private const string NamePrompt = nameof(ContactDetailsDialog) + ".Name";
    private const string BirthDatePrompt = nameof(ContactDetailsDialog) + ".BirthDate";
    private const string EmailPrompt = nameof(ContactDetailsDialog) + ".Email";
    private const string PhonePrompt = nameof(ContactDetailsDialog) + ".Phone";

    private readonly ConversationLanguage _language;

    public ContactDetailsDialog(IPromptRenderer renderer, BookingValidator validator, ConversationLanguage language)
        : base(nameof(ContactDetailsDialog))
    {
        _language = language;
        AddDialog(new WaterfallDialog<ContactDetailsValues>(nameof(ContactDetailsDialog) + ".Steps",
            [AskNameStepAsync, AskBirthDateStepAsync, AskEmailStepAsync, AskPhoneStepAsync, FinishStepAsync]));
        AddDialog(new TextPrompt(NamePrompt, renderer, (ctx, _) => Task.FromResult(
            !validator.ValidatePerson(Sample with { FullName = ctx.Recognized.Value }).Any(e => e.Field == "fullName"))));
        AddDialog(new TextPrompt(BirthDatePrompt, renderer, (ctx, _) => Task.FromResult(
            BirthDateParser.Parse(ctx.Recognized.Value) is { } date
            && !validator.ValidatePerson(Sample with { BirthDate = date }).Any(e => e.Field == "birthDate"))));
        AddDialog(new Termine.Bot.Conversation.Prompts.EmailPrompt(EmailPrompt, renderer, (ctx, _) => Task.FromResult(
            ctx.Recognized.Succeeded && BookingValidator.IsValidEmail(ctx.Recognized.Value))));
        AddDialog(new TextPrompt(PhonePrompt, renderer, async (ctx, ct) =>
            IsSkip(ctx.Recognized.Value, await _language.GetAsync(ctx.Context, ct)) || BookingValidator.IsValidPhone(ctx.Recognized.Value ?? "")));
    }

    /// <summary>A valid person whose one field under test is replaced, so each answer is checked by the core's rule for it.</summary>
    private static PersonalData Sample => new("Sample Person", new DateOnly(1990, 1, 1), "sample@example.org", null, "de");

    private async Task<DialogTurnResult> AskNameStepAsync(WaterfallStepContext<ContactDetailsValues> step, CancellationToken cancellationToken) =>
        await step.PromptAsync(NamePrompt, Ask("Name", "name"), cancellationToken);

    private async Task<DialogTurnResult> AskBirthDateStepAsync(WaterfallStepContext<ContactDetailsValues> step, CancellationToken cancellationToken)
    {
        step.Values.FullName = step.ResultAs<string>()!.Trim();
        return await step.PromptAsync(BirthDatePrompt, Ask("BirthDate", "birthDate"), cancellationToken);
    }

    private async Task<DialogTurnResult> AskEmailStepAsync(WaterfallStepContext<ContactDetailsValues> step, CancellationToken cancellationToken)
    {
        step.Values.BirthDate = BirthDateParser.Parse(step.ResultAs<string>());
        return await step.PromptAsync(EmailPrompt, Ask("Email", "email"), cancellationToken);
    }

    private async Task<DialogTurnResult> AskPhoneStepAsync(WaterfallStepContext<ContactDetailsValues> step, CancellationToken cancellationToken)
    {
        step.Values.Email = step.ResultAs<string>()!.Trim();
        var language = await _language.GetAsync(step.Context, cancellationToken);
        return await step.PromptAsync(PhonePrompt, Ask("Phone", "phone") with
        {
            Choices = [new Choice(DialogTexts.Texts["Phone.None", language])],
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext<ContactDetailsValues> step, CancellationToken cancellationToken)
    {
        var language = await _language.GetAsync(step.Context, cancellationToken);
        var phone = step.ResultAs<string>();
        var values = step.Values;
        return await step.EndDialogAsync(
            new PersonalData(values.FullName, values.BirthDate, values.Email, IsSkip(phone, language) ? null : phone!.Trim(), language),
            cancellationToken);
    }

    private static PromptOptions Ask(string field, string expecting) => new()
    {
        Prompt = new PromptMessage($"{field}.Ask") { Expecting = expecting },
        RetryPrompt = new PromptMessage($"{field}.Retry") { Expecting = expecting },
    };

    private static bool IsSkip(string? text, string language)
    {
        var normalized = Services.TextNormalizer.Normalize(text ?? "");
        return normalized.Length == 0 || text?.Trim() == "-"
            || DialogTexts.Keywords("Keywords.Skip", language).Concat([DialogTexts.Texts["Phone.None", language]])
                .Any(k => Services.TextNormalizer.Normalize(k) == normalized);
    }
}

public sealed record ContactDetailsValues
{
    public string? FullName { get; set; }

    public DateOnly? BirthDate { get; set; }

    public string? Email { get; set; }
}
