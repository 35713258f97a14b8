namespace Termine.Bot.Admin.ServicePoint;

/// <summary>The service point's figures for a range of days.</summary>
public sealed record StatisticsReport(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<StatisticsReport.Day> Days,
    IReadOnlyList<StatisticsReport.Count> PerService,
    IReadOnlyList<StatisticsReport.Count> PerChannel,
    IReadOnlyList<StatisticsReport.Count> PerLanguage,
    int Done,
    int NoShows,
    IReadOnlyList<StatisticsReport.NextFree> NextFreeSlots)
{
    /// <summary>No-shows among the past visits that were decided either way; null when there were none.</summary>
    public double? NoShowRate => Done + NoShows == 0 ? null : (double)NoShows / (Done + NoShows);

    /// <param name="Booked">Appointments that were not cancelled.</param>
    public sealed record Day(DateOnly Date, int Booked, int Cancelled);

    public sealed record Count(string Name, int Appointments);

    /// <param name="Start">Null when nothing is free within the service's booking horizon.</param>
    public sealed record NextFree(string ServiceName, DateTimeOffset? Start, int? DaysAhead);
}
