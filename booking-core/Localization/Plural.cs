namespace Termine.Booking.Localization;

/// <summary>The grammatical number a count takes in a language (CLDR cardinal categories, integers only).</summary>
public enum PluralCategory
{
    One,
    Two,
    Few,
    Many,
    Other,
}

/// <summary>
/// Picks the form of a counted noun: "10 минут" but "21 минута", "10 دقائق" but "15 دقيقة". A text writes the forms in
/// its format item, e.g. <c>{1:plural:# минуту|# минуты|# минут}</c> (see <see cref="PluralFormatter"/>), in the order
/// of <see cref="Order"/> for its language; '#' stands for the number.
/// </summary>
public static class Plural
{
    public static PluralCategory Category(long n, string language)
    {
        n = Math.Abs(n);
        var lastTwo = n % 100;
        var last = n % 10;
        return (Languages.TryNormalize(language, out var l) ? l : Languages.Default) switch
        {
            "ru" or "uk" => last == 1 && lastTwo != 11 ? PluralCategory.One
                : last is >= 2 and <= 4 && lastTwo is < 12 or > 14 ? PluralCategory.Few
                : PluralCategory.Many,
            "ar" => n == 1 ? PluralCategory.One
                : n == 2 ? PluralCategory.Two
                : lastTwo is >= 3 and <= 10 ? PluralCategory.Few
                : lastTwo is >= 11 and <= 99 ? PluralCategory.Many
                : PluralCategory.Other,
            "fr" => n <= 1 ? PluralCategory.One : PluralCategory.Other,
            _ => n == 1 ? PluralCategory.One : PluralCategory.Other,
        };
    }

    /// <summary>The categories whose forms a text lists, in order: ru/uk one|few|many, ar one|two|few|many|other, else one|other.</summary>
    public static IReadOnlyList<PluralCategory> Order(string language) =>
        (Languages.TryNormalize(language, out var l) ? l : Languages.Default) switch
        {
            "ru" or "uk" => [PluralCategory.One, PluralCategory.Few, PluralCategory.Many],
            "ar" => [PluralCategory.One, PluralCategory.Two, PluralCategory.Few, PluralCategory.Many, PluralCategory.Other],
            _ => [PluralCategory.One, PluralCategory.Other],
        };

    /// <summary>The form for <paramref name="n"/> out of "form|form|…"; a missing form falls back to the last one given.</summary>
    public static string Pick(string forms, long n, string language)
    {
        var options = forms.Split('|');
        var index = Order(language).ToList().IndexOf(Category(n, language));
        return options[Math.Clamp(index, 0, options.Length - 1)];
    }
}
