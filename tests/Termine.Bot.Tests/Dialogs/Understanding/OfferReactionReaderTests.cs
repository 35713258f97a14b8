using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Tests.Dialogs.Understanding;

public sealed class OfferReactionReaderTests
{
    public static TheoryData<string, string, OfferReaction> Reactions => new()
    {
        { "de", "passt alles nicht", OfferReaction.NoneSuit }, { "de", "keiner davon", OfferReaction.NoneSuit },
        { "de", "Die passen mir leider alle nicht", OfferReaction.NoneSuit }, { "de", "anderer Tag bitte", OfferReaction.NoneSuit },
        { "de", "Haben Sie einen anderen Termin?", OfferReaction.NoneSuit }, { "de", "Da kann ich leider nicht", OfferReaction.NoneSuit },
        { "de", "später", OfferReaction.Later }, { "de", "etwas später am Tag", OfferReaction.Later }, { "de", "das ist mir zu früh", OfferReaction.Later },
        { "de", "früher", OfferReaction.Earlier }, { "de", "geht es etwas früher?", OfferReaction.Earlier }, { "de", "zu spät für mich", OfferReaction.Earlier },
        { "de", "lieber nächste Woche", OfferReaction.NextWeek }, { "de", "keiner passt, lieber später", OfferReaction.Later },

        { "en", "none of these suit me", OfferReaction.NoneSuit }, { "en", "None of them work for me", OfferReaction.NoneSuit },
        { "en", "another day", OfferReaction.NoneSuit }, { "en", "those don't work", OfferReaction.NoneSuit },
        { "en", "can I have a different time", OfferReaction.NoneSuit }, { "en", "later", OfferReaction.Later },
        { "en", "anything later in the day?", OfferReaction.Later }, { "en", "that's too early", OfferReaction.Later },
        { "en", "earlier please", OfferReaction.Earlier }, { "en", "is there something sooner", OfferReaction.Earlier },
        { "en", "next week would be better", OfferReaction.NextWeek },

        { "fr", "aucun ne me convient", OfferReaction.NoneSuit }, { "fr", "Aucune de ces dates ne me convient", OfferReaction.NoneSuit },
        { "fr", "ça ne me va pas", OfferReaction.NoneSuit }, { "fr", "un autre jour", OfferReaction.NoneSuit },
        { "fr", "plus tard", OfferReaction.Later }, { "fr", "c'est trop tôt", OfferReaction.Later }, { "fr", "un peu plus tôt ?", OfferReaction.Earlier },
        { "fr", "plus tot", OfferReaction.Earlier }, { "fr", "la semaine prochaine", OfferReaction.NextWeek },

        { "tr", "hiçbiri uymuyor", OfferReaction.NoneSuit }, { "tr", "hicbiri uygun degil", OfferReaction.NoneSuit },
        { "tr", "başka bir gün olabilir mi", OfferReaction.NoneSuit }, { "tr", "bu saatler bana uymuyor", OfferReaction.NoneSuit },
        { "tr", "daha geç", OfferReaction.Later }, { "tr", "biraz daha sonra olur mu", OfferReaction.Later }, { "tr", "daha erken", OfferReaction.Earlier },
        { "tr", "çok geç", OfferReaction.Earlier }, { "tr", "gelecek hafta", OfferReaction.NextWeek }, { "tr", "haftaya olsun", OfferReaction.NextWeek },

        { "ar", "لا يناسبني أي منها", OfferReaction.NoneSuit }, { "ar", "ولا واحد", OfferReaction.NoneSuit }, { "ar", "يوم آخر من فضلك", OfferReaction.NoneSuit },
        { "ar", "مش مناسب", OfferReaction.NoneSuit }, { "ar", "لاحقا", OfferReaction.Later }, { "ar", "في وقت لاحق", OfferReaction.Later },
        { "ar", "أبكر", OfferReaction.Earlier }, { "ar", "في وقت أبكر من فضلك", OfferReaction.Earlier }, { "ar", "الأسبوع القادم", OfferReaction.NextWeek },

        { "ru", "ни один не подходит", OfferReaction.NoneSuit }, { "ru", "мне это не подходит", OfferReaction.NoneSuit },
        { "ru", "в другой день", OfferReaction.NoneSuit }, { "ru", "ничего не подходит", OfferReaction.NoneSuit }, { "ru", "позже", OfferReaction.Later },
        { "ru", "можно попозже?", OfferReaction.Later }, { "ru", "не раньше обеда", OfferReaction.Later }, { "ru", "раньше", OfferReaction.Earlier },
        { "ru", "пораньше бы", OfferReaction.Earlier }, { "ru", "на следующей неделе", OfferReaction.NextWeek },

        { "uk", "жоден не підходить", OfferReaction.NoneSuit }, { "uk", "мені не підходить", OfferReaction.NoneSuit },
        { "uk", "інший день", OfferReaction.NoneSuit }, { "uk", "пізніше", OfferReaction.Later }, { "uk", "трохи пізніше, будь ласка", OfferReaction.Later },
        { "uk", "раніше", OfferReaction.Earlier }, { "uk", "це запізно", OfferReaction.Earlier }, { "uk", "наступного тижня", OfferReaction.NextWeek },

        // Residents mix languages.
        { "de", "later", OfferReaction.Later }, { "ru", "none of these", OfferReaction.NoneSuit }, { "en", "später", OfferReaction.Later },
        { "ar", "plus tôt", OfferReaction.Earlier }, { "tr", "позже", OfferReaction.Later },
    };

    [Theory]
    [MemberData(nameof(Reactions))]
    public void Read_RecognisesTheReaction(string language, string text, OfferReaction expected) =>
        Assert.Equal(expected, OfferReactionReader.Read(text, language));

    public static TheoryData<string, string> Neutral => new()
    {
        { "de", "Anna Schmidt" }, { "de", "Dienstag" }, { "de", "der zweite" }, { "de", "10:30" }, { "de", "ja" }, { "de", "Kein Problem" },
        { "de", "früher oder später" }, { "en", "yes please" }, { "en", "the first one" }, { "fr", "le deuxième" }, { "fr", "oui" },
        { "tr", "evet" }, { "tr", "ikincisi" }, { "ar", "نعم" }, { "ar", "الثاني" }, { "ru", "да" }, { "ru", "второй" },
        { "uk", "так" }, { "uk", "другий" }, { "en", "" },
    };

    [Theory]
    [MemberData(nameof(Neutral))]
    public void Read_IgnoresNeutralText(string language, string text) =>
        Assert.Null(OfferReactionReader.Read(text, language));
}
