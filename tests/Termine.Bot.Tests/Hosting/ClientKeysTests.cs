using System.Net;
using Microsoft.AspNetCore.Http;
using Termine.Bot.Hosting;

namespace Termine.Bot.Tests.Hosting;

public sealed class ClientKeysTests
{
    [Theory]
    [InlineData("203.0.113.7", "203.0.113.7")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2::1", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:3::1", "2001:db8:1:3::/64")]
    public void AddressOf_CountsIPv4AsItIs_AndIPv6ByItsSlash64(string remote, string counted)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(remote);

        Assert.Equal(counted, ClientKeys.AddressOf(context));
    }

    [Fact]
    public void For_OneAddress_GivesOneKey_ThatDoesNotShowTheAddress()
    {
        var first = new DefaultHttpContext();
        first.Connection.RemoteIpAddress = IPAddress.Parse("2001:db8:1:2::1");
        var second = new DefaultHttpContext();
        second.Connection.RemoteIpAddress = IPAddress.Parse("2001:db8:1:2::99");

        Assert.Equal(ClientKeys.For(first), ClientKeys.For(second));
        Assert.DoesNotContain("2001", ClientKeys.For(first), StringComparison.Ordinal);
    }
}
