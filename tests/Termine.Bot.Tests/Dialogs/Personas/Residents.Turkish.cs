namespace Termine.Bot.Tests.Dialogs.Personas;

public static partial class Residents
{
    private static Persona[] Turkish =>
    [
        new("tr-01-elif", "tr-TR", "tr", "Elif, 30, software developer from İzmir, Blue Card, everything in one message with her husband")
        {
            ServiceId = "eu-blue-card", Booker = new("Elif Demir", D(1996, 2, 29), "elif.demir@gmail.com", "0176 55566677"),
            Companions = [new("Burak Demir", D(1994, 5, 5), "05.05.1994")],
            Wish = SlotWish.On(DayOfWeek.Thursday).Afternoon(),
            Opening = [Line.Giving("Merhaba, Mavi Kart için randevu almak istiyorum, perşembe öğleden sonra olursa iyi olur, eşimle iki kişi geleceğiz.", Fact.Service, Fact.Date, Fact.Persons)],
            Answers = new() { ["persons"] = ["iki kişi"], ["date"] = ["perşembe öğleden sonra"], ["name"] = ["Elif Demir"], ["birthDate"] = ["29.02.1996"],
                ["email"] = ["elif.demir@gmail.com"], ["phone"] = ["0176 55566677"], ["confirm"] = ["Evet, doğru."] },
            Pick = SlotPick.Button,
        },
        new("tr-02-hasan", "tr-TR", "tr", "Hasan, 61, retired miner's son in Dormagen, asks about parking in the middle")
        {
            ServiceId = "permanent-residence-eu", Booker = new("Hasan Öztürk", D(1965, 6, 1), "hasan.ozturk65@web.de", "02133 998877"),
            Wish = SlotWish.On(DayOfWeek.Tuesday).Morning(),
            Opening = [Line.Giving("İyi günler, AB daimi oturum izni için başvurmak istiyorum.", Fact.Service)],
            Answers = new() { ["persons"] = ["sadece ben"], ["date"] = [Line.Asking("Orada park yeri var mı?"), "salı sabah"], ["name"] = ["Hasan Öztürk"], ["birthDate"] = ["01.06.1965"],
                ["email"] = ["hasan.ozturk65@web.de"], ["phone"] = ["02133 998877"], ["confirm"] = ["evet"] },
            Pick = SlotPick.Spoken("tr", "saat {0}"),
        },
        new("tr-03-zeynep", "tr-TR", "tr", "Zeynep, 26, master's student, corrects her e-mail at the summary")
        {
            ServiceId = "residence-permit-studies", Booker = new("Zeynep Arslan", D(2000, 9, 17), "zeynep.arslan@uni-duesseldorf.de", null),
            Wish = SlotWish.On(DayOfWeek.Wednesday),
            Opening = [Line.Giving("Merhaba, öğrenci oturumumu uzatmam gerekiyor.", Fact.Service)],
            Answers = new() { ["persons"] = ["1"], ["date"] = ["çarşamba"], ["name"] = ["Zeynep Arslan"], ["birthDate"] = ["17 Eylül 2000"],
                ["email"] = ["zeynep.arslan@uni-dusseldorf.de"], ["phone"] = ["telefon vermek istemiyorum"],
                ["confirm"] = [Line.Giving("Hayır, e-posta yanlış, doğrusu zeynep.arslan@uni-duesseldorf.de", Fact.Email), "şimdi doğru, evet"] },
            Pick = SlotPick.Ordinal("{0}", Ordinals.Turkish),
        },
        new("tr-04-murat", "tr-TR", "tr", "Murat, 43, bus driver, wants Wednesday afternoon when the office is closed")
        {
            ServiceId = "residence-permit-extension", Booker = new("Murat Çelik", D(1983, 3, 9), "murat.celik83@gmail.com", "0170 1231231"),
            Wish = SlotWish.On(DayOfWeek.Thursday).Afternoon(),
            Opening = [Line.Giving("Oturma iznimi uzatmak istiyorum, çarşamba öğleden sonra uygun musunuz?", Fact.Service, Fact.Date)],
            Answers = new() { ["persons"] = ["tek kişi"], ["date"] = ["çarşamba öğleden sonra"], ["name"] = ["Murat Çelik"], ["birthDate"] = ["09.03.1983"],
                ["email"] = ["murat.celik83@gmail.com"], ["phone"] = ["0170 1231231"], ["confirm"] = ["tamam, evet"] },
            RejectSlots = [Line.Giving("O zaman perşembe öğleden sonra olsun.", Fact.Date)],
            Pick = SlotPick.Spoken("tr", "{0} gelebilirim"),
        },
        new("tr-05-ayse", "tr-TR", "tr", "Ayşe, 52, seamstress in Neuss, says 'on buçukta' for the time")
        {
            ServiceId = "passport-transfer", Booker = new("Ayşe Kılıç", D(1974, 4, 23), "ayse.kilic74@hotmail.com", "02131 667788"),
            Wish = SlotWish.On(DayOfWeek.Monday).Morning(),
            Opening = [Line.Giving("Yeni pasaport aldım, oturum iznimi yeni pasaporta aktarmak istiyorum.", Fact.Service)],
            Answers = new() { ["persons"] = ["yalnız ben"], ["date"] = ["pazartesi sabah"], ["name"] = ["Ayşe Kılıç"], ["birthDate"] = ["23 Nisan 1974"],
                ["email"] = ["ayse.kilic74@hotmail.com"], ["phone"] = ["02131 667788"], ["confirm"] = ["evet, teşekkürler"] },
            Pick = SlotPick.Spoken("tr", "{0} olur"),
        },
        new("tr-06-emre", "tr-TR", "tr", "Emre, 29, mechanical engineer, two-digit year and a dictated e-mail")
        {
            ServiceId = "residence-permit-skilled-workers", Booker = new("Emre Yılmaz", D(1997, 12, 12), "emre.yilmaz@outlook.com", "+49 152 0001122"),
            Wish = SlotWish.On(DayOfWeek.Friday),
            Opening = [Line.Giving("Nitelikli işçi olarak oturum izni almam lazım.", Fact.Service)],
            Answers = new() { ["persons"] = ["sadece ben"], ["date"] = ["cuma günü"], ["name"] = ["Emre Yılmaz"], ["birthDate"] = ["12.12.97"],
                ["email"] = ["emre nokta yilmaz et outlook nokta com"], ["phone"] = ["+49 152 0001122"], ["confirm"] = ["evet"] },
            Pick = SlotPick.Ordinal("{0} uygun", Ordinals.TurkishPlain),
        },
        new("tr-07-fatma", "tr-TR", "tr", "Fatma, 38, mother of three, books for herself and two daughters")
        {
            ServiceId = "family-reunification", Booker = new("Fatma Şahin", D(1988, 7, 7), "fatma.sahin88@gmail.com", "0176 3332211"),
            Companions = [new("Elif Şahin", D(2012, 3, 14), "14 Mart 2012"), new("Meryem Şahin", D(2016, 10, 1), "01.10.2016", "Meryem Şahin, doğum tarihi 01.10.2016")],
            Wish = SlotWish.On(DayOfWeek.Monday).Afternoon(),
            Opening = [Line.Giving("Kızlarım Türkiye'den geldi, aile birleşimi için randevu istiyorum, üç kişiyiz.", Fact.Service, Fact.Persons)],
            Answers = new() { ["persons"] = ["üç"], ["date"] = ["pazartesi öğleden sonra"], ["name"] = ["Fatma Şahin"], ["birthDate"] = ["07.07.1988"],
                ["email"] = ["fatma.sahin88@gmail.com"], ["phone"] = ["0176 3332211"], ["confirm"] = ["evet hepsi doğru"] },
            Pick = SlotPick.Button,
        },
        new("tr-08-kemal", "tr-TR", "tr", "Kemal, 47, describes a certificate his employer wants")
        {
            ServiceId = "certificates-information", Booker = new("Kemal Aydın", D(1979, 1, 1), "kemal.aydin@t-online.de", null),
            Wish = SlotWish.On(DayOfWeek.Tuesday),
            Opening = [Line.Giving("İşverenim oturum durumum hakkında bir belge istiyor.", Fact.Service)],
            Answers = new() { ["persons"] = ["bir kişi"], ["date"] = ["salı"], ["name"] = ["Kemal Aydın"], ["birthDate"] = ["01.01.1979"],
                ["email"] = ["kemal.aydin@t-online.de"], ["phone"] = ["numaram yok"], ["confirm"] = ["evet doğru"] },
            Pick = SlotPick.Ordinal("{0}", Ordinals.Turkish),
        },
        new("tr-09-deniz", "tr-TR", "tr", "Deniz, 35, gives her Turkish mobile number")
        {
            ServiceId = "residence-card-collection", Booker = new("Deniz Koç", D(1991, 8, 30), "deniz.koc91@gmail.com", "+90 532 123 45 67"),
            Wish = SlotWish.Between(D(2026, 11, 24), D(2026, 11, 27)),
            Opening = [Line.Giving("Kartım hazırmış, bu hafta almak istiyorum.", Fact.Service, Fact.Date)],
            Answers = new() { ["persons"] = ["1"], ["date"] = ["bu hafta"], ["name"] = ["Deniz Koç"], ["birthDate"] = ["30 Ağustos 1991"],
                ["email"] = ["deniz.koc91@gmail.com"], ["phone"] = ["+90 532 123 45 67"], ["confirm"] = ["evet"] },
            Pick = SlotPick.Button,
        },
        new("tr-10-serkan", "tr-TR", "de", "Serkan, 33, born in Neuss, starts in Turkish and continues in German")
        {
            ServiceId = "settlement-permit", Booker = new("Serkan Aksoy", D(1993, 5, 19), "serkan.aksoy@gmx.de", "0157 4443322"),
            Wish = SlotWish.On(DayOfWeek.Thursday),
            Opening = [Line.Giving("Merhaba, yerleşim izni için randevu lazım.", Fact.Service)],
            Answers = new() { ["persons"] = ["Ach, lieber auf Deutsch bitte. Nur ich."], ["date"] = ["Donnerstag"], ["name"] = ["Serkan Aksoy"], ["birthDate"] = ["19.05.1993"],
                ["email"] = ["serkan.aksoy@gmx.de"], ["phone"] = ["0157 4443322"], ["confirm"] = ["Ja, stimmt so"] },
            Pick = SlotPick.Ordinal("den {0}", Ordinals.GermanAccusative),
        },
        new("tr-11-ali", "tr-TR", "tr", "Ali, 20, apprentice, no Turkish letters, typos")
        {
            ServiceId = "residence-permit-extension", Booker = new("ali dogan", D(2006, 2, 2), "ali.dogan06@gmail.com", "01523 3344556"),
            Wish = SlotWish.On(DayOfWeek.Friday),
            Opening = [Line.Giving("slm oturum iznimi uzatcam randevu lazim", Fact.Service)],
            Answers = new() { ["persons"] = ["sadece ben"], ["date"] = ["cuma"], ["name"] = ["ali dogan"], ["birthDate"] = ["2.2.06"],
                ["email"] = ["ali.dogan06@gmail.com"], ["phone"] = ["01523 3344556"], ["confirm"] = ["evt"] },
            Pick = SlotPick.Ordinal("{0}", Ordinals.Turkish),
        },
        new("tr-12-gul", "tr-TR", "tr", "Gül, 41, shift worker, rejects the first offers")
        {
            ServiceId = "travel-document", Booker = new("Gül Yıldırım", D(1985, 4, 4), "gul.yildirim85@gmail.com", "0171 2223344"),
            Wish = SlotWish.On(DayOfWeek.Thursday).Hours(14, 0, 18, 0),
            Opening = [Line.Giving("Yabancılar için seyahat belgesi almam gerekiyor.", Fact.Service)],
            Answers = new() { ["persons"] = ["ben"], ["date"] = ["gelecek hafta", "perşembe saat ikiden sonra"], ["name"] = ["Gül Yıldırım"], ["birthDate"] = ["04.04.1985"],
                ["email"] = ["gul.yildirim85@gmail.com"], ["phone"] = ["0171 2223344"], ["confirm"] = ["evet onaylıyorum"] },
            RejectsFirstOffer = true,
            RejectSlots = [Line.Giving("Hiçbiri olmuyor, perşembe saat ikiden sonra var mı?", Fact.Date)],
            Pick = SlotPick.Spoken("tr", "saat {0} iyi"),
        },
    ];
}
