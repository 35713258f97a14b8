namespace Termine.Bot.Dialogs.Understanding;

/// <summary>How residents say how many they are, as regular-expression fragments folded like resident text.</summary>
internal sealed record PersonWords
{
    /// <summary>Coming alone ("allein", "один", "وحدي").</summary>
    public required string Alone { get; init; }

    /// <summary>Ten entries, one first: group words that carry a number ("zu zweit", "двое", "شخصين"); "" if none.</summary>
    public required string[] Groups { get; init; }

    /// <summary>"Me and my wife": the resident and one companion.</summary>
    public required string Couple { get; init; }

    /// <summary>The resident speaking of themself ("ich", "me", "moi", "ben", "أنا", "я", "мы с").</summary>
    public required string Self { get; init; }

    /// <summary>"With": a companion after it implies the resident comes too ("mit meiner Frau", "с женой", "مع").</summary>
    public required string With { get; init; }

    /// <summary>One companion each, in every case form ("Frau", "Sohnes", "женой", "сыном", "eşim", "زوجتي").</summary>
    public required string Companion { get; init; }

    /// <summary>Several companions, counted only with a number before them ("drei Kindern", "two daughters").</summary>
    public required string Companions { get; init; }

    /// <summary>Two companions in one word ("Eltern", "twins", Arabic duals "طفلين", "ولدين").</summary>
    public string Pair { get; init; } = string.Empty;

    /// <summary>Nouns that count everyone after a number ("Personen", "people", "kişi", "человека", "أشخاص").</summary>
    public required string People { get; init; }

    /// <summary>Words before a number that is everyone ("wir sind", "we are", "nous serons", "нас", "نحن").</summary>
    public required string We { get; init; }

    /// <summary>Ten entries, one first: number forms used with companions beyond the cardinals ("beiden", "двумя", "двоє").</summary>
    public string[] CompanionNumbers { get; init; } = [];
}
