using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Termine.Booking.Scheduling;
using Termine.Bot.Conversation;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Dialogs.Booking;
using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Dialogs.Prompts;

/// <summary>
/// Asks to pick one of the offered slots (kept in <see cref="PromptOptions.Validations"/>) the way the booking form
/// does: by button, position or spoken time; "none of these" or a new date wish are answers too.
/// </summary>
public sealed class SlotPrompt(string dialogId, IPromptRenderer renderer, MessageReader reader, ConversationLanguage language, OfficeClock clock)
    : Prompt<SlotAnswer>(dialogId, renderer, validator: null)
{
    public static JsonNode Offer(IReadOnlyList<OfferedSlot> offered) => JsonSerializer.SerializeToNode(offered)!;

    protected override async Task<PromptRecognizerResult<SlotAnswer>> OnRecognizeAsync(
        ITurnContext turnContext, DialogInstance instance, PromptOptions options, CancellationToken cancellationToken)
    {
        var code = await language.GetAsync(turnContext, cancellationToken);
        var offered = options.Validations?.Deserialize<List<OfferedSlot>>() ?? [];
        var reading = reader.Read(turnContext.Activity.Text ?? "", code, BookingField.Slot);
        SlotAnswer? answer = SlotChoices.Pick(offered, reading, code, clock) is { } picked ? new SlotAnswer(picked, null)
            : reading.Reaction is not null ? new SlotAnswer(null, null)
            : reading.Wish is { } wish ? new SlotAnswer(null, SlotSearch.Of(wish))
            : null;
        return answer is null ? new PromptRecognizerResult<SlotAnswer>(false) : new PromptRecognizerResult<SlotAnswer>(true, answer);
    }
}

/// <summary>The slot picked; or none of them, with a new wish to search when the resident said one.</summary>
public sealed record SlotAnswer(OfferedSlot? Slot, SlotSearch? Search);
