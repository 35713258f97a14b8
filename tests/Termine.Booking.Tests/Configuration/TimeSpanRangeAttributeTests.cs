using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Termine.Booking.Configuration;

namespace Termine.Booking.Tests.Configuration;

public sealed class TimeSpanRangeAttributeTests
{
    [Fact]
    public void Limits_AreConvertedBeforeTheInstanceIsShared()
    {
        // The plain attribute keeps its limits as strings until its first use, and converts them there without a lock.
        var range = new TimeSpanRangeAttribute("00:00:01", "01:00:00");

        Assert.Equal(TimeSpan.FromSeconds(1), Assert.IsType<TimeSpan>(range.Minimum));
        Assert.Equal(TimeSpan.FromHours(1), Assert.IsType<TimeSpan>(range.Maximum));
        Assert.True(range.IsValid(TimeSpan.FromMinutes(30)));
        Assert.False(range.IsValid(TimeSpan.FromHours(2)));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    public void Limits_AreReadTheSameWhateverTheCulture(string culture)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var range = new TimeSpanRangeAttribute("00:00:01", "1.00:00:00");

            Assert.Equal(TimeSpan.FromDays(1), range.Maximum);
            Assert.True(range.IsValid(TimeSpan.FromHours(23)));
            Assert.False(range.IsValid(TimeSpan.Zero));
            Assert.Equal("The field Delay must be between 00:00:01 and 1.00:00:00.", range.FormatErrorMessage("Delay"));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
