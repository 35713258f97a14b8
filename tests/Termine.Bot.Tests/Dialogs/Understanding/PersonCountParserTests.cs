using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Tests.Dialogs.Understanding;

public sealed class PersonCountParserTests
{
    public static TheoryData<string, string, int> Counts => new()
    {
        { "de", "2", 2 }, { "de", "zwei Personen", 2 }, { "de", "wir sind zu dritt", 3 }, { "de", "allein", 1 },
        { "de", "ich und meine Frau", 2 }, { "de", "4 Personen", 4 },
        { "en", "two people", 2 }, { "en", "me and my wife", 2 }, { "en", "alone", 1 }, { "en", "just me", 1 }, { "en", "3", 3 },
        { "fr", "deux personnes", 2 }, { "fr", "seule", 1 }, { "fr", "seul", 1 }, { "fr", "nous sommes trois", 3 },
        { "fr", "moi et mon mari", 2 },
        { "tr", "iki kişi", 2 }, { "tr", "yalnız", 1 }, { "tr", "yalniz", 1 }, { "tr", "üç kişiyiz", 3 }, { "tr", "eşimle", 2 },
        { "ar", "شخصين", 2 }, { "ar", "ثلاثة أشخاص", 3 }, { "ar", "وحدي", 1 }, { "ar", "٢", 2 }, { "ar", "أنا وزوجتي", 2 },
        { "ru", "двое", 2 }, { "ru", "нас трое", 3 }, { "ru", "я один", 1 }, { "ru", "одна", 1 }, { "ru", "сам", 1 },
        { "ru", "два человека", 2 },
        { "uk", "двоє", 2 }, { "uk", "троє", 3 }, { "uk", "сама", 1 }, { "uk", "я одна", 1 }, { "uk", "дві особи", 2 },
        { "uk", "п'ятеро", 5 },
        { "de", "10", 10 }, { "en", "zwei", 2 },
        // The resident and companions, added up.
        { "de", "ich mit meinen drei Kindern", 4 }, { "de", "meine Frau und ich", 2 }, { "de", "wir kommen zu zweit", 2 },
        { "de", "wir sind zu viert", 4 }, { "de", "ich und meine beiden Töchter", 3 }, { "de", "ich komme mit meinem Mann und unserem Sohn", 3 },
        { "de", "2 Erwachsene und 1 Kind", 3 }, { "de", "mit meinen Eltern", 3 }, { "de", "fünf", 5 },
        { "en", "me and my two daughters", 3 }, { "en", "my wife and I", 2 }, { "en", "I'm coming with my husband and 2 kids", 4 },
        { "en", "there will be 4 of us", 4 }, { "en", "three", 3 }, { "en", "me and my son", 2 },
        { "fr", "moi et mes deux enfants", 3 }, { "fr", "je viens avec ma femme", 2 }, { "fr", "on sera 4", 4 },
        { "fr", "avec mon mari et mes trois enfants", 5 }, { "fr", "quatre", 4 },
        { "tr", "eşim ve ben", 2 }, { "tr", "ben ve iki çocuğum", 3 }, { "tr", "ben, eşim ve üç çocuğum", 5 }, { "tr", "dört", 4 },
        { "tr", "5 kişi", 5 },
        { "ar", "أنا وزوجتي وطفلين", 4 }, { "ar", "أنا وابني", 2 }, { "ar", "أنا مع زوجي وثلاثة أطفال", 5 }, { "ar", "خمسة", 5 },
        { "ar", "نحن ٣", 3 },
        { "ru", "я с женой и сыном", 3 }, { "ru", "мы с мужем", 2 }, { "ru", "я с двумя детьми", 3 }, { "ru", "нас будет четверо", 4 },
        { "ru", "пять", 5 }, { "ru", "3 человека", 3 },
        { "uk", "я і двоє дітей", 3 }, { "uk", "ми з дружиною", 2 }, { "uk", "я з чоловіком і сином", 3 }, { "uk", "чотири особи", 4 },
        { "uk", "нас троє", 3 },
        { "de", "٣", 3 },
    };

    public static TheoryData<string, string> NotCounts => new()
    {
        { "de", "2 oder 3" }, { "en", "12" }, { "de", "0" }, { "fr", "bonjour" }, { "ru", "не знаю" }, { "ar", "" },
        { "de", "Termin am 2. Mai" }, { "de", "um 10 Uhr" }, { "en", "on May 3" }, { "en", "at 9 am" },
        { "de", "ich mit meinen Kindern" }, { "en", "me and my kids" }, { "fr", "le 3 mai" }, { "tr", "saat 3'te" },
        { "ru", "в 10 часов" }, { "uk", "о 9 годині" }, { "ar", "الساعة ١٠" }, { "de", "12.05." },
    };

    public static TheoryData<string, string, int> FoundInSentences => new()
    {
        { "de", "Ich brauche einen Termin, wir kommen zu zweit", 2 },
        { "de", "Termin für 3 Personen bitte", 3 },
        { "de", "ich komme mit meiner Frau", 2 },
        { "de", "ich möchte mit meinen zwei Kindern kommen", 3 },
        { "en", "I need an appointment for 3 people", 3 },
        { "en", "I will come with my wife", 2 },
        { "en", "we are four", 4 },
        { "fr", "nous serons trois", 3 },
        { "fr", "un rendez-vous pour deux personnes", 2 },
        { "tr", "3 kişi için randevu", 3 },
        { "tr", "biz iki kişiyiz", 2 },
        { "ar", "موعد لثلاثة أشخاص", 3 },
        { "ar", "سآتي مع زوجتي", 2 },
        { "ru", "нас трое", 3 },
        { "ru", "запишите на двух человек", 2 },
        { "uk", "нас двоє", 2 },
        { "uk", "я прийду з дружиною", 2 },
    };

    public static TheoryData<string, string> NotFoundInSentences => new()
    {
        { "de", "Termin am 2. Mai um 10 Uhr" },
        { "de", "2" },
        { "de", "ich brauche 3 Dokumente?" },
        { "en", "on the 3rd at 10" },
        { "en", "any time after 2 pm" },
        { "fr", "le 3 mai à 10h" },
        { "tr", "3 Mayıs saat 10" },
        { "ar", "يوم ٣ مايو الساعة ١٠" },
        { "ru", "один вопрос" },
        { "ru", "3 мая в 10 часов" },
        { "uk", "3 травня о 10" },
        { "de", "mein Pass läuft am 12.05.2026 ab" },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void TryParse_ReadsHowManyCome(string language, string text, int expected)
    {
        Assert.True(PersonCountParser.TryParse(text, language, out var persons));
        Assert.Equal(expected, persons);
    }

    [Theory]
    [MemberData(nameof(NotCounts))]
    public void TryParse_RefusesWhatIsNoSingleCount(string language, string text) =>
        Assert.False(PersonCountParser.TryParse(text, language, out _));

    [Theory]
    [MemberData(nameof(FoundInSentences))]
    public void TryFind_FindsCountsAboutPeople(string language, string text, int expected)
    {
        Assert.True(PersonCountParser.TryFind(text, language, out var persons));
        Assert.Equal(expected, persons);
    }

    [Theory]
    [MemberData(nameof(NotFoundInSentences))]
    public void TryFind_IgnoresOtherNumbers(string language, string text) =>
        Assert.False(PersonCountParser.TryFind(text, language, out _));
}
