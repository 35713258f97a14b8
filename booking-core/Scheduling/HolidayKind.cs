namespace Termine.Booking.Scheduling;

/// <summary>The days the office is closed by law or by Rhineland custom; their names are the bot's texts.</summary>
public enum HolidayKind
{
    NewYearsDay,
    RoseMonday,
    GoodFriday,
    EasterMonday,
    LabourDay,
    AscensionDay,
    WhitMonday,
    CorpusChristi,
    GermanUnityDay,
    AllSaintsDay,
    ChristmasEve,
    ChristmasDay,
    SecondChristmasDay,
    NewYearsEve,
}

public static class HolidayKindExtensions
{
    /// <summary>Rosenmontag, Christmas Eve and New Year's Eve: closed by custom, not a public holiday by law.</summary>
    public static bool IsCustomary(this HolidayKind kind) =>
        kind is HolidayKind.RoseMonday or HolidayKind.ChristmasEve or HolidayKind.NewYearsEve;
}
