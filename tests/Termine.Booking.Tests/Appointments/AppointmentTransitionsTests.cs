using Termine.Booking.Appointments;

namespace Termine.Booking.Tests.Appointments;

public sealed class AppointmentTransitionsTests
{
    /// <summary>The table as the issue describes it; a new status or change is one edit there and one here.</summary>
    private static readonly HashSet<(AppointmentStatus From, AppointmentStatus To)> Expected =
    [
        (AppointmentStatus.Held, AppointmentStatus.Booked),
        (AppointmentStatus.Held, AppointmentStatus.Expired),
        (AppointmentStatus.Booked, AppointmentStatus.Cancelled),
        (AppointmentStatus.Booked, AppointmentStatus.Arrived),
        (AppointmentStatus.Arrived, AppointmentStatus.Called),
        (AppointmentStatus.Arrived, AppointmentStatus.Done),
        (AppointmentStatus.Arrived, AppointmentStatus.NoShow),
        (AppointmentStatus.Called, AppointmentStatus.Called),
        (AppointmentStatus.Called, AppointmentStatus.Done),
        (AppointmentStatus.Called, AppointmentStatus.NoShow),
    ];

    public static TheoryData<AppointmentStatus, AppointmentStatus> EveryPair()
    {
        var data = new TheoryData<AppointmentStatus, AppointmentStatus>();
        foreach (var from in Enum.GetValues<AppointmentStatus>())
        {
            foreach (var to in Enum.GetValues<AppointmentStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void MoveTo_ChangesTheStatusExactlyWhereTheTableAllowsIt(AppointmentStatus from, AppointmentStatus to)
    {
        var appointment = InStatus(from);

        var moved = appointment.MoveTo(to);

        Assert.Equal(Expected.Contains((from, to)), moved);
        Assert.Equal(moved ? to : from, appointment.Status);
    }

    [Fact]
    public void TheTable_NamesEveryStatus_AndBeforeIsItsInverse()
    {
        Assert.Equal(Enum.GetValues<AppointmentStatus>().Order(), AppointmentTransitions.Allowed.Keys.Order());
        foreach (var to in Enum.GetValues<AppointmentStatus>())
        {
            Assert.Equal(Expected.Where(t => t.To == to).Select(t => t.From).Order(), AppointmentTransitions.Before(to).Order());
        }
    }

    [Fact]
    public void ANewAppointment_IsHeld()
    {
        Assert.Equal(AppointmentStatus.Held, new Appointment { ServiceId = "s", Team = "t", ClientKey = "k" }.Status);
    }

    /// <summary>An appointment brought to <paramref name="status"/> the way the services do: along the table from a hold.</summary>
    private static Appointment InStatus(AppointmentStatus status)
    {
        var path = new Dictionary<AppointmentStatus, AppointmentStatus[]> { [AppointmentStatus.Held] = [] };
        var queue = new Queue<AppointmentStatus>([AppointmentStatus.Held]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var next in Expected.Where(t => t.From == current).Select(t => t.To).Where(n => !path.ContainsKey(n)))
            {
                path[next] = [.. path[current], next];
                queue.Enqueue(next);
            }
        }

        var appointment = new Appointment { ServiceId = "s", Team = "t", ClientKey = "k" };
        foreach (var step in path[status])
        {
            Assert.True(appointment.MoveTo(step));
        }

        return appointment;
    }
}
