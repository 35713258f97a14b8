using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace Termine.Bot.Channels.Telegram;

/// <summary>
/// Suggested actions as an inline keyboard, and a pressed button back as the words it shows. A button's callback data
/// may hold at most 64 bytes: a value that fits travels in it ("v:…"); a longer one (a service name in Cyrillic) is
/// sent as its position ("i:3") and read back from the keyboard Telegram returns with the press — the button's title,
/// which the dialogs understand as well as its value. Nothing is kept between turns, so any host can take the press.
/// </summary>
internal static class TelegramKeyboard
{
    private const int MaxCallbackBytes = 64;
    private const string ValuePrefix = "v:";
    private const string IndexPrefix = "i:";

    /// <summary>Buttons this short (numbers, yes/no) share a row; longer ones get a row each so they are readable.</summary>
    private const int ShortTitle = 4;

    public static InlineKeyboardMarkup? For(SuggestedActions? actions)
    {
        var buttons = (actions?.Actions ?? [])
            .Select((action, i) => InlineKeyboardButton.WithCallbackData(action.Title ?? Value(action), CallbackData(Value(action), i)))
            .ToList();
        if (buttons.Count == 0)
        {
            return null;
        }

        return buttons.All(b => b.Text.Length <= ShortTitle)
            ? new InlineKeyboardMarkup(buttons)
            : new InlineKeyboardMarkup(buttons.Select(b => new[] { b }));
    }

    /// <summary>What the pressed button says, or null when the press cannot be read back.</summary>
    public static string? Answer(CallbackQuery query)
    {
        var data = query.Data ?? "";
        if (data.StartsWith(ValuePrefix, StringComparison.Ordinal))
        {
            return data[ValuePrefix.Length..];
        }

        if (data.StartsWith(IndexPrefix, StringComparison.Ordinal)
            && int.TryParse(data.AsSpan(IndexPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && query.Message?.ReplyMarkup?.InlineKeyboard.SelectMany(row => row).ElementAtOrDefault(index) is { } button
            && button.CallbackData == data)
        {
            return button.Text;
        }

        return null;
    }

    private static string Value(CardAction action) => action.Value?.ToString() ?? action.Title ?? "";

    private static string CallbackData(string value, int index) =>
        Encoding.UTF8.GetByteCount(ValuePrefix + value) <= MaxCallbackBytes
            ? ValuePrefix + value
            : IndexPrefix + index.ToString(CultureInfo.InvariantCulture);
}
