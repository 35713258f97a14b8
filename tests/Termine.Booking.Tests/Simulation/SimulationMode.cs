namespace Termine.Booking.Tests.Simulation;

/// <summary>The three offices the simulation compares.</summary>
public enum SimulationMode
{
    /// <summary>Neither waiting list nor reconfirmation: who finds nothing tries again the next day, then gives up.</summary>
    RetryOnly,

    /// <summary>Who finds nothing joins the waiting list; freed slots are offered.</summary>
    Waitlist,

    /// <summary>The waiting list, and unconfirmed appointments are released (Termine:Reconfirmation:ReleaseUnconfirmed).</summary>
    WaitlistAndRelease,
}
