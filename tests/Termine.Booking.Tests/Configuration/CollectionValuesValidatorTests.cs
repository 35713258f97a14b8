using Microsoft.Extensions.Configuration;
using Termine.Booking.Configuration;
using Termine.Booking.Notifications;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Tests.Configuration;

/// <summary>An element of a configured list or dictionary that does not convert stops the start instead of vanishing.</summary>
public sealed class CollectionValuesValidatorTests
{
    [Theory]
    [InlineData("Termine:Scheduling:OpeningHours:Monday:0:From", "8 Uhr")]
    [InlineData("Termine:Scheduling:OpeningHours:Friday:1:To", "12.30")]
    [InlineData("Termine:Scheduling:ClosingDays:0:Date", "24.12.")]
    [InlineData("Termine:Scheduling:Desks:residence", "vier")]
    public void AnElementThatDoesNotConvert_IsNamedByItsKey(string key, string value)
    {
        var validator = Validator<SchedulingOptions>(SchedulingOptions.SectionName, (key, value));

        var failure = Assert.Throws<InvalidOperationException>(() => validator.Validate(null, new SchedulingOptions()));

        Assert.Contains($"at '{key}'", failure.Message);
    }

    [Fact]
    public void AReminderLeadTimeThatDoesNotConvert_IsNamedByItsKey()
    {
        var validator = Validator<MailOptions>(MailOptions.SectionName, ("Termine:Mail:ReminderLeadTimes:1", "a week"));

        var failure = Assert.Throws<InvalidOperationException>(() => validator.Validate(null, new MailOptions()));

        Assert.Contains("at 'Termine:Mail:ReminderLeadTimes:1'", failure.Message);
    }

    [Theory]
    [InlineData("Mondya")]
    [InlineData("Montag")]
    [InlineData("8")]
    public void AWeekdayThatIsNoWeekday_IsRefused(string day)
    {
        var validator = Validator<SchedulingOptions>(SchedulingOptions.SectionName, ($"Termine:Scheduling:OpeningHours:{day}:0:From", "08:00"));

        var result = validator.Validate(null, new SchedulingOptions());

        Assert.True(result.Failed);
        Assert.Contains($"Termine:Scheduling:OpeningHours:{day} names \"{day}\"", result.FailureMessage);
    }

    [Fact]
    public void TheShippedConfiguration_Passes()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.shared.json")).Build();

        Assert.False(new CollectionValuesValidator<SchedulingOptions>(configuration, SchedulingOptions.SectionName).Validate(null, new SchedulingOptions()).Failed);
        Assert.False(new CollectionValuesValidator<MailOptions>(configuration, MailOptions.SectionName).Validate(null, new MailOptions()).Failed);
    }

    private static CollectionValuesValidator<T> Validator<T>(string section, params (string Key, string Value)[] values)
        where T : class =>
        new(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build(), section);
}
