namespace Termine.Bot.Dialogs.Understanding.Clock;

internal static partial class ClockLexicon
{
    private static ClockWords Russian() => new()
    {
        Language = "ru",
        Hours = new Dictionary<string, string[]>
        {
            ["nom"] =
            [
                "час|один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять",
                "одиннадцать|одинадцать", "двенадцать",
            ],

            // "половина одиннадцатого", "четверть третьего": the hour under way, as a genitive ordinal.
            ["gen"] =
            [
                "первого", "второго", "третьего", "четвертого", "пятого", "шестого", "седьмого", "восьмого", "девятого",
                "десятого", "одиннадцатого|одинадцатого", "двенадцатого",
            ],
        },
        Minutes = new Dictionary<string, (int, string)[]>
        {
            ["nom"] = FiveMinuteSteps(
                "пять|ноль пять", "десять", "пятнадцать", "двадцать", "двадцать пять", "тридцать", "тридцать пять",
                "сорок", "сорок пять", "пятьдесят", "пятьдесят пять"),

            // "без десяти три"
            ["gen"] = FiveMinuteSteps("пяти", "десяти", "пятнадцати", "двадцати", "двадцати пяти"),
        },
        Phrases =
        [
            new("(?:в )?(?:половин[аеуы] |пол[- ]?){h:gen}", HourShift: -1, Minute: 30),
            new("(?:в )?четверть {h:gen}", HourShift: -1, Minute: 15),
            new("(?:в )?{mw} минут[аы]? {h:gen}", HourShift: -1),
            new("без четверти {h}", HourShift: -1, Minute: 45),
            new("без {mw:gen}(?: минут)? {h}", HourShift: -1, Minute: 60, MinuteSign: -1),
            new("(?:в|к|около) {h}(?: час(?:а|ов)?)?(?: {mw}(?: минут)?)?"),
            new("{hw} час(?:а|ов)?(?: {mw}(?: минут)?)?"),
            new("(?:в )?полдень", Hour: 12),
        ],
        Am = "утра|утром",
        Pm = "дня|днем|вечера|вечером|после обеда",
        DigitSuffix = "(?:-?(?:го|ти|ми|и))?",
    };
}
