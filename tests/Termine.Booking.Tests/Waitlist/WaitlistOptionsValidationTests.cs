using Termine.Booking.Waitlist;

namespace Termine.Booking.Tests.Waitlist;

/// <summary>The waiting list's options are checked at start, each wrong value named with its key and what is allowed.</summary>
public sealed class WaitlistOptionsValidationTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void MaxUnansweredOffers_OutsideOneToTwenty_IsRefusedNamingTheKeyAndTheValue(int value)
    {
        var result = new WaitlistOptionsValidation().Validate(null, new WaitlistOptions { MaxUnansweredOffers = value });

        Assert.True(result.Failed);
        Assert.Equal($"Termine:Waitlist:MaxUnansweredOffers is {value}; it must be between 1 and 20.", Assert.Single(result.Failures!));
    }

    [Fact]
    public void TheDefaults_AreValid_AndCloseAfterThreeUnansweredOffers()
    {
        var options = new WaitlistOptions();

        Assert.True(new WaitlistOptionsValidation().Validate(null, options).Succeeded);
        Assert.Equal(3, options.MaxUnansweredOffers);
    }
}
