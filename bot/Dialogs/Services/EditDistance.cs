namespace Termine.Bot.Dialogs.Services;

/// <summary>
/// The optimal-string-alignment form of the Damerau-Levenshtein distance: a letter missing, added, changed, or two
/// neighbours swapped ("Niederlasungserlaubnis", "Aufenthaltserlaubniss", "Blaue Kate") each count one.
/// </summary>
internal static class EditDistance
{
    public static bool Within(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return false;
        }

        // Three rows are enough: the swap looks back two rows.
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return false;
            }

            (before, previous, current) = (previous, current, before);
        }

        return previous[b.Length] <= limit;
    }
}
