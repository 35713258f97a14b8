using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Termine.Bot.Hosting;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// Upload: multipart/form-data with an optional activity part (<c>application/vnd.microsoft.activity</c>) and one
/// part per file, as directlinejs sends a message with attachments. The files are not kept apart: each becomes an
/// attachment whose contentUrl is a data URL, so the bot, the echo and a later reconnect all carry the content with
/// no download route to protect. Hence the small size limit.
/// </summary>
public static class DirectLineUploadEndpoints
{
    private const string ActivityContentType = "application/vnd.microsoft.activity";

    // Room for the activity part and the multipart boundaries around the files.
    private const int FormOverhead = IncomingActivity.MaxChars * 4 + 64 * 1024;

    public static RouteGroupBuilder MapDirectLineUploadEndpoints(this RouteGroupBuilder group)
    {
        group.MapPost($"conversations/{{{DirectLineAuthorization.ConversationRouteValue}}}/upload", UploadAsync);
        return group;
    }

    private static async Task<IResult> UploadAsync(
        HttpContext context, string conversationId, string? userId, DirectLineAdapter adapter, IBot bot,
        DirectLineConversationStore conversations, IOptions<DirectLineOptions> options, PublicUrls urls, IHostApplicationLifetime lifetime,
        ILogger<DirectLineAdapter> logger, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxUploadBytes;
        if (!context.Request.HasFormContentType)
        {
            return DirectLineErrors.BadArgument("Send the files as multipart/form-data.");
        }

        RequestBodyLimits.AllowBody(context, limit + FormOverhead);

        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit + FormOverhead }, cancellationToken);
        }
        catch (Exception tooLarge) when (tooLarge is InvalidDataException
            || tooLarge is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
        {
            return DirectLineErrors.TooLarge("The upload is too large.");
        }

        var activityPart = form.Files.FirstOrDefault(IsActivityPart);
        var files = form.Files.Where(f => f != activityPart).ToList();
        if (files.Sum(f => f.Length) > limit)
        {
            return DirectLineErrors.TooLarge($"The files may have {limit} bytes together.");
        }

        var (activity, error) = await ReadActivityAsync(activityPart, form["activity"].ToString(), cancellationToken);
        if (error is not null)
        {
            return error;
        }

        activity!["attachments"] = await AttachmentsAsync(files, activity["attachments"] as JArray, cancellationToken);
        if (activity["from"] is null && !string.IsNullOrEmpty(userId))
        {
            activity["from"] = new JObject { ["id"] = userId };
        }

        if (IncomingActivity.Prepare(activity, conversationId, DirectLineCaller.Of(context), DirectLineRequests.ServiceUrl(urls)) is { } invalid)
        {
            return invalid;
        }

        return await conversations.ExistsAsync(conversationId, cancellationToken)
            ? await DirectLineActivityEndpoints.DeliverAsync(adapter, bot, conversationId, activity, logger, lifetime.ApplicationStopping)
            : DirectLineErrors.NotFound();
    }

    /// <summary>Browsers send a Blob without a file name as a file called "blob", so the part is known by name or type.</summary>
    private static bool IsActivityPart(IFormFile file) =>
        file.Name == "activity" || file.ContentType.StartsWith(ActivityContentType, StringComparison.OrdinalIgnoreCase);

    /// <summary>The activity part, or an empty message when there is none (as Direct Line creates one).</summary>
    private static async Task<(JObject? Activity, IResult? Error)> ReadActivityAsync(IFormFile? part, string field, CancellationToken cancellationToken)
    {
        var json = field;
        if (part is not null)
        {
            using var reader = new StreamReader(part.OpenReadStream());
            json = await reader.ReadToEndAsync(cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(json))
        {
            return (new JObject { ["type"] = "message" }, null);
        }

        if (json.Length > IncomingActivity.MaxChars)
        {
            return (null, DirectLineErrors.TooLarge("The activity is larger than 256K characters."));
        }

        try
        {
            return ActivityJson.Parse(json) is { } activity
                ? (activity, null)
                : (null, DirectLineErrors.BadArgument("The activity must be a JSON object."));
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadArgument("The activity is not valid JSON."));
        }
    }

    /// <summary>One attachment per file, keeping what the activity said about it (a thumbnail, say) by position.</summary>
    private static async Task<JArray> AttachmentsAsync(List<IFormFile> files, JArray? described, CancellationToken cancellationToken)
    {
        var attachments = new JArray();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            var content = new byte[file.Length];
            await using (var stream = file.OpenReadStream())
            {
                await stream.ReadExactlyAsync(content, cancellationToken);
            }

            var contentType = MediaTypeHeaderValue.TryParse(file.ContentType, out var parsed) ? parsed.MediaType.ToString() : "application/octet-stream";
            var attachment = described is not null && i < described.Count && described[i] is JObject known ? known : [];
            attachment["contentType"] = contentType;
            attachment["name"] = file.FileName;
            attachment["contentUrl"] = $"data:{contentType};base64,{Convert.ToBase64String(content)}";
            attachments.Add(attachment);
        }

        return attachments;
    }
}
