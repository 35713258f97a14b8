using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Hosting;

/// <summary>
/// wwwroot as the chat page needs it: compressed as the browser accepts (brotli, gzip, none), fingerprinted names the
/// county page uses and browsers keep for a year, plain names revalidated by ETag for other sites' pages.
/// </summary>
public sealed partial class StaticAssetsTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task CountyPage_NamesFingerprintedFiles_ForItsStylesheetTheEmbedWebChatAndTheEmbedsStylesheet()
    {
        await using var factory = new TermineFactory(database);
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Matches(Fingerprinted("county", "css"), html);
        Assert.Matches("<script src=\"" + Fingerprinted("webchat/termine-chat", "js") + "\" defer", html);
        Assert.Matches("data-webchat-src=\"" + Fingerprinted("webchat/webchat", "js") + "\"", html);
        Assert.Matches("data-stylesheet-href=\"" + Fingerprinted("webchat/termine-chat", "css") + "\"", html);
    }

    [Theory]
    [InlineData("br, gzip", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("identity", null)]
    public async Task WebChatBundle_UnderItsFingerprintedName_IsCompressedAsAcceptedAndImmutableForAYear(string accept, string? encoding)
    {
        await using var factory = new TermineFactory(database);
        using var client = factory.CreateClient();
        var url = WebChatUrl().Match(await client.GetStringAsync("/")).Groups[1].Value;

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", accept);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(encoding is null ? [] : [encoding], response.Content.Headers.ContentEncoding);
        Assert.Equal("max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        var length = response.Content.Headers.ContentLength!.Value;
        Assert.True(encoding is null ? length > 3_000_000 : length < 1_000_000, $"{accept}: {length} bytes");
        // The security headers are those of every response.
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task PlainName_IsRevalidated_AndAnsweredNotModifiedWhenUnchanged()
    {
        await using var factory = new TermineFactory(database);
        using var client = factory.CreateClient();

        using var first = await client.GetAsync("/webchat/termine-chat.js");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl!.NoCache);
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/webchat/termine-chat.js");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(etag.Tag));
        using var second = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    private static string Fingerprinted(string name, string extension) => $"/{name}\\.[a-z0-9]{{6,}}\\.{extension}";

    [GeneratedRegex("data-webchat-src=\"([^\"]+)\"")]
    private static partial Regex WebChatUrl();
}
