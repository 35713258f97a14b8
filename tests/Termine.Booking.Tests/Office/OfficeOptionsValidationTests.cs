using Termine.Booking.Office;

namespace Termine.Booking.Tests.Office;

public sealed class OfficeOptionsValidationTests
{
    [Fact]
    public void The_defaults_are_the_offices_real_address_and_pass()
    {
        var options = new OfficeOptions();

        Assert.True(new OfficeOptionsValidation().Validate(null, options).Succeeded);
        Assert.Equal(["Ausländerbehörde des Rhein-Kreises Neuss", "Lindenstraße 10", "41515 Grevenbroich"], options.AddressLines);
        Assert.Equal("tel:+4921816010", options.PhoneLink);
    }

    [Theory]
    [InlineData("PostalCode", "4151")]
    [InlineData("Phone", "call us")]
    [InlineData("PhoneInternational", "02181 601-0")]
    [InlineData("Street", " ")]
    public void A_wrong_value_is_named_with_its_key(string key, string value)
    {
        var options = new OfficeOptions();
        typeof(OfficeOptions).GetProperty(key)!.SetValue(options, value);

        var result = new OfficeOptionsValidation().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains($"Termine:Office:{key}", result.FailureMessage);
    }
}
