namespace Termine.Bot.Tests.Dialogs.Personas;

public static partial class Residents
{
    private static Persona[] German =>
    [
        new("de-01-anna", "de-DE", "de", "Anna, 31, Portuguese software engineer in Neuss, writes everything at once, comes with her husband")
        {
            ServiceId = "eu-blue-card",
            Booker = new("Anna Ferreira", D(1995, 2, 3), "anna.ferreira.neuss@gmail.com", "0176 23456789"),
            Companions = [new("Rui Ferreira", D(1988, 7, 12), "12.07.1988")],
            Wish = SlotWish.On(DayOfWeek.Thursday).Afternoon(),
            Opening = [Line.Giving("Hallo, ich brauche einen Termin für meine Blaue Karte, am liebsten Donnerstag nachmittags, wir kommen zu zweit.", Fact.Service, Fact.Date, Fact.Persons)],
            Answers = new() { ["persons"] = ["zu zweit"], ["date"] = ["Donnerstag Nachmittag"], ["name"] = ["Anna Ferreira"], ["birthDate"] = ["03.02.1995"],
                ["email"] = ["anna.ferreira.neuss@gmail.com"], ["phone"] = ["0176 23456789"], ["confirm"] = ["Ja, passt so."] },
            Pick = SlotPick.Button,
        },
        new("de-02-mehmet", "de-DE", "de", "Mehmet, 52, came to Dormagen in 1994, asks where the office is before he gives a date")
        {
            ServiceId = "settlement-permit",
            Booker = new("Mehmet Yıldız", D(1973, 8, 14), "m.yildiz73@web.de", "02133 478812"),
            Wish = SlotWish.OnDate(2026, 12, 1).Morning(),
            Opening = [Line.Giving("Guten Tag, ich möchte die Niederlassungserlaubnis beantragen.", Fact.Service)],
            Answers = new() { ["persons"] = ["Nur ich."], ["date"] = [Line.Asking("Wo ist das Amt eigentlich, in Neuss oder in Grevenbroich?"), "Dann nächste Woche Dienstag vormittag."],
                ["name"] = ["Mehmet Yıldız"], ["birthDate"] = ["14.08.1973"], ["email"] = ["m.yildiz73@web.de"], ["phone"] = ["02133 478812"], ["confirm"] = ["Ja, richtig."] },
            Pick = SlotPick.Ordinal("Den {0} bitte.", Ordinals.GermanAccusative),
        },
        new("de-03-katarina", "de-DE", "de", "Katarina, 27, Serbian nurse, mistypes her e-mail and corrects it at the summary")
        {
            ServiceId = "residence-permit-skilled-workers",
            Booker = new("Katarina Petrović", D(1999, 3, 21), "katarina.petrovic@outlook.de", null),
            Wish = SlotWish.On(DayOfWeek.Friday).Morning(),
            Opening = ["Hallo"],
            Answers = new() { ["service"] = ["Aufenthaltserlaubnis als Fachkraft, ich arbeite als Pflegerin im Lukaskrankenhaus"], ["persons"] = ["1"],
                ["date"] = ["am Freitag früh"], ["name"] = ["Katarina Petrović"], ["birthDate"] = ["21.03.1999"], ["email"] = ["katarina.petrovic@outlok.de"],
                ["phone"] = ["Möchte ich nicht angeben"],
                ["confirm"] = [Line.Giving("Nein, die E-Mail ist falsch, sie lautet katarina.petrovic@outlook.de", Fact.Email), "Jetzt stimmt alles, danke"] },
            Pick = SlotPick.Spoken("de", "Um {0}, bitte."),
        },
        new("de-04-oluwaseun", "de-DE", "de", "Oluwaseun, 24, Nigerian student at the Hochschule Niederrhein, wants a Saturday, then takes a Friday")
        {
            ServiceId = "residence-permit-studies",
            Booker = new("Oluwaseun Adeyemi", D(2002, 1, 30), "o.adeyemi@stud.hs-niederrhein.de", "+49 1520 7781234"),
            Wish = SlotWish.On(DayOfWeek.Friday),
            Opening = [Line.Giving("Ich muss mein Studentenvisum verlängern. Geht das auch an einem Samstag?", Fact.Service, Fact.Date)],
            Answers = new() { ["persons"] = ["alleine"], ["date"] = ["Samstag wäre ideal"], ["name"] = ["Oluwaseun Adeyemi"], ["birthDate"] = ["30.01.2002"],
                ["email"] = ["o.adeyemi@stud.hs-niederrhein.de"], ["phone"] = ["+49 1520 7781234"], ["confirm"] = ["Ja, so buchen"] },
            RejectSlots = [Line.Giving("Schade. Dann lieber an einem Freitag, da habe ich keine Vorlesungen.", Fact.Date)],
            Pick = SlotPick.Ordinal("Der {0} passt mir.", Ordinals.GermanNominative),
        },
        new("de-05-svitlana", "de-DE", "de", "Svitlana, 45, pharmacist from Dnipro, in Neuss since 2022, writes careful German, wants 3 December around half past ten")
        {
            ServiceId = "temporary-protection-ukraine",
            Booker = new("Svitlana Melnyk", D(1981, 6, 9), "svitlana.melnyk81@gmail.com", "0157 88123456"),
            Wish = SlotWish.OnDate(2026, 12, 3).Hours(9, 30, 11, 30),
            Opening = [Line.Giving("Guten Morgen, ich brauche einen Termin wegen meiner Aufenthaltserlaubnis nach Paragraph 24.", Fact.Service)],
            Answers = new() { ["persons"] = ["Ich komme allein."], ["date"] = ["Am 3. Dezember gegen halb elf, wenn möglich."], ["name"] = ["Svitlana Melnyk"],
                ["birthDate"] = ["9. Juni 1981"], ["email"] = ["svitlana.melnyk81@gmail.com"], ["phone"] = ["0157 88123456"], ["confirm"] = ["Ja, das ist korrekt."] },
            Pick = SlotPick.Spoken("de", "{0} wäre gut."),
        },
        new("de-06-farid", "de-DE", "de", "Farid, 38, Afghan cook in Kaarst, travel document; birth date with the month's name, any day next week")
        {
            ServiceId = "travel-document",
            Booker = new("Farid Rahimi", D(1988, 4, 3), "farid.rahimi@gmx.net", "+49 157 3345 1290"),
            Wish = SlotWish.Between(D(2026, 11, 30), D(2026, 12, 4)),
            Opening = [Line.Giving("Hallo, ich brauche einen Reiseausweis für Flüchtlinge, ich will im Sommer meine Schwester in Schweden besuchen.", Fact.Service)],
            Answers = new() { ["persons"] = ["eine Person"], ["date"] = ["Irgendwann nächste Woche, egal wann"], ["name"] = ["Farid Rahimi"], ["birthDate"] = ["3. April 1988"],
                ["email"] = ["farid.rahimi@gmx.net"], ["phone"] = ["+49 157 3345 1290"], ["confirm"] = ["ja stimmt"] },
            Pick = SlotPick.Button,
        },
        new("de-07-leyla", "de-DE", "de", "Leyla, 36, Syrian mother in Grevenbroich, books for husband and two children after family reunification")
        {
            ServiceId = "family-reunification",
            Booker = new("Leyla Khalil", D(1990, 10, 2), "leyla.khalil@t-online.de", "02181 2345678"),
            Companions = [new("Ahmad Khalil", D(1984, 1, 9), "09.01.1984"), new("Rami Khalil", D(2013, 6, 22), "22.06.2013"),
                new("Sara Khalil", D(2017, 11, 5), "5. November 2017", "Sara Khalil, geboren am 5. November 2017")],
            Wish = SlotWish.On(DayOfWeek.Monday).Morning(),
            Opening = [Line.Giving("Hallo, wir brauchen einen Termin für die ganze Familie wegen Familiennachzug, wir sind vier Personen.", Fact.Service, Fact.Persons)],
            Answers = new() { ["persons"] = ["4"], ["date"] = ["Montag vormittag, da haben die Kinder frei"], ["name"] = ["Leyla Khalil"], ["birthDate"] = ["02.10.1990"],
                ["email"] = ["leyla.khalil@t-online.de"], ["phone"] = ["02181 2345678"], ["confirm"] = ["Ja, alles richtig."] },
            Pick = SlotPick.Ordinal("Wir nehmen den {0}.", Ordinals.GermanAccusative),
        },
        new("de-08-priya", "de-DE", "de", "Priya, 33, Indian data scientist, says she has a new passport, dictates her e-mail by voice")
        {
            ServiceId = "passport-transfer",
            Booker = new("Priya Nair", D(1993, 12, 11), "priya.nair@gmx.de", null),
            Wish = SlotWish.Between(D(2026, 11, 24), D(2026, 12, 4)),
            Opening = [Line.Giving("Ich habe einen neuen Reisepass bekommen, was muss ich mit meinem Aufenthaltstitel machen?", Fact.Service)],
            Answers = new() { ["persons"] = ["nur ich"], ["date"] = ["so bald wie möglich"], ["name"] = ["Priya Nair"], ["birthDate"] = ["11.12.1993"],
                ["email"] = ["priya punkt nair at gmx punkt de"], ["phone"] = ["keine"], ["confirm"] = ["Ja"] },
            Pick = SlotPick.Ordinal("Der {0} Termin", Ordinals.GermanNominative),
        },
        new("de-09-minh", "de-DE", "de", "Minh, 58, Vietnamese restaurant owner in Grevenbroich, no mobile, gives his landline with slashes")
        {
            ServiceId = "permanent-residence-eu",
            Booker = new("Nguyen Van Minh", D(1968, 2, 17), "nguyen.minh.restaurant@web.de", "02181 / 47 11 23"),
            Wish = SlotWish.OnAnyOf(DayOfWeek.Monday, DayOfWeek.Tuesday).Hours(8, 0, 11, 0),
            Opening = [Line.Giving("Guten Tag. Ich möchte Daueraufenthalt EU beantragen. Montag oder Dienstag früh, bevor das Restaurant aufmacht.", Fact.Service, Fact.Date)],
            Answers = new() { ["persons"] = ["1 Person"], ["date"] = ["Montag oder Dienstag früh"], ["name"] = ["Nguyen Van Minh"], ["birthDate"] = ["17.02.1968"],
                ["email"] = ["nguyen.minh.restaurant@web.de"], ["phone"] = ["Handy habe ich nicht, nur Festnetz: 02181 / 47 11 23"], ["confirm"] = ["Ja, danke."] },
            Pick = SlotPick.Spoken("de", "{0} bitte"),
        },
        new("de-10-elena", "de-DE", "ru", "Elena, 29, from Chișinău, starts in German and switches to Russian when it gets complicated")
        {
            ServiceId = "fiktionsbescheinigung",
            Booker = new("Elena Rusu", D(1997, 5, 28), "elena.rusu97@mail.ru", "+373 69 123 456"),
            Wish = SlotWish.On(DayOfWeek.Thursday),
            Opening = [Line.Giving("Hallo, ich brauche eine Fiktionsbescheinigung.", Fact.Service)],
            Answers = new() { ["persons"] = ["Можно по-русски? Я одна."], ["date"] = ["в четверг"], ["name"] = ["Elena Rusu"],
                ["birthDate"] = ["28.05.1997"], ["email"] = ["elena.rusu97@mail.ru"], ["phone"] = ["+373 69 123 456"], ["confirm"] = ["да, всё верно"] },
            Pick = SlotPick.Ordinal("{0} подходит", Ordinals.Russian),
        },
        new("de-11-ahmad", "de-DE", "de", "Ahmad, 22, Syrian apprentice electrician, types fast on his phone: lowercase, typos, two-digit year")
        {
            ServiceId = "residence-permit-extension",
            Booker = new("ahmad alhasan", D(2003, 3, 12), "ahmad.alhasan03@gmail.com", "01521 9988776"),
            Wish = SlotWish.On(DayOfWeek.Wednesday).Morning(),
            Opening = [Line.Giving("hallo ich brauch termin aufenthaltserlaubnis verlengern", Fact.Service)],
            Answers = new() { ["persons"] = ["nur ich alein"], ["date"] = ["mitwoch morgen"], ["name"] = ["ahmad alhasan"], ["birthDate"] = ["12.3.03"],
                ["email"] = ["ahmad.alhasan03@gmail.com"], ["phone"] = ["01521 9988776"], ["confirm"] = ["jo passt"] },
            Pick = SlotPick.Ordinal("{0}", Ordinals.GermanNominative),
        },
        new("de-12-tamar", "de-DE", "de", "Tamar, 40, Georgian caregiver, needs a formal obligation for her mother's visit, works mornings, turns the first offer down")
        {
            ServiceId = "formal-obligation-visitor",
            Booker = new("Tamar Beridze", D(1986, 9, 1), "tamar.beridze@yahoo.de", "0163 5550199"),
            Wish = SlotWish.OnAnyOf(DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday).Afternoon(),
            Opening = [Line.Giving("Meine Mutter möchte mich im Frühling besuchen, ich brauche eine Verpflichtungserklärung.", Fact.Service)],
            Answers = new() { ["persons"] = ["Ich allein"], ["date"] = ["Diese oder nächste Woche", "nachmittags bitte"], ["name"] = ["Tamar Beridze"], ["birthDate"] = ["01.09.1986"],
                ["email"] = ["tamar.beridze@yahoo.de"], ["phone"] = ["0163 5550199"], ["confirm"] = ["Ja, genau so."] },
            RejectsFirstOffer = true,
            RejectSlots = [Line.Giving("Keiner passt, ich arbeite vormittags. Haben Sie etwas am Nachmittag?", Fact.Date)],
            Pick = SlotPick.Spoken("de", "Ich nehme {0}."),
        },
    ];
}
