using Termine.Booking.Appointments;

namespace Termine.Booking.Tests.Appointments;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("anna@example.org")]
    [InlineData("anna.schmidt@web.de")]
    [InlineData("a@b.de")]
    [InlineData("first.middle.last@sub.domain.example.com")]
    [InlineData("anna+termine@gmail.com")]
    [InlineData("o'brien@example.ie")]
    [InlineData("user_name-1@my-host.example")]
    [InlineData("x!#$%&'*+-/=?^_`{|}~@example.org")]
    [InlineData("ANNA@EXAMPLE.ORG")]
    [InlineData("анна@почта.рф")]
    [InlineData("anna@xn--80a1acny.xn--p1ai")]
    [InlineData("müller@müller.de")]
    [InlineData("ali@مثال.مصر")]
    [InlineData("anna@123.example.org")]
    public void IsValid_AcceptsMailboxAddresses(string address) => Assert.True(EmailAddress.IsValid(address));

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("anna")]
    [InlineData("anna@")]
    [InlineData("@example.org")]
    [InlineData("anna@localhost")]
    [InlineData("anna@example")]
    [InlineData("\"<script>alert(1)</script>\"@example.org")]
    [InlineData("\"anna schmidt\"@example.org")]
    [InlineData("\"anna\"@example.org")]
    [InlineData("anna schmidt@example.org")]
    [InlineData(" anna@example.org")]
    [InlineData("anna@example.org ")]
    [InlineData("anna\t@example.org")]
    [InlineData("anna\n@example.org")]
    [InlineData("<anna@example.org>")]
    [InlineData("Anna <anna@example.org>")]
    [InlineData("anna(comment)@example.org")]
    [InlineData("anna,bob@example.org")]
    [InlineData("anna;bob@example.org")]
    [InlineData("anna:bob@example.org")]
    [InlineData("anna\\bob@example.org")]
    [InlineData("anna[1]@example.org")]
    [InlineData("anna@bob@example.org")]
    [InlineData(".anna@example.org")]
    [InlineData("anna.@example.org")]
    [InlineData("an..na@example.org")]
    [InlineData("anna@.example.org")]
    [InlineData("anna@example.org.")]
    [InlineData("anna@example..org")]
    [InlineData("anna@-example.org")]
    [InlineData("anna@example-.org")]
    [InlineData("anna@exa_mple.org")]
    [InlineData("anna@exa mple.org")]
    [InlineData("anna@[192.168.0.1]")]
    [InlineData("anna@192.168.0.1")]
    [InlineData("anna@example.org\r\nBcc: eve@example.org")]
    [InlineData("anna\u200b@example.org")]
    [InlineData("anna@exam\u200bple.org")]
    public void IsValid_RefusesEverythingElse(string address) => Assert.False(EmailAddress.IsValid(address));

    [Fact]
    public void IsValid_LocalPart_AtMost64Octets()
    {
        Assert.True(EmailAddress.IsValid($"{new string('a', 64)}@example.org"));
        Assert.False(EmailAddress.IsValid($"{new string('a', 65)}@example.org"));
        // Octets, not characters: 32 Cyrillic letters are 64 octets, 33 are 66.
        Assert.True(EmailAddress.IsValid($"{new string('ж', 32)}@example.org"));
        Assert.False(EmailAddress.IsValid($"{new string('ж', 33)}@example.org"));
    }

    [Fact]
    public void IsValid_Label_AtMost63Octets_AndTheWhole_AtMost254()
    {
        Assert.True(EmailAddress.IsValid($"anna@{new string('d', 63)}.org"));
        Assert.False(EmailAddress.IsValid($"anna@{new string('d', 64)}.org"));

        // 60 + 1 + 193 = 254 octets, and one more.
        var domain = string.Join('.', new string('d', 63), new string('d', 62), new string('d', 62)) + ".org";
        Assert.Equal(193, domain.Length);
        Assert.True(EmailAddress.IsValid($"{new string('a', 60)}@{domain}"));
        Assert.False(EmailAddress.IsValid($"{new string('a', 61)}@{domain}"));
    }
}
