using System.ComponentModel.DataAnnotations;
using Termine.Booking.Configuration;

namespace Termine.Bot.Admin.Access;

public sealed class AdminOptions
{
    public const string SectionName = "Termine:Admin";

    /// <summary>
    /// Failed sign-ins with one name from one client address after which that name is refused from that address (only
    /// there: a stranger elsewhere cannot lock out the clerk at the service point).
    /// </summary>
    [Range(1, 100, ErrorMessage = "Termine:Admin:LockoutThreshold must be a number of failures from {1} to {2}.")]
    public int LockoutThreshold { get; set; } = 5;

    /// <summary>How long a locked name stays refused from that address; failures are forgotten after as long without one.</summary>
    [TimeSpanRange("00:00:01", "1.00:00:00", ErrorMessage = "Termine:Admin:LockoutDuration must be a time span from {1} to {2}.")]
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed sign-ins from one client address, whatever the names, after which it is refused for every name.</summary>
    [Range(1, 1000, ErrorMessage = "Termine:Admin:AddressLockoutThreshold must be a number of failures from {1} to {2}.")]
    public int AddressLockoutThreshold { get; set; } = 20;

    [TimeSpanRange("00:00:01", "1.00:00:00", ErrorMessage = "Termine:Admin:AddressLockoutDuration must be a time span from {1} to {2}.")]
    public TimeSpan AddressLockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a sign-in lasts without use (sliding): a desk left alone logs itself out.</summary>
    [TimeSpanRange("00:01:00", "1.00:00:00")]
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The first administrator, created at start when there is no administrator yet.</summary>
    public InitialAdministratorOptions InitialAdministrator { get; set; } = new();
}

/// <summary>
/// Both from the environment (<c>Termine__Admin__InitialAdministrator__UserName</c>, <c>…__Password</c>), never from
/// the repository; or use <c>dotnet run --project bot -- create-admin NAME</c>, which reads the password from the
/// terminal. The password should be changed after the first login.
/// </summary>
public sealed class InitialAdministratorOptions
{
    [StringLength(StaffUser.MaxUserNameLength)]
    public string? UserName { get; set; }

    [MinLength(StaffPasswords.MinLength)]
    public string? Password { get; set; }
}
