using Termine.Booking.Localization;
using Termine.Booking.Scheduling;
using Termine.Bot.Conversation.Prompts;
using Termine.Bot.Dialogs.Replies;
using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Dialogs.Booking;

/// <summary>
/// Offered slots as buttons, and which one a resident picked: by the button, by position ("the second"), or by the
/// time they say ("halb elf", "10:30") — a number inside a time is a time, not a position.
/// </summary>
public static class SlotChoices
{
    public static Choice For(OfferedSlot slot, string language) =>
        new(AppointmentTimes.DateAndTime(slot.Start, language)) { Span = new ChoiceSpan(slot.Start, slot.End) };

    /// <summary>The picked slot, or null when the message picks none of them.</summary>
    public static OfferedSlot? Pick(IReadOnlyList<OfferedSlot> offered, Reading reading, string language, OfficeClock clock)
    {
        if (offered.Count == 0)
        {
            return null;
        }

        if (reading.Clock is { } time)
        {
            var atTime = offered.Where(s => TimeOnly.FromDateTime(clock.ToLocal(s.Start).DateTime) == time).ToList();
            if (reading.Wish is { } wish)
            {
                atTime = atTime.Where(s => DateOnly.FromDateTime(clock.ToLocal(s.Start).DateTime) is var day && day >= wish.From && day <= wish.To).ToList();
            }

            return atTime.FirstOrDefault();
        }

        var choices = offered.Select(s => For(s, language)).ToList();
        if (ChoiceRecognizer.Recognize(reading.Text, choices) is { } found)
        {
            return offered[found.Index];
        }

        return reading.Ordinal switch
        {
            OrdinalParser.Last => offered[^1],
            { } position when position >= 1 && position <= offered.Count => offered[position - 1],
            _ => null,
        };
    }
}
