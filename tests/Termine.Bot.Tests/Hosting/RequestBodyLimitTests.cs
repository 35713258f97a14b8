using System.Net;
using System.Text;
using Termine.Bot.Tests.DirectLine;
using Termine.Testing.Databases;
using Termine.Testing.DirectLine;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Hosting;

/// <summary>Kestrel refuses a large body with 413 before it is parsed; the channels' endpoints allow what they need.</summary>
public sealed class RequestBodyLimitTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task TenMegabytesOfJson_ToTheApi_Is413()
    {
        await using var host = KestrelTermine.Start(database);

        using var response = await host.Client.SendAsync(ExpectingContinue("/api/appointments", Json(10 * 1024 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task TenMegabytesOfJson_ToDirectLine_Is413()
    {
        await using var host = KestrelTermine.Start(database, DirectLineTestClient.Settings());
        var client = new DirectLineTestClient(host.Client);
        var (conversationId, token, _) = await client.ConnectAsync();

        using var request = ExpectingContinue($"/v3/directline/conversations/{conversationId}/activities", Json(10 * 1024 * 1024));
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task ABotConnectorActivityLargerThanTheDefault_IsNotRefusedForItsSize()
    {
        await using var host = KestrelTermine.Start(database);

        using var response = await host.Client.PostAsync("/api/messages", Json(200 * 1024));

        // Refused for want of a Bot Framework token, after the body limit let it through.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AnUploadWithinMaxUploadBytes_IsTaken_OneBeyondIs413()
    {
        await using var host = KestrelTermine.Start(database, DirectLineTestClient.Settings(("Termine:DirectLine:MaxUploadBytes", "300000")));
        var client = new DirectLineTestClient(host.Client);
        var (conversationId, token, userId) = await client.ConnectAsync();

        using var within = await UploadAsync(host.Client, conversationId, token, userId, 200_000);
        using var beyond = await UploadAsync(host.Client, conversationId, token, userId, 400_000);

        Assert.Equal(HttpStatusCode.OK, within.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, beyond.StatusCode);
    }

    /// <summary>
    /// As curl sends a large body: the server answers 413 before a byte of it is sent, which is what "refused before
    /// parsing" means (without it the client would still be writing when the server closes the connection).
    /// </summary>
    private static HttpRequestMessage ExpectingContinue(string path, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.ExpectContinue = true;
        return request;
    }

    private static StringContent Json(int bytes) => new(Text(bytes), Encoding.UTF8, "application/json");

    private static string Text(int bytes) => "{\"text\":\"" + new string('a', bytes) + "\"}";

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient http, string conversationId, string token, string userId, int bytes)
    {
        using var form = new MultipartFormDataContent();
        // A PNG by its signature, so the upload's content check takes it; the size is what is tested here.
        var png = new byte[bytes];
        new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(png, 0);
        form.Add(new ByteArrayContent(png), "file", "scan.png");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload?userId={userId}") { Content = form };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }
}
