using Termine.Booking.Catalog;
using Termine.Bot.Dialogs.Booking;
using Termine.Bot.Dialogs.Questions;

namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// One message read for everything it says, as typed facts; the booking conversation takes what it needs and asks
/// only for what is still missing. Each fact is null (or empty) when the message does not say it.
/// </summary>
public sealed record Reading
{
    public required string Text { get; init; }

    /// <summary>The services the words fit, best first.</summary>
    public IReadOnlyList<ServiceDefinition> Services { get; init; } = [];

    /// <summary>The words name one service clearly enough to take it without asking.</summary>
    public bool ServiceCertain { get; init; }

    /// <summary>A number of persons said as such ("wir kommen zu zweit"), or the bare answer to the persons question.</summary>
    public int? Persons { get; init; }

    public DateWish? Wish { get; init; }

    /// <summary>A clock time ("10:30", "halb elf").</summary>
    public TimeOnly? Clock { get; init; }

    /// <summary>A list position ("the second").</summary>
    public int? Ordinal { get; init; }

    public bool? Yes { get; init; }

    public string? Email { get; init; }

    /// <summary>The address was put together from spoken words ("anna dot schmidt at web dot de"): it is read back.</summary>
    public bool EmailDictated { get; init; }

    public string? Phone { get; init; }

    /// <summary>The resident says they give no phone number.</summary>
    public bool NoPhone { get; init; }

    public DateOnly? BirthDate { get; init; }

    /// <summary>The birth date could be read more than one way (day and month both up to 12): it is read back.</summary>
    public bool BirthDateAmbiguous { get; init; }

    /// <summary>A full name, when the message gives one ("my name is …", or the answer to the name question).</summary>
    public string? Name { get; init; }

    /// <summary>The message asks something instead of answering.</summary>
    public bool IsQuestion { get; init; }

    /// <summary>What a question is about, when it is one the office's data answers (where, how long, what to bring).</summary>
    public QuestionTopic? Question { get; init; }

    /// <summary>How the resident reacts to the slots on offer ("none of these", "later", "next week").</summary>
    public OfferReaction? Reaction { get; init; }

    /// <summary>The resident asks for the whole list of services ("Weitere Anliegen").</summary>
    public bool AsksForAllServices { get; init; }

    /// <summary>The message says something is wrong or should change.</summary>
    public bool SaysWrong { get; init; }

    /// <summary>The fields the message names, for corrections at the summary ("the e-mail is wrong").</summary>
    public IReadOnlySet<BookingField> Mentioned { get; init; } = new HashSet<BookingField>();
}
