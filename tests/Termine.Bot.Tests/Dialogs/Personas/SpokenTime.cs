namespace Termine.Bot.Tests.Dialogs.Personas;

/// <summary>
/// A wall-clock time as people say it, on the 12-hour dial where the language does ("halb elf", "quarter to three",
/// "on bire çeyrek kala", "в пол одиннадцатого", "о пів на одинадцяту"); offices open 08:00–18:00, so the hour is clear.
/// </summary>
public static class SpokenTime
{
    public static string Say(string language, TimeOnly time)
    {
        var (hour, next, quarter) = (Dial(time.Hour), Dial(time.Hour + 1), time.Minute / 15);
        if (time.Minute % 15 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, "Slots start on the quarter hour.");
        }

        return language switch
        {
            "de" => quarter switch
            {
                0 => $"{German[hour]} Uhr",
                1 => $"viertel nach {German[hour]}",
                2 => $"halb {German[next]}",
                _ => $"viertel vor {German[next]}",
            },
            "en" => quarter switch
            {
                0 => $"{English[hour]} o'clock",
                1 => $"quarter past {English[hour]}",
                2 => $"half past {English[hour]}",
                _ => $"quarter to {English[next]}",
            },
            // French says the 24-hour time in words.
            "fr" => quarter switch
            {
                0 => FrenchHour(time.Hour),
                1 => $"{FrenchHour(time.Hour)} et quart",
                2 => $"{FrenchHour(time.Hour)} et demie",
                _ => $"{FrenchHour(time.Hour + 1)} moins le quart",
            },
            "tr" => quarter switch
            {
                0 => TurkishLocative[hour],
                1 => $"{TurkishAccusative[hour]} çeyrek geçe",
                2 => $"{Turkish[hour]} buçukta",
                _ => $"{TurkishDative[next]} çeyrek kala",
            },
            "ar" => quarter switch
            {
                0 => Arabic[hour],
                1 => $"{Arabic[hour]} والربع",
                2 => $"{Arabic[hour]} والنصف",
                _ => $"{Arabic[next]} إلا ربعاً",
            },
            // "в пол одиннадцатого" = 10:30: Russian counts the running hour by the one it leads to.
            "ru" => quarter switch
            {
                0 => $"в {Russian[hour]}",
                1 => $"в четверть {RussianGenitive[next]}",
                2 => $"в пол {RussianGenitive[next]}",
                _ => $"без четверти {Russian[next]}",
            },
            "uk" => quarter switch
            {
                0 => $"о {UkrainianLocative[hour]}",
                1 => $"о чверть на {UkrainianAccusative[next]}",
                2 => $"о пів на {UkrainianAccusative[next]}",
                _ => $"о {UkrainianLocative[hour]} сорок п'ять",
            },
            _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
        };
    }

    private static int Dial(int hour) => (hour + 11) % 12 + 1;

    private static string FrenchHour(int hour) => hour == 12 ? "midi" : $"{French[hour]} heures";

    private static readonly string[] German = ["", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf"];
    private static readonly string[] English = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    private static readonly string[] French =
        ["", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "midi", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"];
    private static readonly string[] Turkish = ["", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on", "on bir", "on iki"];
    private static readonly string[] TurkishLocative = ["", "birde", "ikide", "üçte", "dörtte", "beşte", "altıda", "yedide", "sekizde", "dokuzda", "onda", "on birde", "on ikide"];
    private static readonly string[] TurkishAccusative = ["", "biri", "ikiyi", "üçü", "dördü", "beşi", "altıyı", "yediyi", "sekizi", "dokuzu", "onu", "on biri", "on ikiyi"];
    private static readonly string[] TurkishDative = ["", "bire", "ikiye", "üçe", "dörde", "beşe", "altıya", "yediye", "sekize", "dokuza", "ona", "on bire", "on ikiye"];
    private static readonly string[] Arabic =
        ["", "الواحدة", "الثانية", "الثالثة", "الرابعة", "الخامسة", "السادسة", "السابعة", "الثامنة", "التاسعة", "العاشرة", "الحادية عشرة", "الثانية عشرة"];
    private static readonly string[] Russian =
        ["", "час", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать", "двенадцать"];
    private static readonly string[] RussianGenitive =
        ["", "первого", "второго", "третьего", "четвёртого", "пятого", "шестого", "седьмого", "восьмого", "девятого", "десятого", "одиннадцатого", "двенадцатого"];
    private static readonly string[] UkrainianLocative =
        ["", "першій", "другій", "третій", "четвертій", "п'ятій", "шостій", "сьомій", "восьмій", "дев'ятій", "десятій", "одинадцятій", "дванадцятій"];
    private static readonly string[] UkrainianAccusative =
        ["", "першу", "другу", "третю", "четверту", "п'яту", "шосту", "сьому", "восьму", "дев'яту", "десяту", "одинадцяту", "дванадцяту"];
}
