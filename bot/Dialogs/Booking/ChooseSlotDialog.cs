using Termine.Booking.Appointments;
using Termine.Booking.Notifications;
using Termine.Booking.Scheduling;
using Termine.Bot.Conversation;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Dialogs.Prompts;
using Termine.Bot.Dialogs.Replies;
using Termine.Bot.Dialogs.Understanding;
using Termine.Bot.Hosting;

namespace Termine.Bot.Dialogs.Booking;

/// <summary>
/// From a date wish in the resident's words to a chosen slot, for a move: the slots the booking form would offer
/// (<see cref="SlotOfferer"/>), picked the same way (<see cref="SlotPrompt"/>). The move itself takes the slot at once,
/// so nothing is held.
/// </summary>
public sealed class ChooseSlotDialog : ComponentDialog
{
    private const string DatePrompt = nameof(ChooseSlotDialog) + ".Date";
    private const string SlotPromptId = nameof(ChooseSlotDialog) + ".Slot";

    private readonly ConversationLanguage _language;
    private readonly SlotOfferer _offerer;

    public ChooseSlotDialog(
        IPromptRenderer renderer, DateWishParser parser, MessageReader reader, ConversationLanguage language, SlotOfferer offerer, OfficeClock clock)
        : base(nameof(ChooseSlotDialog))
    {
        (_language, _offerer) = (language, offerer);
        AddDialog(new WaterfallDialog<ChooseSlotValues>(nameof(ChooseSlotDialog) + ".Steps", [AskDateStepAsync, OfferStepAsync, TakeStepAsync]));
        AddDialog(new DateWishPrompt(DatePrompt, renderer, parser, language, clock));
        AddDialog(new SlotPrompt(SlotPromptId, renderer, reader, language, clock));
    }

    private async Task<DialogTurnResult> AskDateStepAsync(WaterfallStepContext<ChooseSlotValues> step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<ChooseSlotOptions>()!;
        return options.Search is { } search
            ? await step.NextAsync(search, cancellationToken)
            : await step.PromptAsync(DatePrompt, new PromptOptions
            {
                Prompt = new PromptMessage("Date.Ask") { Expecting = Expecting.For(BookingField.Date) },
                RetryPrompt = new PromptMessage("Date.Retry") { Expecting = Expecting.For(BookingField.Date) },
            }, cancellationToken);
    }

    private async Task<DialogTurnResult> OfferStepAsync(WaterfallStepContext<ChooseSlotValues> step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<ChooseSlotOptions>()!;
        var language = await _language.GetAsync(step.Context, cancellationToken);
        var search = step.Result as SlotSearch ?? SlotSearch.Of(step.ResultAs<DateWish>()!);
        step.Values.Search = search;
        var offer = await _offerer.OfferAsync(options.ServiceId, options.Persons, search, cancellationToken);
        var explanation = _offerer.Explanation(offer, language);
        if (offer.AllSlots.Count == 0)
        {
            await step.Context.SendActivityAsync(ReplyFactory.Say(explanation!, language), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values.Offered = offer.AllSlots.Select(s => new OfferedSlot(s.Start, s.End)).ToList();
        if (explanation is not null)
        {
            await step.Context.SendActivityAsync(ReplyFactory.Say(explanation, language), cancellationToken);
        }

        return await step.PromptAsync(SlotPromptId, new PromptOptions
        {
            Prompt = new PromptMessage(explanation is null ? "Slots.Offer" : "Slots.Which") { Expecting = Expecting.For(BookingField.Slot) },
            RetryPrompt = new PromptMessage("Slots.Retry") { Expecting = Expecting.For(BookingField.Slot) },
            Choices = step.Values.Offered.Select(s => SlotChoices.For(s, language)).Append(new Choice(DialogTexts.Texts["Slots.Other", language])).ToList(),
            Validations = SlotPrompt.Offer(step.Values.Offered),
            Style = ListStyle.SuggestedAction,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> TakeStepAsync(WaterfallStepContext<ChooseSlotValues> step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<ChooseSlotOptions>()!;
        var answer = step.ResultAs<SlotAnswer>()!;
        if (answer.Slot is not { } slot)
        {
            return await step.ReplaceDialogAsync(Id + ".Steps", options with { Search = answer.Search }, cancellationToken);
        }

        return await step.EndDialogAsync(new ChosenSlot(slot.Start, slot.End), cancellationToken);
    }
}
