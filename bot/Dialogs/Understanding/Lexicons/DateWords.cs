namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// The words one language uses for dates and times, as regular-expression fragments written the way residents type
/// them. Fragments are folded like resident text (lower case, accents off: "öğleden" also matches "ogleden"), so they
/// may use only lower-case escapes (\w, \s, \d) and must not contain ß or ı inside character classes. Empty means
/// the language has no such word.
/// </summary>
internal sealed record DateWords
{
    /// <summary>Phrases that look like dates but are not ("Guten Morgen", "good evening", "доброе утро").</summary>
    public required string Greetings { get; init; }

    public required string Today { get; init; }

    public required string Tomorrow { get; init; }

    public required string DayAfterTomorrow { get; init; }

    /// <summary>Seven fragments, Monday first, with every case form a weekday takes ("вторник", "во вторник").</summary>
    public required string[] Weekdays { get; init; }

    /// <summary>Seven fragments, Monday first, meaning "every such day" ("dienstags", "по вторникам").</summary>
    public required string[] RecurringWeekdays { get; init; }

    /// <summary>Twelve fragments, January first, with case forms and common abbreviations.</summary>
    public required string[] Months { get; init; }

    /// <summary>"Next" before a weekday ("next Tuesday", "nächsten Dienstag", "в следующий вторник").</summary>
    public required string Next { get; init; }

    /// <summary>"Next" after a weekday ("mardi prochain", "الثلاثاء القادم").</summary>
    public string NextAfter { get; init; } = string.Empty;

    public required string ThisWeek { get; init; }

    public required string NextWeek { get; init; }

    public required string ThisMonth { get; init; }

    public required string NextMonth { get; init; }

    /// <summary>"In n weeks"; <c>{n}</c> stands for a number in digits or words, absent meaning one week.</summary>
    public required string InWeeks { get; init; }

    /// <summary>"In n days"; <c>{n}</c> as in <see cref="InWeeks"/>.</summary>
    public required string InDays { get; init; }

    /// <summary>"In two weeks" in one word (Arabic dual "أسبوعين").</summary>
    public string InTwoWeeks { get; init; } = string.Empty;

    public required string Morning { get; init; }

    public required string Afternoon { get; init; }

    public required string Evening { get; init; }

    public required string AsEarlyAsPossible { get; init; }

    /// <summary>Words before a day or time meaning "from then on" ("after", "ab", "с", "بعد").</summary>
    public required string After { get; init; }

    public required string Before { get; init; }

    public required string Until { get; init; }

    /// <summary>Words before a weekday excluding it ("except", "außer", "sauf", "кроме", "ما عدا").</summary>
    public required string Except { get; init; }

    /// <summary>Words after a weekday excluding it (Turkish "hariç").</summary>
    public string ExceptSuffix { get; init; } = string.Empty;

    /// <summary>Words after a day or time meaning "from then on" ("or later", Turkish "-den sonra").</summary>
    public string AfterSuffix { get; init; } = string.Empty;

    public string BeforeSuffix { get; init; } = string.Empty;

    public string UntilSuffix { get; init; } = string.Empty;

    /// <summary>Words before the first of two days or times of a range ("from", "vom", "между").</summary>
    public required string RangeFrom { get; init; }

    /// <summary>Words between two days or times of a range ("to", "bis", "au", "по", "إلى").</summary>
    public required string RangeTo { get; init; }

    /// <summary>Words after the second of two days of a range (Turkish "kadar", "arası").</summary>
    public string RangeEnd { get; init; } = string.Empty;

    /// <summary>What may follow a day number ("." in German, "th" in English, "er" in French).</summary>
    public string DaySuffix { get; init; } = string.Empty;

    /// <summary>What may stand between a day number and a month ("of" in "15th of December").</summary>
    public string DayMonthJoin { get; init; } = string.Empty;

    /// <summary>Words before a clock time ("um", "at", "à", "saat", "в", "о", "الساعة").</summary>
    public required string ClockBefore { get; init; }

    /// <summary>Words after a clock time ("Uhr", "h", "o'clock", "часов").</summary>
    public required string ClockAfter { get; init; }

    /// <summary>Words after a clock time for the morning half of the day ("am", "утра").</summary>
    public string Am { get; init; } = string.Empty;

    /// <summary>Words after a clock time for the afternoon half of the day ("pm", "дня", "مساء").</summary>
    public string Pm { get; init; } = string.Empty;

    /// <summary>Hours as words after <see cref="ClockBefore"/> (Arabic "الساعة العاشرة"); index 0 is one o'clock.</summary>
    public string[] HourWords { get; init; } = [];

    /// <summary>Words after an hour adding half an hour ("والنصف").</summary>
    public string HalfPast { get; init; } = string.Empty;
}
