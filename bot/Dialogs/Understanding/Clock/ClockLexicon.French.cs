namespace Termine.Bot.Dialogs.Understanding.Clock;

internal static partial class ClockLexicon
{
    private static ClockWords French() => new()
    {
        Language = "fr",
        Hours = new Dictionary<string, string[]>
        {
            ["nom"] =
            [
                "une|un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
                "treize", "quatorze", "quinze", "seize", "dix[- ]sept", "dix[- ]huit",
            ],
        },
        Minutes = new Dictionary<string, (int, string)[]>
        {
            ["nom"] = FiveMinuteSteps(
                "cinq", "dix", "quinze", "vingt", "vingt[- ]cinq", "trente", "trente[- ]cinq", "quarante",
                "quarante[- ]cinq", "cinquante", "cinquante[- ]cinq"),
        },
        Phrases =
        [
            new("{h} ?(?:heures?|h) et demie?", Minute: 30),
            new("{h} ?(?:heures?|h) et (?:le )?quart", Minute: 15),
            new("{h} ?(?:heures?|h) moins (?:le )?quart", HourShift: -1, Minute: 45),
            new("{h} ?(?:heures?|h) moins {m}", HourShift: -1, Minute: 60, MinuteSign: -1),
            new("{h} ?(?:heures?|h)(?: {m})?"),
            new("midi", Hour: 12),
            new("midi et demie?", Hour: 12, Minute: 30),
            new("midi et (?:le )?quart", Hour: 12, Minute: 15),
            new("midi moins (?:le )?quart", Hour: 12, HourShift: -1, Minute: 45),
        ],
        Am = "du matin",
        Pm = "de l'apres[- ]midi|de l'aprem|du soir",
    };
}
