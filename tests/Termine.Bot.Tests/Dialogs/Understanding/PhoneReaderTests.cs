using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Tests.Dialogs.Understanding;

public sealed class PhoneReaderTests
{
    public static TheoryData<string, string> Numbers => new()
    {
        { "02131 123456", "+492131123456" },
        { "0171/1234567", "+491711234567" },
        { "(0211) 12 34 56", "+49211123456" },
        { "0049 171 2345678", "+491712345678" },
        { "+49 171 2345678", "+491712345678" },
        { "+49 (0) 171 2345678", "+491712345678" },
        { "+49-2131-123456", "+492131123456" },
        { "0171.234.5678", "+491712345678" },
        { "0157 - 12345678", "+4915712345678" },
        { "meine Nummer ist 0171 2345678", "+491712345678" },
        { "my number is +44 7911 123456, thanks", "+447911123456" },
        { "mon numéro : +33 6 12 34 56 78", "+33612345678" },
        { "numaram +90 532 123 45 67", "+905321234567" },
        { "+90 (532) 123-45-67", "+905321234567" },
        { "рабочий +380 50 123 4567", "+380501234567" },
        { "мой номер +7 912 345-67-89", "+79123456789" },
        { "رقمي ٠١٧١٢٣٤٥٦٧٨", "+491712345678" },
        { "+963 944 123 456", "+963944123456" },
        { "Tel. 02131/12 34 56, am liebsten vormittags", "+492131123456" },
    };

    public static TheoryData<string> NotNumbers => new()
    {
        "", "keine", "12345", "0171 12", "17.05.1990", "um 10:30 Uhr", "+49 123", "0000 000000", "anna@web.de", "2 Personen",
    };

    public static TheoryData<string, string> NoPhone => new()
    {
        { "de", "keine" }, { "de", "keins" }, { "de", "hab keine" }, { "de", "Nein danke" }, { "de", "ich habe kein Handy" },
        { "de", "möchte ich nicht angeben" }, { "de", "-" },
        { "en", "no phone" }, { "en", "none" }, { "en", "I don't have one" }, { "en", "skip" }, { "en", "No thanks." },
        { "en", "n/a" }, { "en", "I'd rather not" },
        { "fr", "pas de téléphone" }, { "fr", "aucun" }, { "fr", "non merci" }, { "fr", "je n'ai pas de portable" },
        { "tr", "yok" }, { "tr", "telefonum yok" }, { "tr", "Numaram yok, teşekkürler" }, { "tr", "gerek yok" },
        { "ru", "нет" }, { "ru", "нету" }, { "ru", "не хочу" }, { "ru", "у меня нет телефона" }, { "ru", "Нет, спасибо" },
        { "uk", "немає" }, { "uk", "не маю" }, { "uk", "ні, дякую" }, { "uk", "не хочу вказувати" },
        { "ar", "لا يوجد" }, { "ar", "لا" }, { "ar", "ما عندي" }, { "ar", "ليس لدي هاتف" },
        // Any language, whatever the conversation's.
        { "de", "нет" }, { "ar", "no phone" }, { "ru", "keine" },
    };

    public static TheoryData<string, string> NotNoPhone => new()
    {
        { "de", "0171 2345678" }, { "de", "ja" }, { "en", "yes, +49 171 2345678" }, { "en", "what do you need it for?" },
        { "fr", "oui" }, { "ru", "да" }, { "tr", "evet" }, { "ar", "نعم" }, { "uk", "так" },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void TryRead_NormalisesToE164(string text, string expected)
    {
        Assert.True(PhoneReader.TryRead(text, out var phone));
        Assert.Equal(expected, phone);
    }

    [Theory]
    [MemberData(nameof(NotNumbers))]
    public void TryRead_RefusesWhatIsNoValidNumber(string text) => Assert.False(PhoneReader.TryRead(text, out _));

    [Theory]
    [MemberData(nameof(NoPhone))]
    public void IsNone_HearsThatThereIsNoPhone(string language, string text) => Assert.True(PhoneReader.IsNone(text, language));

    [Theory]
    [MemberData(nameof(NotNoPhone))]
    public void IsNone_IsNotFooledByOtherAnswers(string language, string text) => Assert.False(PhoneReader.IsNone(text, language));
}
