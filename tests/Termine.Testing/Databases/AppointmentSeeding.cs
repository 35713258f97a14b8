using Termine.Booking.Appointments;

namespace Termine.Testing.Databases;

/// <summary>For rows a test writes directly: the status is reached along the allowed changes, as the services reach it.</summary>
public static class AppointmentSeeding
{
    public static Appointment WithStatus(this Appointment appointment, AppointmentStatus status)
    {
        var path = new Dictionary<AppointmentStatus, AppointmentStatus[]> { [appointment.Status] = [] };
        var queue = new Queue<AppointmentStatus>([appointment.Status]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var next in AppointmentTransitions.Allowed[current].Where(n => !path.ContainsKey(n)))
            {
                path[next] = [.. path[current], next];
                queue.Enqueue(next);
            }
        }

        foreach (var step in path[status])
        {
            appointment.MoveTo(step);
        }

        return appointment;
    }
}
