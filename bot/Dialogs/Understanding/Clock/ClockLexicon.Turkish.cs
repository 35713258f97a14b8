namespace Termine.Bot.Dialogs.Understanding.Clock;

internal static partial class ClockLexicon
{
    private static ClockWords Turkish() => new()
    {
        Language = "tr",
        Hours = new Dictionary<string, string[]>
        {
            ["nom"] = ["bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on", "on ?bir", "on ?iki"],

            // "ikiyi çeyrek geçe": the hour that has passed takes the accusative.
            ["acc"] = ["biri", "ikiyi", "üçü", "dördü", "beşi", "altıyı", "yediyi", "sekizi", "dokuzu", "onu", "on ?biri", "on ?ikiyi"],

            // "üçe çeyrek kala": the hour still to come takes the dative.
            ["dat"] = ["bire", "ikiye", "üçe", "dörde", "beşe", "altıya", "yediye", "sekize", "dokuza", "ona", "on ?bire", "on ?ikiye"],

            // "saat onda": at an hour is the locative.
            ["loc"] = ["birde", "ikide", "üçte", "dörtte", "beşte", "altıda", "yedide", "sekizde", "dokuzda", "onda", "on ?birde", "on ?ikide"],

            // "saat ikiden sonra": from an hour on is the ablative.
            ["abl"] = ["birden", "ikiden", "üçten", "dörtten", "beşten", "altıdan", "yediden", "sekizden", "dokuzdan", "ondan", "on ?birden", "on ?ikiden"],

            // Without "saat", "onda" is "in it" and "dörtte" starts "dörtte bir" (a quarter); "birde" is also "bir de"
            // (and also), but a resident picking a time says "birde gelebilirim" far more often than "bir de" there.
            ["lox"] = ["birde", "ikide", "üçte", "", "beşte", "altıda", "yedide", "sekizde", "dokuzda", "", "on ?birde", "on ?ikide"],
        },
        Minutes = new Dictionary<string, (int, string)[]>
        {
            ["nom"] = FiveMinuteSteps(
                "beş", "on", "on ?beş", "yirmi", "yirmi ?beş", "otuz", "otuz ?beş", "kırk", "kırk ?beş", "elli", "elli ?beş"),
            ["loc"] = FiveMinuteSteps(
                "beşte", "onda", "on ?beşte", "yirmide", "yirmi ?beşte", "otuzda", "otuz ?beşte", "kırkta", "kırk ?beşte",
                "ellide", "elli ?beşte"),
        },
        Phrases =
        [
            new("(?:saat )?{h} buçuk(?:ta|tan)?|(?:saat )?{h} buçuğa", Minute: 30),
            new("(?:saat )?{h:acc} çeyrek geçe", Minute: 15),
            new("(?:saat )?{h:acc} {mw} geçe"),
            new("(?:saat )?{h:dat} çeyrek kala", HourShift: -1, Minute: 45),
            new("(?:saat )?{h:dat} {mw} kala", HourShift: -1, Minute: 60, MinuteSign: -1),
            new("saat {h}(?: {mw})?"),
            new("saat {hw:loc}"),
            new("saat {hw:abl}(?: sonra| itibaren)?"),
            new("{hw:abl} (?:sonra|itibaren)"),
            new("{hw:lox}"),
            new("(?:saat )?{h} {mw:loc}"),
            new("saat yarım(?:da)?", Hour: 12, Minute: 30),
            new("öğlen (?:saat )?on ?ikide|öğle vakti", Hour: 12),
        ],
        AmBefore = "sabah|sabahleyin|öğleden önce",
        PmBefore = "öğleden sonra|öğlen|akşam",
        DigitSuffix = "(?:'?[a-z]{1,3})?",
    };
}
