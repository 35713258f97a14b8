namespace Termine.Bot.Dialogs.Understanding;

internal static partial class Lexicon
{
    // Turkish marks case with suffixes ("Aralık'tan sonra", "salıya"): stems take \w* and "after"/"before"/"until"
    // follow the day or time instead of preceding it.
    private static LanguageWords Turkish() => new()
    {
        Language = "tr",
        Dates = new DateWords
        {
            Greetings = "günaydın|tünaydın|iyi (?:akşamlar|günler|geceler)",
            Today = "bugün\\w*",
            Tomorrow = "yarın\\w*",
            DayAfterTomorrow = "yarından sonra|öbür ?gün\\w*",
            Weekdays = ["pazartesi\\w*", "salı\\w*", "çarşamba\\w*", "perşembe\\w*", "cuma(?!rtesi)\\w*", "cumartesi\\w*", "pazar(?!tesi)\\w*"],
            RecurringWeekdays =
            [
                "her pazartesi|pazartesileri|pazartesi günleri", "her salı|salıları|salı günleri",
                "her çarşamba|çarşambaları|çarşamba günleri", "her perşembe|perşembeleri|perşembe günleri",
                "her cuma|cumaları|cuma günleri", "her cumartesi|cumartesileri|cumartesi günleri",
                "her pazar|pazarları|pazar günleri",
            ],
            Months =
            [
                "ocak\\w*|ocağ\\w*", "şubat\\w*", "mart\\w*", "nisan\\w*", "mayıs\\w*", "haziran\\w*", "temmuz\\w*",
                "ağustos\\w*", "eylül\\w*", "ekim\\w*", "kasım\\w*", "aralık\\w*|aralığ\\w*",
            ],
            Next = "gelecek|önümüzdeki|haftaya|bir sonraki|sonraki",
            ThisWeek = "bu hafta\\w*",
            NextWeek = "(?:gelecek|önümüzdeki|bir sonraki|sonraki) hafta\\w*|haftaya",
            ThisMonth = "bu ay\\w*",
            NextMonth = "(?:gelecek|önümüzdeki|bir sonraki|sonraki) ay\\w*",
            InWeeks = "{n} hafta sonra\\w*",
            InDays = "{n} gün sonra\\w*",
            Morning = "sabah\\w*|öğleden önce|öğlenden önce|öğleden evvel",
            Afternoon = "öğleden sonra\\w*|öğlenden sonra\\w*|öğlen\\w*|ikindi\\w*",
            Evening = "akşam\\w*|geç saat\\w*|mesai sonrası|işten sonra|günün sonunda",
            AsEarlyAsPossible =
                "en kısa (?:zamanda|sürede)|en erken(?: zamanda| tarih\\w*| randevu\\w*| gün\\w*)?|bir an (?:önce|evvel)"
                + "|mümkün olan en (?:kısa|erken) (?:zamanda|sürede|tarih\\w*)|hemen|acilen|asap"
                + "|en yakın (?:tarih\\w*|zaman\\w*|randevu\\w*|gün\\w*)|ilk (?:boş|müsait|uygun) (?:gün|tarih|randevu|zaman)\\w*",
            After = string.Empty,
            Before = string.Empty,
            Except = string.Empty,
            ExceptSuffix = "hariç|dışında",
            Until = string.Empty,
            AfterSuffix = "(?:'?[dt][ae]n)? ?(?:sonra\\w*|itibaren)",
            BeforeSuffix = "(?:'?[dt][ae]n)? ?(?:önce\\w*|evvel)",
            UntilSuffix = "(?:'?(?:[ya]?[ae]|n[ae]))? ?(?:kadar|dek)",
            RangeFrom = string.Empty,
            RangeTo = "-|ile|ve",
            RangeEnd = "(?:'?(?:[ya]?[ae]|n[ae]))? ?(?:kadar|dek)|arası\\w*",
            ClockBefore = "saat|saat tam",
            ClockAfter = "'?[dt][ae](?!\\w)",
            HalfPast = "buçuk",
        },
        Numbers = new NumberWords
        {
            Cardinals = ["bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz", "on"],
            Ordinals =
            [
                "birinci\\w*|ilk\\w*", "ikinci\\w*", "üçüncü\\w*", "dördüncü\\w*", "beşinci\\w*", "altıncı\\w*",
                "yedinci\\w*", "sekizinci\\w*", "dokuzuncu\\w*", "onuncu\\w*",
            ],
            Last = "sonuncu\\w*|en son\\w*|son olan\\w*|sonu",
        },
        Answers = new AnswerWords
        {
            No = "hayır|hyr|yok|yanlış|doğru değil|değil|olmaz|istemiyorum|katılmıyorum|uygun değil|olmasın",
            Yes = "evet|evt|tamam\\w*|doğru|olur|tabii(?: ki)?|tabi|elbette|peki|onaylıyorum|onay|kabul|uygun|ok|okey|aynen",
            Not = "hiç",
        },
        Persons = new PersonWords
        {
            Alone = "yalnız\\w*|tek başıma|sadece ben|yalnızca ben|tek kişi\\w*|kendim",
            Groups = ["", "ikimiz|iki kişiyiz", "üçümüz", "dördümüz", "beşimiz", "altımız", "yedimiz", "sekizimiz", "dokuzumuz", "onumuz"],
            Couple = "ben ve (?:eşim|oğlum|kızım|annem|babam|kardeşim|arkadaşım)|(?:eşim|oğlum|kızım|annem|babam|kardeşim|arkadaşım)(?: ve ben|la|le)(?: birlikte)?",
            Self = "ben|benim|biz|bizim",
            With = "ile|birlikte|beraber",
            Companion = "eşim\\w*|karım\\w*|kocam\\w*|oğlum\\w*|kızım\\w*|çocuğum\\w*|bebeğim\\w*|annem\\w*|babam\\w*|kardeşim\\w*"
                + "|ablam\\w*|abim\\w*|arkadaşım\\w*|tercüman\\w*",
            Companions = "çocuk\\w*|çocuğ\\w*|oğul\\w*|oğl\\w*|kız\\w*|kardeş\\w*|arkadaş\\w*|yetişkin\\w*",
            Pair = "ikizler\\w*|annemle babam",
            People = "kişi\\w*",
            We = "biz|toplam|toplamda",
            CompanionNumbers = ["", "", "", "", "", "", "", "", "", ""],
        },
    };
}
