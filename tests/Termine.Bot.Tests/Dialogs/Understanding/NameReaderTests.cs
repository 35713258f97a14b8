using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Tests.Dialogs.Understanding;

public sealed class NameReaderTests
{
    public static TheoryData<string, string, string> Names => new()
    {
        { "de", "Anna Schmidt", "Anna Schmidt" },
        { "de", "Ich heiße Anna Schmidt.", "Anna Schmidt" },
        { "de", "mein Name ist Hans-Peter Müller", "Hans-Peter Müller" },
        { "de", "Hallo, mein vollständiger Name lautet: Anna Maria von Berg", "Anna Maria von Berg" },
        { "de", "Ich bin die Sabine Weber", "Sabine Weber" },
        { "de", "A. Schmidt", "A. Schmidt" },
        { "en", "My name is John O'Brien", "John O'Brien" },
        { "en", "I'm Sarah Connor, thanks", "Sarah Connor" },
        { "en", "Ben Miller", "Ben Miller" },
        { "en", "Will Smith", "Will Smith" },
        { "fr", "Je m'appelle Marie Dubois", "Marie Dubois" },
        { "fr", "mon nom est Jean-Luc Picard", "Jean-Luc Picard" },
        { "fr", "Bonjour, c'est Amélie Poulain", "Amélie Poulain" },
        { "tr", "Adım Ayşe Yılmaz", "Ayşe Yılmaz" },
        { "tr", "Benim adım Mehmet Can Öztürk", "Mehmet Can Öztürk" },
        { "tr", "Ben Ayşe Yılmaz", "Ayşe Yılmaz" },
        { "tr", "Merhaba, ismim Elif Kaya'dır", "Elif Kaya" },
        { "ar", "اسمي عمر حداد", "عمر حداد" },
        { "ar", "أنا فاطمة الزهراء", "فاطمة الزهراء" },
        { "ar", "محمد عبد الله", "محمد عبد الله" },
        { "ru", "Меня зовут Иван Петров", "Иван Петров" },
        { "ru", "Ольга Сергеевна Иванова", "Ольга Сергеевна Иванова" },
        { "ru", "Здравствуйте, я Наталья Смирнова", "Наталья Смирнова" },
        { "uk", "Мене звати Олена Коваленко", "Олена Коваленко" },
        { "uk", "моє ім'я Тарас Шевченко", "Тарас Шевченко" },
        // Another language than the conversation's.
        { "de", "my name is Omar Haddad", "Omar Haddad" },
        { "en", "Ich heiße Lena Vogel", "Lena Vogel" },
    };

    public static TheoryData<string, string> NotNames => new()
    {
        { "de", "Anna" },
        { "de", "Anna S." },
        { "de", "Wie ist Ihr Name?" },
        { "de", "Warum brauchen Sie meinen Namen" },
        { "de", "ich möchte einen Termin" },
        { "de", "Anna Schmidt 1990" },
        { "de", "anna@web.de" },
        { "en", "What do you mean" },
        { "en", "why do you need it" },
        { "en", "I need an appointment" },
        { "fr", "Pourquoi vous avez besoin de ça" },
        { "fr", "je veux un rendez-vous" },
        { "tr", "Neden adımı soruyorsunuz" },
        { "tr", "bu gerekli mi" },
        { "ru", "Зачем вам моё имя" },
        { "ru", "а это обязательно ли" },
        { "uk", "Чи це обов'язково" },
        { "uk", "Навіщо вам це" },
        { "ar", "لماذا تحتاج اسمي" },
        { "ar", "هل هذا ضروري" },
        { "ar", "ما اسمك؟" },
        { "de", new string('a', 60) + " " + new string('b', 60) },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public void TryRead_ReadsTheFullName(string language, string text, string expected)
    {
        Assert.True(NameReader.TryRead(text, language, out var name));
        Assert.Equal(expected, name);
    }

    [Theory]
    [MemberData(nameof(NotNames))]
    public void TryRead_RefusesWhatIsNoFullName(string language, string text) =>
        Assert.False(NameReader.TryRead(text, language, out _));

    [Theory]
    [InlineData("de", "Was kostet das?")]
    [InlineData("de", "wann habe ich den Termin")]
    [InlineData("en", "how long does it take")]
    [InlineData("fr", "Combien ça coûte")]
    [InlineData("tr", "Ne kadar sürer")]
    [InlineData("tr", "randevu ücretli mi")]
    [InlineData("ar", "كم يستغرق")]
    [InlineData("ar", "متى الموعد؟")]
    [InlineData("ru", "Сколько это стоит")]
    [InlineData("uk", "Скільки це коштує")]
    [InlineData("en", "Anna Schmidt?")]
    public void LooksLikeQuestion_SeesQuestions(string language, string text) =>
        Assert.True(NameReader.LooksLikeQuestion(text, language));

    [Theory]
    [InlineData("de", "Anna Schmidt")]
    [InlineData("en", "Will Smith")]
    [InlineData("tr", "Ayşe Yılmaz")]
    [InlineData("ru", "Иван Петров")]
    [InlineData("ar", "عمر حداد")]
    public void LooksLikeQuestion_LeavesNamesAlone(string language, string text) =>
        Assert.False(NameReader.LooksLikeQuestion(text, language));
}
