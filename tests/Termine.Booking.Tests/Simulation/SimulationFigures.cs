namespace Termine.Booking.Tests.Simulation;

/// <summary>What one simulated run shows: the rows of the table in docs/PERFORMANCE.md, "Waiting list".</summary>
public sealed record SimulationFigures(
    SimulationMode Mode,
    int Capacity,
    int Attended,
    int Asked,
    int Served,
    double MedianWaitDays,
    int OffersSent,
    int OffersAccepted,
    int OffersDeclined,
    int OffersExpired,
    int SlotsFreed,
    int ReleasedUnconfirmed,
    int ReleasedThoughComing,
    int AcceptsRefused,
    int NoShows)
{
    public string ToMarkdownRow() =>
        $"| {Mode} | {Attended} / {Capacity} ({Percent(Attended, Capacity)}) | {NoShows} | {Served} / {Asked} ({Percent(Served, Asked)}) "
        + $"| {MedianWaitDays:0.#} | {OffersSent} / {OffersAccepted} / {OffersDeclined} / {OffersExpired} "
        + $"| {AcceptsRefused} | {SlotsFreed} / {OffersAccepted} | {ReleasedUnconfirmed} ({ReleasedThoughComing}) |";

    private static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %";
}
