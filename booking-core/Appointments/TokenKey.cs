using Microsoft.Extensions.Options;

namespace Termine.Booking.Appointments;

/// <summary>
/// The installation's key the residents' tokens are derived from (<see cref="TokenOptions.Key"/>): the same key gives
/// the same tokens on every host and at every time, so the outbox can compose a message when it sends it.
/// </summary>
public sealed class TokenKey(IOptions<TokenOptions> options)
{
    private readonly byte[] _key = Convert.FromBase64String(options.Value.Key!.Trim());

    /// <summary>The tokens of one generation of an appointment (see <see cref="Appointment.TokenGeneration"/>).</summary>
    public AppointmentTokens TokensOf(Guid appointmentId, int generation) =>
        new(AccessToken.Derive(_key, appointmentId, AccessToken.CheckInPurpose, generation),
            AccessToken.Derive(_key, appointmentId, AccessToken.ManagePurpose, generation));

    /// <summary>A token for something other than an appointment (a waiting-list offer, the link to leave the list).</summary>
    public string Derive(Guid id, string purpose) => AccessToken.Derive(_key, id, purpose, 1);
}
