namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// Numbers one to ten as words in one language, as regular-expression fragments folded like resident text (see
/// <see cref="DateWords"/>), with every gender and case a resident may type.
/// </summary>
internal sealed record NumberWords
{
    /// <summary>Ten entries, one first: "zwei|zwo", "два|две|двух".</summary>
    public required string[] Cardinals { get; init; }

    /// <summary>Ten entries, first first: "zweite[nrms]?", "второй|вторую|второе".</summary>
    public required string[] Ordinals { get; init; }

    /// <summary>Word forms meaning "the last one" of a list.</summary>
    public required string Last { get; init; }
}
