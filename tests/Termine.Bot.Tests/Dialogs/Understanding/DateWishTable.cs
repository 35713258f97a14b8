namespace Termine.Bot.Tests.Dialogs.Understanding;

/// <summary>
/// The date wishes every language must understand, one file per language with the same rows in the same order,
/// all relative to Tuesday 24 November 2026, 09:00 in Neuss (+01:00).
/// </summary>
public static partial class DateWishTable
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(1));

    private const string Today = "2026-11-24";
    private const string Tomorrow = "2026-11-25";
    private const string Thursday = "2026-11-26";
    private const string Friday = "2026-11-27";
    private const string NextMonday = "2026-11-30";
    private const string NextTuesday = "2026-12-01";
    private const string NextFriday = "2026-12-04";
    private const string December1 = "2026-12-01";
    private const string December3 = "2026-12-03";
    private const string December5 = "2026-12-05";
    private const string InTwoWeeks = "2026-12-08";
    private const string December9 = "2026-12-09";
    private const string December10 = "2026-12-10";
    private const string December15 = "2026-12-15";
    private const string December31 = "2026-12-31";
    private const string November30 = "2026-11-30";
    private const string January3 = "2027-01-03";
    private const string January1 = "2027-01-01";
    private const string January31 = "2027-01-31";

    /// <summary>Today plus the 60 days an open wish looks ahead.</summary>
    private const string Horizon = "2027-01-23";

    /// <summary>15 December plus 60 days, the end of "after 15 December".</summary>
    private const string AfterDecember15 = "2027-02-13";

    private const string Tuesday = "Tuesday";
    private const string WorkdaysButMonday = "Tuesday,Wednesday,Thursday,Friday";
    private const string Noon = "12:00";
    private const string Evening = "16:00";
    private const string? NoWish = null;
}
