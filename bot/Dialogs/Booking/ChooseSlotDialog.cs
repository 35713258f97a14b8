using System.Globalization;
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
/// From a date wish in the resident's words to a chosen slot: the nearest matching free slots, or the nearest
/// alternatives said plainly; chosen by button, position ("the second") or time ("10:30"); held while the resident
/// types their data.
/// </summary>
public sealed class ChooseSlotDialog : ComponentDialog
{
    private const int SlotsOffered = 5;
    private const int AlternativeDays = 60;
    private const string DatePrompt = nameof(ChooseSlotDialog) + ".Date";
    private const string SlotPrompt = nameof(ChooseSlotDialog) + ".Slot";

    private readonly ConversationLanguage _language;
    private readonly SlotFinder _slots;
    private readonly BookingService _bookings;
    private readonly OfficeClock _clock;

    public ChooseSlotDialog(
        IPromptRenderer renderer, DateWishParser parser, ConversationLanguage language, SlotFinder slots, BookingService bookings, OfficeClock clock)
        : base(nameof(ChooseSlotDialog))
    {
        (_language, _slots, _bookings, _clock) = (language, slots, bookings, clock);
        AddDialog(new WaterfallDialog<ChooseSlotValues>(nameof(ChooseSlotDialog) + ".Steps", [AskDateStepAsync, OfferStepAsync, TakeStepAsync]));
        AddDialog(new DateWishPrompt(DatePrompt, renderer, parser, language, clock));
        AddDialog(new ChoicePrompt(SlotPrompt, renderer, ordinalRecognizer: Ordinal));
    }

    private async Task<DialogTurnResult> AskDateStepAsync(WaterfallStepContext<ChooseSlotValues> step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<ChooseSlotOptions>()!;
        return options.Search is { } search
            ? await step.NextAsync(search, cancellationToken)
            : await step.PromptAsync(DatePrompt, new PromptOptions
            {
                Prompt = new PromptMessage("Date.Ask") { Expecting = "date" },
                RetryPrompt = new PromptMessage("Date.Retry") { Expecting = "date" },
            }, cancellationToken);
    }

    private async Task<DialogTurnResult> OfferStepAsync(WaterfallStepContext<ChooseSlotValues> step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<ChooseSlotOptions>()!;
        var language = await _language.GetAsync(step.Context, cancellationToken);
        var search = step.Result as SlotSearch ?? SlotSearch.Of(step.ResultAs<DateWish>()!);
        step.Values.Search = search;
        var found = await _slots.FindAsync(search.ToQuery(options.ServiceId, options.Persons, SlotsOffered), cancellationToken) ?? [];
        var key = "Slots.Offer";
        if (found.Count == 0)
        {
            var today = _clock.Today;
            found = await _slots.FindAsync(new SlotQuery(options.ServiceId, today, today.AddDays(AlternativeDays), options.Persons, Limit: SlotsOffered), cancellationToken) ?? [];
            key = "Slots.Alternatives";
        }

        if (found.Count == 0)
        {
            await step.Context.SendActivityAsync(ReplyFactory.Say(DialogTexts.Texts.Get("Slots.None", language, OfficeContact.Phone), language), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values.Offered = found.Select(s => new OfferedSlot(s.Start, s.End)).ToList();
        var choices = found.Select(s => new Choice(AppointmentEmailComposer.Texts.DateAndTime(s.Start, language))
        {
            Synonyms = [Iso(s.Start) + DialogPromptRenderer.IntervalSeparator + Iso(s.End), s.Start.ToString("HH:mm", CultureInfo.InvariantCulture), s.Start.ToString("H:mm", CultureInfo.InvariantCulture)],
        }).Append(new Choice(DialogTexts.Texts["Slots.Other", language])).ToList();
        return await step.PromptAsync(SlotPrompt, new PromptOptions
        {
            Prompt = new PromptMessage(key) { Expecting = "slot" },
            RetryPrompt = new PromptMessage("Slots.Retry") { Expecting = "slot" },
            Choices = choices,
            Style = ListStyle.SuggestedAction,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> TakeStepAsync(WaterfallStepContext<ChooseSlotValues> step, CancellationToken cancellationToken)
    {
        var options = step.GetOptions<ChooseSlotOptions>()!;
        var choice = step.ResultAs<FoundChoice>()!;
        if (choice.Index >= step.Values.Offered.Count)
        {
            return await step.ReplaceDialogAsync(Id + ".Steps", options with { Search = null }, cancellationToken);
        }

        var slot = step.Values.Offered[choice.Index];
        if (!options.Hold)
        {
            return await step.EndDialogAsync(new ChosenSlot(slot.Start, slot.End, null), cancellationToken);
        }

        var language = await _language.GetAsync(step.Context, cancellationToken);
        var held = await _bookings.HoldAsync(options.ServiceId, slot.Start, options.Persons, ClientKeys.For(step.Context.Activity.ChannelId, step.Context.Activity.Conversation?.Id), cancellationToken);
        if (held is HoldResult.Held hold)
        {
            var minutes = (int)Math.Round((hold.ExpiresAt - _clock.UtcNow).TotalMinutes);
            await step.Context.SendActivityAsync(ReplyFactory.Say(
                DialogTexts.Texts.Get("Slots.Held", language, AppointmentEmailComposer.Texts.DateAndTime(hold.Start, language), minutes), language), cancellationToken);
            return await step.EndDialogAsync(new ChosenSlot(hold.Start, hold.End, hold.HoldId), cancellationToken);
        }

        await step.Context.SendActivityAsync(ReplyFactory.Say(DialogTexts.Texts["Slots.Taken", language], language), cancellationToken);
        return await step.ReplaceDialogAsync(Id + ".Steps", options with { Search = step.Values.Search }, cancellationToken);
    }

    /// <summary>
    /// Always invariant: the SDK sets the thread's culture from the activity's locale, and ar-SA would write Hijri dates.
    /// </summary>
    private static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>"The second", "die zweite", "второй", "ikincisi" in any of the seven languages; -1 means the last.</summary>
    private static int? Ordinal(string text)
    {
        foreach (var language in Termine.Booking.Languages.All)
        {
            if (OrdinalParser.TryParse(text, language, out var number) && number > 0)
            {
                return number;
            }
        }

        return null;
    }
}
