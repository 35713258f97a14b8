namespace Termine.Bot.Tests.Dialogs.Personas;

/// <summary>
/// One resident as they really write: the channel's locale, the language they end up writing in, what they open with,
/// how they answer each question (by <c>channelData.expecting</c>), which slots they accept and how they pick one.
/// </summary>
public sealed record Persona(string Id, string Locale, string Language, string Background)
{
    public required string ServiceId { get; init; }

    public required Booker Booker { get; init; }

    /// <summary>The people who come along; each is given by name and birth date when the bot asks for them.</summary>
    public IReadOnlyList<Companion> Companions { get; init; } = [];

    public int Persons => 1 + Companions.Count;

    /// <summary>The slots this person finally takes; the booking must satisfy it whenever the office has such a slot.</summary>
    public required SlotWish Wish { get; init; }

    /// <summary>The first message(s), sent before the bot has asked anything.</summary>
    public required IReadOnlyList<Line> Opening { get; init; }

    /// <summary>Answers per question (<c>expecting</c>), used in turn; the last one is repeated if the bot asks again.</summary>
    public required Dictionary<string, Line[]> Answers { get; init; }

    public required SlotPick Pick { get; init; }

    /// <summary>Said instead of picking when no offered slot fits the wish (or always at the first offer, see below).</summary>
    public IReadOnlyList<Line> RejectSlots { get; init; } = [];

    /// <summary>Turns the first offer down with the first of <see cref="RejectSlots"/> even if a slot would do.</summary>
    public bool RejectsFirstOffer { get; init; }

    public override string ToString() => Id;
}

/// <summary>The person who books, as the booking must store them (after any correction at the summary).</summary>
public sealed record Booker(string Name, DateOnly BirthDate, string Email, string? Phone);

/// <summary>A family member: as stored, and as this persona writes the birth date.</summary>
public sealed record Companion(string Name, DateOnly BirthDate, string BirthDateText, string? Together = null)
{
    /// <summary>Name and birth date in one message, for a question about the whole person.</summary>
    public string Says => Together ?? $"{Name}, {BirthDateText}";
}

/// <summary>What a resident can state; a question for a stated fact is a re-asked question.</summary>
public enum Fact
{
    Service,
    Persons,
    Date,
    Name,
    BirthDate,
    Email,
    Phone,
    Companion,
}

/// <summary>One message of the persona and the facts it states (null: the fact the question asked for).</summary>
public sealed record Line(string Text, IReadOnlyList<Fact>? States = null)
{
    public static implicit operator Line(string text) => new(text);

    /// <summary>A question or remark in the middle: it states nothing.</summary>
    public static Line Asking(string text) => new(text, []);

    public static Line Giving(string text, params Fact[] facts) => new(text, facts);
}
