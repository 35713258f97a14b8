using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.CheckIn;
using Termine.Testing.Hosts;

namespace Termine.Testing.Residents;

/// <summary>Residents booked for today through the core and checked in with their tokens, in the order given.</summary>
public static class Arrivals
{
    /// <summary>Fifteen minutes, bookable two hours ahead: today's afternoon is open to it.</summary>
    private const string ServiceId = "residence-card-collection";

    /// <summary>Today is Tuesday 24 November 2026, 09:00 (<see cref="BookingHost.DefaultNow"/>); the afternoon opens at 13:00.</summary>
    private static readonly DateTimeOffset TodayAtOne = new(2026, 11, 24, 13, 0, 0, TimeSpan.FromHours(1));

    /// <returns>For each resident: the reference and the waiting number.</returns>
    public static async Task<IReadOnlyList<(string Reference, int Number)>> ArriveAsync(IServiceProvider services, int count, string name = "arrival")
    {
        var bookings = services.GetRequiredService<BookingService>();
        var checkIn = services.GetRequiredService<CheckInService>();
        var arrived = new List<(string, int)>();
        for (var i = 0; i < count; i++)
        {
            var key = $"{name}-{i}-{Guid.NewGuid():N}";
            var held = (HoldResult.Held)await bookings.HoldAsync(ServiceId, TodayAtOne.AddMinutes(15 * i), 1, key, CancellationToken.None);
            var booked = (BookingResult.Booked)await bookings.ConfirmAsync(held.HoldId, People.Resident($"{key}@example.org", "tr"), "api", CancellationToken.None);
            var done = (CheckInResult.CheckedIn)await checkIn.CheckInAsync(booked.Tokens!.CheckIn, CancellationToken.None);
            arrived.Add((booked.Appointment.Reference, done.WaitingNumber));
        }

        return arrived;
    }
}
