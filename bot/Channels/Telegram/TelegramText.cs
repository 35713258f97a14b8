namespace Termine.Bot.Channels.Telegram;

/// <summary>Telegram takes at most 4096 characters per message: longer texts go as several, cut between lines where possible.</summary>
internal static class TelegramText
{
    public const int MaxMessageLength = 4096;

    public const int MaxCaptionLength = 1024;

    public static IReadOnlyList<string> Split(string? text, int maxLength = MaxMessageLength)
    {
        var parts = new List<string>();
        var rest = (text ?? "").Trim();
        while (rest.Length > maxLength)
        {
            var cut = rest.LastIndexOf('\n', maxLength - 1);
            if (cut <= 0)
            {
                cut = rest.LastIndexOf(' ', maxLength - 1);
            }

            if (cut <= 0)
            {
                // One unbroken run: cut it anyway, but never between the two halves of a surrogate pair.
                cut = char.IsHighSurrogate(rest[maxLength - 1]) ? maxLength - 1 : maxLength;
            }

            parts.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }
}
