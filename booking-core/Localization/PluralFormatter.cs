using System.Globalization;

namespace Termine.Booking.Localization;

/// <summary>
/// Formats a text's arguments in a culture and understands one more format: <c>{1:plural:# минуту|# минуты|# минут}</c>
/// writes the form <see cref="Plural"/> picks for the count, with '#' replaced by the number. The plural forms live in
/// the text itself, so each language says a count its own way (Arabic "دقيقتين" has no digit at all) while every
/// language keeps the same placeholders.
/// </summary>
public sealed class PluralFormatter(CultureInfo culture, string language) : IFormatProvider, ICustomFormatter
{
    private const string Prefix = "plural:";

    public object? GetFormat(Type? formatType) =>
        formatType == typeof(ICustomFormatter) ? this : culture.GetFormat(formatType);

    public string Format(string? format, object? arg, IFormatProvider? formatProvider)
    {
        if (format is not null && format.StartsWith(Prefix, StringComparison.Ordinal) && arg is IConvertible count)
        {
            var n = count.ToInt64(culture);
            return Plural.Pick(format[Prefix.Length..], n, language).Replace("#", n.ToString(culture), StringComparison.Ordinal);
        }

        return arg switch
        {
            IFormattable formattable => formattable.ToString(format, culture),
            null => string.Empty,
            _ => arg.ToString() ?? string.Empty,
        };
    }
}
