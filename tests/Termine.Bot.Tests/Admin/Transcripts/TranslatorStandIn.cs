using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Termine.Bot.Tests.Admin.Transcripts;

/// <summary>
/// Azure AI Translator v3 on loopback: checks the key and region headers, api-version=3.0, to=de and the body's shape,
/// and answers as the service does (translations with the detected language, or its error JSON with status).
/// </summary>
public sealed class TranslatorStandIn : IAsyncDisposable
{
    public const string Key = "stand-in-key";
    public const string Region = "germanywestcentral";

    private readonly WebApplication _app;

    private TranslatorStandIn(WebApplication app) => _app = app;

    /// <summary>What the stand-in answers: 200 with translations, or an error status.</summary>
    public HttpStatusCode Answer { get; set; } = HttpStatusCode.OK;

    public int Requests { get; private set; }

    public string? LastProblem { get; private set; }

    public Uri Endpoint => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<TranslatorStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var standIn = new TranslatorStandIn(app);
        app.MapPost("/translate", (Func<HttpContext, Task<IResult>>)standIn.TranslateAsync);
        await app.StartAsync();
        return standIn;
    }

    private async Task<IResult> TranslateAsync(HttpContext context)
    {
        Requests++;
        var request = context.Request;
        if (request.Headers["Ocp-Apim-Subscription-Key"] != Key || request.Headers["Ocp-Apim-Subscription-Region"] != Region)
        {
            return Error(HttpStatusCode.Unauthorized, 401000, "The request is not authorized because credentials are missing or invalid.");
        }

        if (request.Query["api-version"] != "3.0" || request.Query["to"] != "de")
        {
            LastProblem = request.QueryString.Value;
            return Error(HttpStatusCode.BadRequest, 400021, "The API version parameter is missing or invalid.");
        }

        var body = await JsonDocument.ParseAsync(request.Body);
        if (body.RootElement.ValueKind != JsonValueKind.Array
            || body.RootElement.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("Text", out var t) || t.ValueKind != JsonValueKind.String))
        {
            LastProblem = body.RootElement.GetRawText();
            return Error(HttpStatusCode.BadRequest, 400000, "One of the request inputs is not valid.");
        }

        return Answer switch
        {
            HttpStatusCode.OK => Results.Json(body.RootElement.EnumerateArray().Select(e => new
            {
                detectedLanguage = new { language = "ar", score = 1.0 },
                translations = new[] { new { text = $"DE: {e.GetProperty("Text").GetString()}", to = "de" } },
            })),
            HttpStatusCode.Unauthorized => Error(Answer, 401000, "The request is not authorized because credentials are missing or invalid."),
            HttpStatusCode.TooManyRequests => Error(Answer, 429000, "The server rejected the request because the client has exceeded request limits."),
            _ => Error(Answer, 500000, "An unexpected error occurred."),
        };
    }

    private static IResult Error(HttpStatusCode status, int code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: (int)status);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
