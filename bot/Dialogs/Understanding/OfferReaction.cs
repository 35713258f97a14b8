namespace Termine.Bot.Dialogs.Understanding;

/// <summary>What a resident says about the slots offered, other than picking one.</summary>
public enum OfferReaction
{
    /// <summary>None of the offered times suits ("passt alles nicht", "another day", "hiçbiri uymuyor").</summary>
    NoneSuit,

    /// <summary>Later times ("später", "too early", "plus tard", "позже").</summary>
    Later,

    /// <summary>Earlier times ("früher", "too late", "plus tôt", "раньше").</summary>
    Earlier,

    /// <summary>Times in the next week ("nächste Woche", "la semaine prochaine", "الأسبوع القادم").</summary>
    NextWeek,
}
