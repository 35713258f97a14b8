namespace Termine.LoadTest;

/// <summary>One desk team's booked appointments after the run, and the first and last day they are on (UTC).</summary>
public sealed record TeamBookings(string Team, long Booked, DateOnly FirstDay, DateOnly LastDay);
