using System.ComponentModel.DataAnnotations;

namespace Termine.Booking.Configuration;

/// <summary>
/// <see cref="RangeAttribute"/> for a <see cref="TimeSpan"/> option, written as invariant "d.hh:mm:ss" limits.
/// </summary>
/// <remarks>
/// The plain attribute converts its string limits on first use and is not thread-safe while doing so: validation caches
/// one attribute instance per property, and two hosts validating at once could read a limit already converted to a
/// <see cref="TimeSpan"/> as a string (an <see cref="InvalidCastException"/> at start). Converting here, before the instance
/// is shared, leaves nothing to race on.
/// </remarks>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class TimeSpanRangeAttribute : RangeAttribute
{
    public TimeSpanRangeAttribute(string minimum, string maximum)
        : base(typeof(TimeSpan), minimum, maximum)
    {
        ParseLimitsInInvariantCulture = true;
        ConvertValueInInvariantCulture = true;
        IsValid(TimeSpan.Zero);
    }
}
