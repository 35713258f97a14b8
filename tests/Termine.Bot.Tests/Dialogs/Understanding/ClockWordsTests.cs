using System.Globalization;
using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Tests.Dialogs.Understanding;

/// <summary>Clock times in words, as residents of each of the seven languages write or say them.</summary>
public sealed class ClockWordsTests
{
    public static TheoryData<string, string, string> Times => new()
    {
        { "de", "halb elf", "10:30" }, { "de", "um halb elf bitte", "10:30" }, { "de", "Viertel nach zwei", "14:15" },
        { "de", "viertel vor drei", "14:45" }, { "de", "dreiviertel elf", "10:45" }, { "de", "drei viertel elf", "10:45" },
        { "de", "um zehn", "10:00" }, { "de", "zehn Uhr dreißig", "10:30" }, { "de", "zehn uhr dreissig", "10:30" },
        { "de", "halb 11", "10:30" }, { "de", "Viertel nach 2", "14:15" }, { "de", "zehn vor halb elf", "10:20" },
        { "de", "fünf nach neun", "09:05" }, { "de", "zwanzig vor zwölf", "11:40" }, { "de", "halb eins", "12:30" },
        { "de", "um acht Uhr morgens", "08:00" }, { "de", "Gerne um elf Uhr", "11:00" }, { "de", "Viertel neun", "08:15" },
        { "de", "um vierzehn Uhr", "14:00" }, { "de", "um zwölf", "12:00" },

        { "en", "half past ten", "10:30" }, { "en", "a quarter past two", "14:15" }, { "en", "quarter to three", "14:45" },
        { "en", "ten thirty", "10:30" }, { "en", "at ten", "10:00" }, { "en", "2:15pm", "14:15" }, { "en", "half ten", "10:30" },
        { "en", "twenty past nine", "09:20" }, { "en", "ten to twelve", "11:50" }, { "en", "eleven o'clock", "11:00" },
        { "en", "at noon", "12:00" }, { "en", "nine fifteen please", "09:15" }, { "en", "two forty-five", "14:45" },
        { "en", "I'd like eight thirty am", "08:30" }, { "en", "quarter past 11", "11:15" }, { "en", "the one at eleven", "11:00" },

        { "fr", "à dix heures et demie", "10:30" }, { "fr", "dix heures trente", "10:30" }, { "fr", "deux heures et quart", "14:15" },
        { "fr", "trois heures moins le quart", "14:45" }, { "fr", "14h15", "14:15" }, { "fr", "midi", "12:00" },
        { "fr", "à 10 heures et demie", "10:30" }, { "fr", "onze heures moins dix", "10:50" }, { "fr", "quatorze heures", "14:00" },
        { "fr", "à neuf heures du matin", "09:00" }, { "fr", "midi et demi", "12:30" }, { "fr", "à huit heures quinze", "08:15" },
        { "fr", "dix-sept heures", "17:00" }, { "fr", "vers onze heures", "11:00" },

        { "tr", "on buçukta", "10:30" }, { "tr", "saat on buçuk", "10:30" }, { "tr", "ikiyi çeyrek geçe", "14:15" },
        { "tr", "üçe çeyrek kala", "14:45" }, { "tr", "saat onda", "10:00" }, { "tr", "saat on", "10:00" },
        { "tr", "saat on bir", "11:00" }, { "tr", "dokuzu on geçe", "09:10" }, { "tr", "ona beş kala", "09:55" },
        { "tr", "saat on otuzda", "10:30" }, { "tr", "ikide gelebilirim", "14:00" }, { "tr", "sekizde", "08:00" },
        { "tr", "ikiyi ceyrek gece", "14:15" }, { "tr", "saat 10 buçukta", "10:30" }, { "tr", "3'e çeyrek kala", "14:45" },
        { "tr", "sabah saat dokuzda", "09:00" }, { "tr", "on ikide", "12:00" },

        { "ru", "в пол одиннадцатого", "10:30" }, { "ru", "полодиннадцатого", "10:30" }, { "ru", "в половине одиннадцатого", "10:30" },
        { "ru", "в четверть третьего", "14:15" }, { "ru", "без четверти три", "14:45" }, { "ru", "в десять тридцать", "10:30" },
        { "ru", "в десять", "10:00" }, { "ru", "в два часа дня", "14:00" }, { "ru", "без десяти двенадцать", "11:50" },
        { "ru", "в час", "13:00" }, { "ru", "в восемь утра", "08:00" }, { "ru", "пол-двенадцатого", "11:30" },
        { "ru", "десять минут третьего", "14:10" }, { "ru", "в девять часов пятнадцать минут", "09:15" }, { "ru", "в полдень", "12:00" },
        { "ru", "давайте в одиннадцать", "11:00" }, { "ru", "в половине 11-го", "10:30" },

        { "uk", "о пів на одинадцяту", "10:30" }, { "uk", "о пів на одинадцяту", "10:30" }, { "uk", "о чверть на третю", "14:15" },
        { "uk", "за чверть третя", "14:45" }, { "uk", "о десятій", "10:00" }, { "uk", "о десятій тридцять", "10:30" },
        { "uk", "пів на дев'яту", "08:30" }, { "uk", "пів на девʼяту", "08:30" }, { "uk", "о дев’ятій", "09:00" },
        { "uk", "за чверть до третьої", "14:45" }, { "uk", "о другій годині", "14:00" }, { "uk", "об одинадцятій", "11:00" },
        { "uk", "за десять хвилин дванадцята", "11:50" }, { "uk", "о восьмій ранку", "08:00" }, { "uk", "о першій дня", "13:00" },
        { "uk", "пів одинадцятої", "10:30" },

        { "ar", "الساعة العاشرة والنصف", "10:30" }, { "ar", "العاشرة والربع", "10:15" }, { "ar", "الثالثة إلا ربع", "14:45" },
        { "ar", "الساعة ١٠:٣٠", "10:30" }, { "ar", "الساعة عشرة ونص", "10:30" }, { "ar", "الساعة العاشرة", "10:00" },
        { "ar", "الساعة الثانية", "14:00" }, { "ar", "الساعة التاسعة صباحًا", "09:00" }, { "ar", "الحادية عشرة إلا ربع", "10:45" },
        { "ar", "الساعةُ العاشرةُ والنِّصف", "10:30" }, { "ar", "الساعة الثانية عشرة", "12:00" }, { "ar", "تسعة وربع", "09:15" },
        { "ar", "الساعة الواحدة والنصف ظهرًا", "13:30" }, { "ar", "الساعة ١٠ والنصف", "10:30" }, { "ar", "الساعة الحادية عشرة", "11:00" },
    };

