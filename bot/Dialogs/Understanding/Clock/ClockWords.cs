namespace Termine.Bot.Dialogs.Understanding.Clock;

/// <summary>
/// How one language says a clock time in words ("halb elf", "a quarter to three", "üçe çeyrek kala",
/// "без четверти три"). Fragments are folded like resident text (see <see cref="DateWords"/>): lower-case escapes only.
/// </summary>
internal sealed record ClockWords
{
    public required string Language { get; init; }

    /// <summary>
    /// The hours by grammatical form ("nom", "gen", "acc", …), index 0 being one o'clock; up to 18 entries where
    /// people name afternoon hours ("quatorze heures"). An empty entry means the form is not used for that hour.
    /// </summary>
    public required IReadOnlyDictionary<string, string[]> Hours { get; init; }

    /// <summary>Minutes by grammatical form: the value and its words ("dreißig" → 30).</summary>
    public required IReadOnlyDictionary<string, (int Minute, string Words)[]> Minutes { get; init; }

    /// <summary>The phrases, each a template with placeholders (see <see cref="ClockPhrase"/>).</summary>
    public required ClockPhrase[] Phrases { get; init; }

    /// <summary>Words after a time for the morning ("am", "утра", "du matin").</summary>
    public string Am { get; init; } = string.Empty;

    /// <summary>Words after a time for the afternoon ("pm", "дня", "de l'après-midi").</summary>
    public string Pm { get; init; } = string.Empty;

    /// <summary>Words before a time for the morning (Turkish "sabah saat dokuzda").</summary>
    public string AmBefore { get; init; } = string.Empty;

    /// <summary>Words before a time for the afternoon (Turkish "öğleden sonra saat ikide").</summary>
    public string PmBefore { get; init; } = string.Empty;

    /// <summary>What may follow an hour in digits: a case ending ("10'da", "3'e", "11-го").</summary>
    public string DigitSuffix { get; init; } = string.Empty;
}

/// <summary>
/// One way of saying a time. <see cref="Pattern"/> holds placeholders: <c>{h}</c> or <c>{h:form}</c> an hour in
/// words or digits, <c>{hw}</c>/<c>{hw:form}</c> an hour in words only, <c>{m}</c>/<c>{m:form}</c> minutes in words or two
/// digits, <c>{mw}</c>/<c>{mw:form}</c> minutes in words only, <c>{ampm}</c> a required morning/afternoon word.
/// The time is hour + <see cref="HourShift"/> : <see cref="Minute"/> + <see cref="MinuteSign"/> × minutes, so
/// "Viertel vor drei" is (-1, 45) and "zehn vor drei" is (-1, 60, -1). A phrase without an hour has
/// <see cref="Hour"/> ("midi", "noon").
/// </summary>
internal sealed record ClockPhrase(string Pattern, int HourShift = 0, int Minute = 0, int MinuteSign = 1, int? Hour = null);
