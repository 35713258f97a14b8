using Termine.Bot.Dialogs.Questions;

namespace Termine.Bot.Tests.Dialogs.Questions;

public sealed class QuestionReaderTests
{
    public static TheoryData<string, string, QuestionTopic> Questions => new()
    {
        { "de", "wo ist das Amt?", QuestionTopic.Address }, { "de", "Wie ist die Adresse", QuestionTopic.Address },
        { "de", "wie komme ich hin", QuestionTopic.Directions }, { "de", "Fährt ein Bus dorthin?", QuestionTopic.Directions },
        { "de", "gibt es Parkplätze?", QuestionTopic.Parking }, { "de", "Wo kann ich parken", QuestionTopic.Parking },
        { "de", "Wann haben Sie geöffnet?", QuestionTopic.OpeningHours }, { "de", "Öffnungszeiten", QuestionTopic.OpeningHours },
        { "de", "wie lange dauert der Termin", QuestionTopic.Duration }, { "de", "was muss ich mitbringen", QuestionTopic.Documents },
        { "de", "Welche Unterlagen brauche ich?", QuestionTopic.Documents }, { "de", "muss ich meine Kinder mitbringen?", QuestionTopic.Children },
        { "de", "Muss meine Frau auch dabei sein?", QuestionTopic.Children }, { "de", "Was kostet das?", QuestionTopic.Cost },
        { "de", "Ist das Gebäude barrierefrei?", QuestionTopic.Accessibility }, { "de", "Ich sitze im Rollstuhl, geht das?", QuestionTopic.Accessibility },
        { "de", "Darf ich einen Dolmetscher mitbringen?", QuestionTopic.Interpreter }, { "de", "Wie ist Ihre Telefonnummer?", QuestionTopic.Contact },

        { "en", "Where is the office?", QuestionTopic.Address }, { "en", "what's the address", QuestionTopic.Address },
        { "en", "How do I get there by bus?", QuestionTopic.Directions }, { "en", "is there parking", QuestionTopic.Parking },
        { "en", "What are your opening hours?", QuestionTopic.OpeningHours }, { "en", "how long will it take?", QuestionTopic.Duration },
        { "en", "what should I bring?", QuestionTopic.Documents }, { "en", "Do my children have to come?", QuestionTopic.Children },
        { "en", "How much does it cost?", QuestionTopic.Cost }, { "en", "Is there wheelchair access?", QuestionTopic.Accessibility },
        { "en", "Can I bring an interpreter?", QuestionTopic.Interpreter }, { "en", "Do you speak English?", QuestionTopic.Interpreter },
        { "en", "what is your phone number", QuestionTopic.Contact },

        { "fr", "où se trouve le bureau ?", QuestionTopic.Address }, { "fr", "comment y aller en transports en commun ?", QuestionTopic.Directions },
        { "fr", "Est-ce qu'il y a un parking ?", QuestionTopic.Parking }, { "fr", "Quels sont vos horaires d'ouverture ?", QuestionTopic.OpeningHours },
        { "fr", "combien de temps ça dure ?", QuestionTopic.Duration }, { "fr", "Quels documents dois-je apporter ?", QuestionTopic.Documents },
        { "fr", "Dois-je amener mes enfants ?", QuestionTopic.Children }, { "fr", "Combien ça coûte ?", QuestionTopic.Cost },
        { "fr", "Le bâtiment est-il accessible en fauteuil roulant ?", QuestionTopic.Accessibility },
        { "fr", "Puis-je venir avec un interprète ?", QuestionTopic.Interpreter }, { "fr", "Quel est votre numéro de téléphone ?", QuestionTopic.Contact },

        { "tr", "Daire nerede?", QuestionTopic.Address }, { "tr", "Oraya nasıl gidebilirim?", QuestionTopic.Directions },
        { "tr", "otopark var mı?", QuestionTopic.Parking }, { "tr", "Çalışma saatleriniz nedir?", QuestionTopic.OpeningHours },
        { "tr", "ne kadar sürer", QuestionTopic.Duration }, { "tr", "Yanımda ne getirmem lazım?", QuestionTopic.Documents },
        { "tr", "Çocuklarımı da getirmem gerekiyor mu?", QuestionTopic.Children }, { "tr", "Ücreti ne kadar?", QuestionTopic.Cost },
        { "tr", "Tekerlekli sandalye ile girilebiliyor mu?", QuestionTopic.Accessibility }, { "tr", "Tercüman getirebilir miyim?", QuestionTopic.Interpreter },
        { "tr", "Telefon numaranız nedir?", QuestionTopic.Contact },

        { "ar", "أين يقع المكتب؟", QuestionTopic.Address }, { "ar", "كيف أصل إليكم بالمواصلات العامة؟", QuestionTopic.Directions },
        { "ar", "هل يوجد موقف سيارات؟", QuestionTopic.Parking }, { "ar", "ما هي ساعات العمل؟", QuestionTopic.OpeningHours },
        { "ar", "كم تستغرق المقابلة؟", QuestionTopic.Duration }, { "ar", "ماذا يجب أن أحضر معي؟", QuestionTopic.Documents },
        { "ar", "هل يجب أن أحضر أطفالي؟", QuestionTopic.Children }, { "ar", "كم الرسوم؟", QuestionTopic.Cost },
        { "ar", "هل يوجد مصعد؟", QuestionTopic.Accessibility }, { "ar", "هل يمكنني إحضار مترجم؟", QuestionTopic.Interpreter },
        { "ar", "ما رقم الهاتف؟", QuestionTopic.Contact },

        { "ru", "где находится?", QuestionTopic.Address }, { "ru", "Как до вас добраться?", QuestionTopic.Directions },
        { "ru", "Есть ли парковка?", QuestionTopic.Parking }, { "ru", "Какие у вас часы работы?", QuestionTopic.OpeningHours },
        { "ru", "сколько длится?", QuestionTopic.Duration }, { "ru", "Какие документы взять с собой?", QuestionTopic.Documents },
        { "ru", "Нужно ли приводить детей?", QuestionTopic.Children }, { "ru", "Сколько стоит?", QuestionTopic.Cost },
        { "ru", "Есть ли лифт?", QuestionTopic.Accessibility }, { "ru", "Можно прийти с переводчиком?", QuestionTopic.Interpreter },
        { "ru", "Какой у вас номер телефона?", QuestionTopic.Contact },

        { "uk", "Де ви знаходитеся?", QuestionTopic.Address }, { "uk", "Як до вас дістатися?", QuestionTopic.Directions },
        { "uk", "Чи є парковка?", QuestionTopic.Parking }, { "uk", "Які у вас години роботи?", QuestionTopic.OpeningHours },
        { "uk", "Скільки триває прийом?", QuestionTopic.Duration }, { "uk", "що взяти з собою?", QuestionTopic.Documents },
        { "uk", "Чи треба приводити дітей?", QuestionTopic.Children }, { "uk", "Скільки це коштує?", QuestionTopic.Cost },
        { "uk", "Чи можна на інвалідному візку?", QuestionTopic.Accessibility }, { "uk", "Чи можу я прийти з перекладачем?", QuestionTopic.Interpreter },
        { "uk", "Як з вами зв'язатися?", QuestionTopic.Contact },

        // Asked in another language than the conversation's.
        { "de", "how long will it take?", QuestionTopic.Duration }, { "en", "wo ist das Amt?", QuestionTopic.Address },
        { "ru", "what should I bring?", QuestionTopic.Documents },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void Read_RecognisesTheTopic(string language, string text, QuestionTopic expected) =>
        Assert.Equal(expected, QuestionReader.Read(text, language));

    public static TheoryData<string, string> PlainAnswers => new()
    {
        { "de", "Anna Schmidt" }, { "de", "zwei" }, { "de", "Dienstag" }, { "de", "10:30" }, { "de", "ja" }, { "de", "mit meiner Frau" },
        { "de", "meine Frau und ich kommen" }, { "de", "Telefon 0176 1234567" }, { "de", "anna.schmidt@example.com" },
        { "en", "John Park" }, { "en", "two" }, { "en", "Tuesday" }, { "en", "my wife and I will come" },
        { "fr", "mardi ou mercredi" }, { "fr", "Marie Dupont" }, { "tr", "Ayşe Yılmaz" }, { "tr", "salı" }, { "tr", "iki kişi" },
        { "ar", "أحمد محمد" }, { "ar", "اثنين" }, { "ar", "الثلاثاء" }, { "ru", "Иван Петров" }, { "ru", "вторник" }, { "ru", "двое" },
        { "uk", "Олена Коваленко" }, { "uk", "вівторок" }, { "uk", "двоє" },
    };

    [Theory]
    [MemberData(nameof(PlainAnswers))]
    public void Read_GivesNullForAPlainAnswer(string language, string text) =>
        Assert.Null(QuestionReader.Read(text, language));

    [Theory]
    [InlineData("de", "Wie lange noch", true)]
    [InlineData("en", "Tuesday?", true)]
    [InlineData("tr", "olur mu", true)]
    [InlineData("ar", "هل هذا ممكن", true)]
    [InlineData("ru", "Anna Schmidt", false)]
    [InlineData("de", "Dienstag", false)]
    public void IsQuestion_SeesQuestionMarksAndQuestionWords(string language, string text, bool expected) =>
        Assert.Equal(expected, QuestionReader.IsQuestion(text, language));
}