    [Theory]
    [MemberData(nameof(Times))]
    public void TryParse_ReadsTimesInWords(string language, string text, string expected)
    {
        Assert.True(ClockTimeParser.TryParse(text, language, out var time), text);
        Assert.Equal(TimeOnly.Parse(expected, CultureInfo.InvariantCulture), time);
    }

    [Theory]
    [MemberData(nameof(Times))]
    public void TryParse_ReadsTimesInWordsWhateverTheConversationsLanguage(string language, string text, string expected)
    {
        _ = language;
        Assert.True(ClockTimeParser.TryParse(text, out var time), text);
        Assert.Equal(TimeOnly.Parse(expected, CultureInfo.InvariantCulture), time);
    }

    public static TheoryData<string, string> NotTimes => new()
    {
        { "de", "2" }, { "de", "zwei" }, { "de", "der zweite" }, { "de", "zu zweit" }, { "de", "die dritte bitte" },
        { "de", "halb" }, { "de", "halb elf oder viertel nach zwei" }, { "de", "Anna Schmidt" }, { "de", "Dienstag" },
        { "en", "the second one" }, { "en", "two" }, { "en", "about two weeks" }, { "en", "half an hour" },
        { "fr", "la deuxième" }, { "fr", "deux" }, { "fr", "nous venons à deux" },
        { "tr", "ikinci" }, { "tr", "iki" }, { "tr", "on" }, { "tr", "bir de eşim gelecek" }, { "tr", "onda sorun yok" },
        { "ru", "второй" }, { "ru", "два" }, { "ru", "двадцать первого декабря" }, { "ru", "нас будет двое" },
        { "uk", "другий" }, { "uk", "два" }, { "uk", "на двох" },
        { "ar", "الثانية" }, { "ar", "اثنين" }, { "ar", "الخيار الثاني" },
    };

    [Theory]
    [MemberData(nameof(NotTimes))]
    public void TryParse_RefusesWhatIsNoTime(string language, string text) =>
        Assert.False(ClockTimeParser.TryParse(text, language, out _), text);
}
