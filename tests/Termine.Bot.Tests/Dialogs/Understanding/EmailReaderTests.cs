using Termine.Bot.Dialogs.Understanding;

namespace Termine.Bot.Tests.Dialogs.Understanding;

public sealed class EmailReaderTests
{
    public static TheoryData<string, string, bool> Addresses => new()
    {
        { "anna@web.de", "anna@web.de", false },
        { "Anna.Schmidt@GMX.de", "anna.schmidt@gmx.de", false },
        { "meine Mail ist anna@web.de.", "anna@web.de", false },
        { "my email: anna_s-1990@outlook.com, thanks", "anna_s-1990@outlook.com", false },
        { "mon adresse est anna @ orange.fr", "anna@orange.fr", false },
        { "بريدي الإلكتروني omar.haddad@gmail.com", "omar.haddad@gmail.com", false },
        { "anna dot schmidt at web dot de", "anna.schmidt@web.de", true },
        { "anna punkt schmidt at gmx punkt de", "anna.schmidt@gmx.de", true },
        { "anna punkt schmidt ät gmx punkt de", "anna.schmidt@gmx.de", true },
        { "meine Adresse ist anna minus maria at t-online punkt de", "anna-maria@t-online.de", true },
        { "anna unterstrich schmidt at web punkt de", "anna_schmidt@web.de", true },
        { "anna point schmidt arobase orange point fr", "anna.schmidt@orange.fr", true },
        { "c'est anna tiret bas schmidt arobase free point fr", "anna_schmidt@free.fr", true },
        { "anna nokta schmidt et gmail nokta com", "anna.schmidt@gmail.com", true },
        { "mailim ayse alt çizgi yilmaz at hotmail nokta com", "ayse_yilmaz@hotmail.com", true },
        { "анна точка шмидт собака mail точка ru", "анна.шмидт@mail.ru", true },
        { "anna.schmidt собака gmail.com", "anna.schmidt@gmail.com", true },
        { "моя почта ivan дефис petrov собака yandex точка ru", "ivan-petrov@yandex.ru", true },
        { "ivan крапка petrenko равлик ukr крапка net", "ivan.petrenko@ukr.net", true },
        { "بريدي anna at gmail dot com", "anna@gmail.com", true },
        { "omar نقطة haddad آت gmail نقطة com", "omar.haddad@gmail.com", true },
        { "my email is john dot doe at yahoo dot co dot uk", "john.doe@yahoo.co.uk", true },
    };

    public static TheoryData<string> NotAddresses => new()
    {
        "", "anna", "anna@web", "anna at web", "ich bin at home", "anna@web.de oder paul@gmx.de", "anna et paul",
        "@web.de", "keine", "what is your email?",
    };

    [Theory]
    [MemberData(nameof(Addresses))]
    public void TryRead_FindsTheAddress(string text, string expected, bool dictated)
    {
        Assert.True(EmailReader.TryRead(text, out var reading));
        Assert.Equal(expected, reading.Address);
        Assert.Equal(dictated, reading.WasDictated);
    }

    [Theory]
    [MemberData(nameof(NotAddresses))]
    public void TryRead_RefusesWhatIsNoSingleAddress(string text) => Assert.False(EmailReader.TryRead(text, out _));
}
