using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.Bot.Dialogs;
using Termine.Testing.Databases;
using Termine.Testing.DirectLine;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.DirectLine;

/// <summary>Finding 6: posts limited per conversation and per address, size limits, uploads by content, holds per address.</summary>
public sealed class DirectLineAbuseTests : IClassFixture<TestDatabase>
{
    private readonly TestDatabase _database;

    public DirectLineAbuseTests(TestDatabase database) => _database = database;

    [Theory]
    [InlineData("Termine:DirectLine:ActivitiesPerConversationPerMinute", "0")]
    [InlineData("Termine:DirectLine:ActivitiesPerAddressPerMinute", "0")]
    [InlineData("Termine:DirectLine:MaxMessageTextLength", "10")]
    [InlineData("Termine:DirectLine:MaxActivityChars", "1000000")]
    [InlineData("Termine:RateLimiting:LookupsPerMinute", "0")]
    [InlineData("Termine:RateLimiting:CheckInsPerMinute", "0")]
    public async Task Start_WithALimitOutOfRange_StopsNamingTheKey(string key, string value)
    {
        await using var factory = Host((key, value));

        StartupErrorLines.Listen();

        Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("cannot start", StartupErrorLines.Single(key[(key.LastIndexOf(':') + 1)..]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_OverTheConversationLimit_Is429Throttled_WithRetryAfter_AndOtherConversationsGoOn()
    {
        await using var factory = Host(("Termine:DirectLine:ActivitiesPerConversationPerMinute", "3"));
        var client = new DirectLineTestClient(factory.CreateClient());
        var (conversationId, token, _) = await client.ConnectAsync();

        for (var i = 0; i < 3; i++)
        {
            await client.PostActivityAsync(conversationId, token, DirectLineTestClient.Event("ping"));
        }

        var refused = await PostAsync(client, conversationId, token, DirectLineTestClient.Event("ping"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("Throttled", (await DirectLineTestClient.JsonAsync(refused))["error"]!["code"]!.GetValue<string>());
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(3, (await client.PollAsync(conversationId, token)).Activities.Count(a => a!["from"]!["role"]!.GetValue<string>() == "user"));

        var (other, otherToken, _) = await client.ConnectAsync();
        await client.PostActivityAsync(other, otherToken, DirectLineTestClient.Event("ping"));
    }

    [Fact]
    public async Task Post_OverTheAddressLimit_AcrossConversations_Is429()
    {
        await using var factory = Host(("Termine:DirectLine:ActivitiesPerAddressPerMinute", "3"));
        var client = new DirectLineTestClient(factory.CreateClient());

        for (var i = 0; i < 3; i++)
        {
            var (conversationId, token, _) = await client.ConnectAsync();
            await client.PostActivityAsync(conversationId, token, DirectLineTestClient.Event("ping"));
        }

        var (fourth, fourthToken, _) = await client.ConnectAsync();
        var refused = await PostAsync(client, fourth, fourthToken, DirectLineTestClient.Event("ping"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Empty((await client.PollAsync(fourth, fourthToken)).Activities);
    }

    [Fact]
    public async Task Post_TextOverTheLimit_Is413_AndNothingIsStored()
    {
        await using var factory = Host(("Termine:DirectLine:MaxMessageTextLength", "100"));
        var client = new DirectLineTestClient(factory.CreateClient());
        var (conversationId, token, _) = await client.ConnectAsync();

        var refused = await PostAsync(client, conversationId, token, DirectLineTestClient.Message(new string('a', 101)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("MessageSizeTooBig", (await DirectLineTestClient.JsonAsync(refused))["error"]!["code"]!.GetValue<string>());
        Assert.Empty((await client.PollAsync(conversationId, token)).Activities);
        await client.PostActivityAsync(conversationId, token, DirectLineTestClient.Message(new string('a', 100)));
    }

    [Fact]
    public async Task Post_ActivityOverTheSizeLimit_Is413_ThoughFarBelowDirectLines256K()
    {
        await using var factory = Host();
        var client = new DirectLineTestClient(factory.CreateClient());
        var (conversationId, token, _) = await client.ConnectAsync();
        var activity = DirectLineTestClient.Event("ping");
        activity["channelData"]!["padding"] = new string('x', 40 * 1024);

        var refused = await PostAsync(client, conversationId, token, activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Empty((await client.PollAsync(conversationId, token)).Activities);
    }

    [Fact]
    public async Task Post_AFileWithoutTheUpload_Is400()
    {
        await using var factory = Host();
        var client = new DirectLineTestClient(factory.CreateClient());
        var (conversationId, token, _) = await client.ConnectAsync();
        var activity = DirectLineTestClient.Message("look");
        activity["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "text/html", ["contentUrl"] = "data:text/html,<script>alert(1)</script>" });

        var refused = await PostAsync(client, conversationId, token, activity);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Empty((await client.PollAsync(conversationId, token)).Activities);
    }

    public static TheoryData<string, string> Accepted => new()
    {
        { "image/jpeg", "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==" },
        { "image/png", TinyPng },
        { "image/gif", "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==" },
        { "image/webp", "UklGRiQAAABXRUJQVlA4IBgAAAAwAQCdASoBAAEAAwA0JaQAA3AA/vuUAAA=" },
        { "image/heic", Convert.ToBase64String([0, 0, 0, 0x18, .. "ftypheic"u8, 0, 0, 0, 0, .. "mif1heic"u8]) },
        { "image/heif", Convert.ToBase64String([0, 0, 0, 0x10, .. "ftypmif1"u8, 0, 0, 0, 0]) },
        { "application/pdf", Convert.ToBase64String("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray()) },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Upload_ImagesAndPdf_AreTakenByTheirBytes_WithTheDetectedType(string detected, string base64)
    {
        await using var factory = Host();
        var client = new DirectLineTestClient(factory.CreateClient());
        var (conversationId, token, userId) = await client.ConnectAsync();
        var bytes = Convert.FromBase64String(base64);

        // Declared as something else and named so: neither counts.
        var response = await UploadAsync(factory, conversationId, token, userId, bytes, "application/octet-stream", "upload.bin");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attachment = (await client.PollAsync(conversationId, token)).Activities[0]!["attachments"]![0]!;
        Assert.Equal(detected, attachment["contentType"]!.GetValue<string>());
        Assert.Equal($"data:{detected};base64,{Convert.ToBase64String(bytes)}", attachment["contentUrl"]!.GetValue<string>());
    }

    public static TheoryData<string, string, string> Refused => new()
    {
        { "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>", "image/png", "photo.png" },
        { "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "image/svg+xml", "a.svg" },
        { "<!DOCTYPE html><html><script>alert(1)</script></html>", "image/jpeg", "photo.jpg" },
        { "<html><body>hi</body></html>", "text/html", "page.html" },
        { "alert(document.cookie)", "application/javascript", "x.js" },
        { "#!/bin/sh\nrm -rf /\n", "application/pdf", "form.pdf" },
        { "MZ\u0090\0\u0003\0\0\0", "image/gif", "photo.gif" },
        { "RIFF\u0024\0\0\0WAVEfmt ", "image/webp", "photo.webp" },
        { "\0\0\0\u0018ftypisom\0\0\0\0", "image/heic", "video.heic" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Upload_AnythingElse_Is415_WhateverItIsCalled_AndNothingIsStored(string content, string declared, string name)
    {
        await using var factory = Host();
        var client = new DirectLineTestClient(factory.CreateClient());
        var (conversationId, token, userId) = await client.ConnectAsync();

        var response = await UploadAsync(factory, conversationId, token, userId, Encoding.Latin1.GetBytes(content), declared, name);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var error = (await DirectLineTestClient.JsonAsync(response))["error"]!;
        Assert.Contains(name, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("PDF", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await client.PollAsync(conversationId, token)).Activities);
    }

    [Fact]
    public async Task Upload_AThumbnailThatIsNoImage_IsDropped_AndARealOneKept()
    {
        await using var factory = Host();
        var client = new DirectLineTestClient(factory.CreateClient());
        var (conversationId, token, userId) = await client.ConnectAsync();
        var activity = DirectLineTestClient.Message("");
        activity["attachments"] = new JsonArray(
            new JsonObject { ["contentType"] = "image/png", ["name"] = "a.png", ["thumbnailUrl"] = $"data:image/png;base64,{TinyPng}" },
            new JsonObject { ["contentType"] = "image/png", ["name"] = "b.png", ["thumbnailUrl"] = "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" });
        var png = Convert.FromBase64String(TinyPng);

        var response = await UploadAsync(factory, conversationId, token, userId, png, "image/png", "a.png", activity.ToJsonString(), png);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attachments = (await client.PollAsync(conversationId, token)).Activities[0]!["attachments"]!.AsArray();
        Assert.Equal($"data:image/png;base64,{TinyPng}", attachments[0]!["thumbnailUrl"]!.GetValue<string>());
        Assert.Null(attachments[1]!["thumbnailUrl"]);
    }

    /// <summary>
    /// Three web chat conversations from one address, each choosing a slot: the third is refused with the "too many
    /// holds" outcome, which the dialog words kindly, since the holds count against the address, not the conversation.
    /// </summary>
    [Fact]
    public async Task Holds_CountPerAddress_AcrossConversations_AndTheThirdIsRefusedKindly()
    {
        await using var factory = Host(("Termine:Booking:MaxHoldsPerClient", "2"));
        var client = new DirectLineTestClient(factory.CreateClient());

        var said = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            said.Add(await ChooseASlotAsync(client));
        }

        var held = DialogTexts.Texts.Get("Slots.Held", "en", "§", 0).Split('§')[0];
        Assert.StartsWith(held, said[0], StringComparison.Ordinal);
        Assert.StartsWith(held, said[1], StringComparison.Ordinal);
        Assert.Equal(DialogTexts.Texts["Slots.HoldLimit", "en"], said[2]);
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var holds = await db.Appointments.Where(a => a.Status == AppointmentStatus.Held).Select(a => a.ClientKey).ToListAsync();
        Assert.Equal(2, holds.Count);
        Assert.Single(holds.Distinct());
    }

    /// <summary>The welcome, a service, one person, a date wish, the first slot offered: what the bot said right after the pick.</summary>
    private static async Task<string> ChooseASlotAsync(DirectLineTestClient client)
    {
        var (conversationId, token, _) = await client.ConnectAsync();
        var watermark = "";
        async Task<JsonArray> TurnAsync(JsonObject activity)
        {
            await client.PostActivityAsync(conversationId, token, activity);
            var (activities, next) = await client.PollAsync(conversationId, token, watermark);
            watermark = next;
            return new JsonArray([.. activities.Where(a => a!["from"]!["role"]!.GetValue<string>() == "bot").Select(a => a!.DeepClone())]);
        }

        static JsonNode Question(JsonArray replies) => replies.Last(r => r!["channelData"]?["expecting"] is not null)!;
        static string FirstChoice(JsonNode question) => question["suggestedActions"]!["actions"]![0]!["value"]!.GetValue<string>();

        var service = Question(await TurnAsync(DirectLineTestClient.Event("webchat/join")));
        Assert.Equal("service", service["channelData"]!["expecting"]!.GetValue<string>());
        var persons = Question(await TurnAsync(DirectLineTestClient.Message(FirstChoice(service))));
        Assert.Equal("persons", persons["channelData"]!["expecting"]!.GetValue<string>());
        var date = Question(await TurnAsync(DirectLineTestClient.Message("1")));
        Assert.Equal("date", date["channelData"]!["expecting"]!.GetValue<string>());
        var slot = Question(await TurnAsync(DirectLineTestClient.Message("next week")));
        Assert.Equal("slot", slot["channelData"]!["expecting"]!.GetValue<string>());
        var afterPick = await TurnAsync(DirectLineTestClient.Message(FirstChoice(slot)));
        return afterPick[0]!["text"]!.GetValue<string>();
    }

    private const string TinyPng = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    private TermineFactory Host(params (string Key, string Value)[] settings) => new(_database, DirectLineTestClient.Settings(settings));

    private static Task<HttpResponseMessage> PostAsync(DirectLineTestClient client, string conversationId, string token, JsonObject activity) =>
        client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities", token, activity.ToJsonString());

    private static async Task<HttpResponseMessage> UploadAsync(
        TermineFactory factory, string conversationId, string token, string userId, byte[] file, string declared, string name,
        string? activity = null, byte[]? second = null)
    {
        using var form = new MultipartFormDataContent();
        if (activity is not null)
        {
            var part = new StringContent(activity);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
            form.Add(part, "activity", "blob");
        }

        foreach (var bytes in second is null ? [file] : new[] { file, second })
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(declared);
            form.Add(content, "file", name);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/upload?userId={userId}") { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await factory.CreateClient().SendAsync(request);
    }
}
