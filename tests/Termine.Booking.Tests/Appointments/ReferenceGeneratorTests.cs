using Termine.Booking.Appointments;

namespace Termine.Booking.Tests.Appointments;

public sealed class ReferenceGeneratorTests
{
    [Fact]
    public void Next_HasNoCharacterThatIsEasilyMisheard()
    {
        var references = Enumerable.Range(0, 2000).Select(_ => ReferenceGenerator.Next()).ToList();

        Assert.All(references, r => Assert.DoesNotMatch("[0O1IL2Z5S8BQ]", r));
        Assert.True(references.Distinct().Count() > 1990);
    }

    [Theory]
    [InlineData("k7mx 3pqt", null)]
    [InlineData("K7MX-3PRT", "K7MX-3PRT")]
    [InlineData("k7mx3prt", "K7MX-3PRT")]
    [InlineData(" k7mx-3prt ", "K7MX-3PRT")]
    [InlineData("K7MX-3PR", null)]
    public void Normalize_AcceptsSpokenAndTypedForms(string input, string? expected)
    {
        Assert.Equal(expected, ReferenceGenerator.Normalize(input));
    }
}
