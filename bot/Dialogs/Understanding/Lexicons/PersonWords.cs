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
}
