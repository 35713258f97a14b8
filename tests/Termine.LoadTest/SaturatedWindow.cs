namespace Termine.LoadTest;

/// <summary>What ended inside the saturated step's window, all its residents busy throughout.</summary>
/// <param name="Turns">Turns whose reply arrived inside the window (each one committed by the host before it answered).</param>
/// <param name="Bookings">Bookings the residents were told of inside the window.</param>
public sealed record SaturatedWindow(TimeSpan Duration, int Turns, int Bookings);
