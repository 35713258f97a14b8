using System.Text.RegularExpressions;
using Termine.Booking.Appointments;

namespace Termine.Bot.Tests.Architecture;

/// <summary>An appointment's status changes only through the table in booking-core/Appointments (docs/ARCHITECTURE.md).</summary>
public sealed partial class AppointmentStatusRulesTests
{
    [Fact]
    public void Status_HasNoSetterOutsideTheAppointment()
    {
        var setter = typeof(Appointment).GetProperty(nameof(Appointment.Status))!.SetMethod;

        Assert.NotNull(setter);
        Assert.True(setter.IsPrivate);
    }

    [Fact]
    public void ConditionalUpdates_SetTheStatusOnlyThroughTheTable()
    {
        var root = RepositoryRoot();
        var allowed = Path.Combine(root, "booking-core", "Appointments", "AppointmentTransitions.cs");
        var offenders = new[] { "booking-core", "bot" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => f != allowed && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => StatusSetter().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();

        Assert.Empty(offenders);
    }

    /// <summary>A setter of a Status whose value is not an outbox message's (those have their own states).</summary>
    [GeneratedRegex(@"SetProperty\(\s*(\w+)\s*=>\s*\1\.Status\s*,(?!\s*OutboxStatus\.)")]
    private static partial Regex StatusSetter();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Termine.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The repository root (Termine.sln) was not found.");
    }
}
