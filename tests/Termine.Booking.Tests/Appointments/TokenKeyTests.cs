using Microsoft.Extensions.Options;
using Termine.Booking.Appointments;
using Termine.Testing.Security;

namespace Termine.Booking.Tests.Appointments;

/// <summary>The residents' tokens: derived from the key, the appointment, the purpose and the generation; the key checked at start.</summary>
public sealed class TokenKeyTests
{
    private static readonly Guid Appointment = Guid.Parse("0193a8f0-0000-7000-8000-000000000001");

    [Fact]
    public void Tokens_AreTheSameForTheSameGeneration_AndDifferForAnotherPurposeGenerationOrKey()
    {
        var key = KeyOf(TestTokenKey.Value);
        var first = key.TokensOf(Appointment, 1);

        Assert.Equal(first, key.TokensOf(Appointment, 1));
        Assert.NotEqual(first.CheckIn, first.Manage);
        Assert.NotEqual(first.CheckIn, key.TokensOf(Appointment, 2).CheckIn);
        Assert.NotEqual(first.CheckIn, key.TokensOf(Guid.CreateVersion7(), 1).CheckIn);
        Assert.NotEqual(first.CheckIn, KeyOf(Convert.ToBase64String(new byte[32])).TokensOf(Appointment, 1).CheckIn);
        Assert.Equal(43, first.CheckIn.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", first.CheckIn + first.Manage);
    }

    [Fact]
    public void Issue_BumpsTheGeneration_AndKeepsOnlyTheHashes()
    {
        var appointment = new Appointment { Id = Appointment, ServiceId = "s", Team = "t", ClientKey = "c", TokenGeneration = 1 };

        var tokens = AppointmentTokens.Issue(appointment, KeyOf(TestTokenKey.Value));

        Assert.Equal(2, appointment.TokenGeneration);
        Assert.Equal(KeyOf(TestTokenKey.Value).TokensOf(Appointment, 2), tokens);
        Assert.Equal(AccessToken.Hash(tokens.CheckIn), appointment.CheckInTokenHash);
        Assert.Equal(AccessToken.Hash(tokens.Manage), appointment.ManageTokenHash);
    }

    [Theory]
    [InlineData(null, "Termine:Tokens:Key is not set;")]
    [InlineData("", "Termine:Tokens:Key is not set;")]
    [InlineData("not base64 at all!", "Termine:Tokens:Key is not base64 (18 characters);")]
    [InlineData("c2hvcnQ=", "Termine:Tokens:Key has 5 bytes;")]
    public void Validation_RefusesAMissingOrWeakKey_InOneLineWithoutTheValue(string? value, string expected)
    {
        var result = new TokenOptionsValidation().Validate(null, new TokenOptions { Key = value });

        Assert.True(result.Failed);
        Assert.StartsWith(expected, result.FailureMessage);
        Assert.Contains("at least 32 random bytes", result.FailureMessage);
        Assert.DoesNotContain('\n', result.FailureMessage);
        if (!string.IsNullOrEmpty(value))
        {
            Assert.DoesNotContain(value, result.FailureMessage);
        }
    }

    [Fact]
    public void Validation_AcceptsThirtyTwoBytes() =>
        Assert.Equal(ValidateOptionsResult.Success,
            new TokenOptionsValidation().Validate(null, new TokenOptions { Key = Convert.ToBase64String(new byte[32]) }));

    private static TokenKey KeyOf(string key) => new(Options.Create(new TokenOptions { Key = key }));
}
