using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Termine.Bot.Hosting;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// Upload: multipart/form-data with an optional activity part (<c>application/vnd.microsoft.activity</c>) and one
/// part per file, as directlinejs sends a message with attachments. The files are not kept apart: each becomes an
/// attachment whose contentUrl is a data URL, so the bot, the echo and a later reconnect all carry the content with
/// no download route to protect. Hence the small size limit. Only photos and PDFs are taken, known by their first
/// bytes (<see cref="UploadedFileType"/>); anything else is 415 and nothing is stored.
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
        DirectLineConversationStore conversations, DirectLinePostLimits limits, IOptions<DirectLineOptions> options, PublicUrls urls,
        IHostApplicationLifetime lifetime, ILogger<DirectLineAdapter> logger, CancellationToken cancellationToken)
    {
        if (await limits.CheckAsync(context) is { } throttled)
        {
            return throttled;
        }

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

        var (attachments, refused) = await AttachmentsAsync(files, activity!["attachments"] as JArray, cancellationToken);
        if (refused is not null)
        {
            return DirectLineErrors.UnsupportedMediaType(
                $"The file \"{Path.GetFileName(refused)}\" is not accepted: only {UploadedFileType.Accepted}, recognised by their content.");
        }

        activity["attachments"] = attachments;
        if (activity["from"] is null && !string.IsNullOrEmpty(userId))
        {
            activity["from"] = new JObject { ["id"] = userId };
        }

        if (IncomingActivity.Prepare(activity, conversationId, DirectLineCaller.Of(context), DirectLineRequests.ServiceUrl(urls), options.Value) is { } invalid)
        {
            return invalid;
        }

        return await conversations.ExistsAsync(conversationId, cancellationToken)
            ? await DirectLineActivityEndpoints.DeliverAsync(adapter, bot, conversationId, activity, context, logger, lifetime.ApplicationStopping)
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

    /// <summary>
    /// One attachment per file, keeping what the activity said about it by position, except its type (the detected
    /// one) and a thumbnail that is not a data URL of an accepted image; or the name of the first file refused.
    /// </summary>
    private static async Task<(JArray Attachments, string? Refused)> AttachmentsAsync(
        List<IFormFile> files, JArray? described, CancellationToken cancellationToken)
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

            if (UploadedFileType.Detect(content.AsSpan(0, Math.Min(content.Length, UploadedFileType.HeaderLength))) is not { } contentType)
            {
                return ([], string.IsNullOrEmpty(file.FileName) ? file.Name : file.FileName);
            }

            var attachment = described is not null && i < described.Count && described[i] is JObject known ? known : [];
            if (attachment["thumbnailUrl"] is JValue { Value: string thumbnail } && !IsImageDataUrl(thumbnail))
            {
                attachment.Remove("thumbnailUrl");
            }

            attachment["contentType"] = contentType;
            attachment["name"] = file.FileName;
            attachment["contentUrl"] = $"data:{contentType};base64,{Convert.ToBase64String(content)}";
            attachments.Add(attachment);
        }

        return (attachments, null);
    }

    /// <summary>
    /// Web Chat's own thumbnail is a data URL of a JPEG or PNG; kept only when its bytes are the image type it declares,
    /// so a thumbnail cannot smuggle in a page or a script.
    /// </summary>
    private static bool IsImageDataUrl(string url)
    {
        const string Base64 = ";base64,";
        var marker = url.IndexOf(Base64, StringComparison.Ordinal);
        if (!url.StartsWith("data:image/", StringComparison.Ordinal) || marker < 0)
        {
            return false;
        }

        var declared = url["data:".Length..marker];
        var payload = url.AsSpan(marker + Base64.Length);
        var header = new byte[UploadedFileType.HeaderLength];
        return Convert.TryFromBase64Chars(payload[..Math.Min(payload.Length, 16)], header, out var written)
            && UploadedFileType.Detect(header.AsSpan(0, written)) == declared;
    }
}
