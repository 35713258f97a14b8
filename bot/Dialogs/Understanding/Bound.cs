namespace Termine.Bot.Dialogs.Understanding;

/// <summary>How a date or time is meant when a word leans on it: "after 15 December", "before 10", "except Monday".</summary>
internal enum Bound
{
    None,

    /// <summary>From this day or time on ("after", "ab", "à partir de", "после", "بعد").</summary>
    After,

    /// <summary>Strictly before this day or time ("before", "vor", "avant", "до", "قبل").</summary>
    Before,

    /// <summary>Up to and including this day ("until", "bis", "jusqu'au", "по", "حتى").</summary>
    Until,

    /// <summary>Anything but this weekday ("except Monday", "außer montags", "кроме понедельника").</summary>
    Except,
}
