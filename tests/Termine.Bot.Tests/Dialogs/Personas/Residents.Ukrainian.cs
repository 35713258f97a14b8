namespace Termine.Bot.Tests.Dialogs.Personas;

public static partial class Residents
{
    private static Persona[] Ukrainian =>
    [
        new("uk-01-andriy", "uk-UA", "uk", "Andriy, 38, from Lviv, temporary protection with his wife, everything in one message")
        {
            ServiceId = "temporary-protection-ukraine", Booker = new("Andriy Shevchenko", D(1988, 4, 3), "andriy.shevchenko88@gmail.com", "0176 12312312"),
            Companions = [new("Iryna Shevchenko", D(1990, 3, 3), "3 березня 1990")],
            Wish = SlotWish.On(DayOfWeek.Thursday).Afternoon(),
            Opening = [Line.Giving("Добрий день, потрібен запис на продовження тимчасового захисту, у четвер після обіду, нас двоє з дружиною.", Fact.Service, Fact.Date, Fact.Persons)],
            Answers = new() { ["persons"] = ["двоє"], ["date"] = ["четвер після обіду"], ["name"] = ["Andriy Shevchenko"], ["birthDate"] = ["3 квітня 1988"],
                ["email"] = ["andriy.shevchenko88@gmail.com"], ["phone"] = ["0176 12312312"], ["confirm"] = ["Так, усе правильно."] },
            Pick = SlotPick.Button,
        },
        new("uk-02-halyna", "uk-UA", "uk", "Halyna, 63, from Zaporizhzhia, asks whether she may bring her grandson before answering")
        {
            ServiceId = "residence-permit-extension", Booker = new("Halyna Kravchenko", D(1963, 9, 29), "halyna.kravchenko63@ukr.net", "02131 445577"),
            Wish = SlotWish.On(DayOfWeek.Tuesday).Morning(),
            Opening = [Line.Giving("Доброго дня. Мені треба продовжити посвідку на проживання.", Fact.Service)],
            Answers = new() { ["persons"] = [Line.Asking("А можна прийти з онуком, він мені перекладає?"), "Записуйте тільки мене."], ["date"] = ["вівторок зранку"],
                ["name"] = ["Halyna Kravchenko"], ["birthDate"] = ["29.09.1963"], ["email"] = ["halyna.kravchenko63@ukr.net"], ["phone"] = ["02131 445577"], ["confirm"] = ["так"] },
            Pick = SlotPick.Spoken("uk", "{0}"),
        },
        new("uk-03-taras", "uk-UA", "uk", "Taras, 31, IT specialist from Kyiv, corrects his e-mail at the summary")
        {
            ServiceId = "eu-blue-card", Booker = new("Taras Bondar", D(1995, 12, 24), "taras.bondar@proton.me", null),
            Wish = SlotWish.On(DayOfWeek.Friday),
            Opening = [Line.Giving("Привіт, хочу записатися на Блакитну карту ЄС", Fact.Service)],
            Answers = new() { ["persons"] = ["лише я"], ["date"] = ["п'ятниця"], ["name"] = ["Taras Bondar"], ["birthDate"] = ["24 грудня 1995"],
                ["email"] = ["taras.bondar@proton.com"], ["phone"] = ["не хочу вказувати"],
                ["confirm"] = [Line.Giving("Ні, пошта неправильна, правильна taras.bondar@proton.me", Fact.Email), "так, тепер правильно"] },
            Pick = SlotPick.Ordinal("{0}", Ordinals.Ukrainian),
        },
        new("uk-04-oksana", "uk-UA", "uk", "Oksana, 42, from Odesa, asks for 24 December, takes a day before")
        {
            ServiceId = "travel-document", Booker = new("Oksana Tkachenko", D(1984, 1, 7), "oksana.tkachenko84@gmail.com", "0157 7778889"),
            Wish = SlotWish.Between(D(2026, 12, 21), D(2026, 12, 23)),
            Opening = [Line.Giving("Мені потрібен проїзний документ, чи можна 24 грудня?", Fact.Service, Fact.Date)],
            Answers = new() { ["persons"] = ["одна"], ["date"] = ["24 грудня"], ["name"] = ["Oksana Tkachenko"], ["birthDate"] = ["07.01.1984"],
                ["email"] = ["oksana.tkachenko84@gmail.com"], ["phone"] = ["0157 7778889"], ["confirm"] = ["так, дякую"] },
            RejectSlots = [Line.Giving("Тоді краще 21, 22 або 23 грудня.", Fact.Date)],
            Pick = SlotPick.Ordinal("{0} підходить", Ordinals.Ukrainian),
        },
        new("uk-05-mykola", "uk-UA", "uk", "Mykola, 47, builder from Chernihiv, says 'о пів на одинадцяту'")
        {
            ServiceId = "passport-transfer", Booker = new("Mykola Lysenko", D(1979, 5, 9), "mykola.lysenko79@gmail.com", "0172 9998887"),
            Wish = SlotWish.On(DayOfWeek.Monday).Morning(),
            Opening = [Line.Giving("Отримав новий закордонний паспорт, треба перенести посвідку.", Fact.Service)],
            Answers = new() { ["persons"] = ["я сам"], ["date"] = ["понеділок зранку"], ["name"] = ["Mykola Lysenko"], ["birthDate"] = ["9 травня 1979"],
                ["email"] = ["mykola.lysenko79@gmail.com"], ["phone"] = ["0172 9998887"], ["confirm"] = ["вірно"] },
            Pick = SlotPick.Spoken("uk", "давайте {0}"),
        },
        new("uk-06-daryna", "uk-UA", "uk", "Daryna, 20, student from Sumy, two-digit year, dictated e-mail")
        {
            ServiceId = "residence-permit-studies", Booker = new("Daryna Moroz", D(2006, 6, 6), "daryna.moroz@gmail.com", null),
            Wish = SlotWish.On(DayOfWeek.Wednesday),
            Opening = [Line.Giving("Продовжити посвідку для навчання", Fact.Service)],
            Answers = new() { ["persons"] = ["я одна"], ["date"] = ["середа"], ["name"] = ["Daryna Moroz"], ["birthDate"] = ["06.06.06"],
                ["email"] = ["daryna крапка moroz собачка gmail крапка com"], ["phone"] = ["без номера"], ["confirm"] = ["так"] },
            Pick = SlotPick.Ordinal("{0} варіант", Ordinals.Ukrainian),
        },
        new("uk-07-olena", "uk-UA", "uk", "Olena, 34, fled Kharkiv 2022, writes short answers, books for herself and two children")
        {
            ServiceId = "temporary-protection-ukraine", Booker = new("Olena Koval", D(1992, 4, 3), "olena.koval92@ukr.net", "+380 67 123 4567"),
            Companions = [new("Maksym Koval", D(2015, 3, 12), "12 березня 2015"), new("Sofiia Koval", D(2019, 8, 1), "01.08.2019", "Sofiia Koval, 01.08.2019")],
            Wish = SlotWish.On(DayOfWeek.Monday).Afternoon(),
            Opening = ["Добрий день"],
            Answers = new() { ["service"] = ["тимчасовий захист"], ["persons"] = ["троє, я і двоє дітей"], ["date"] = ["понеділок після обіду"], ["name"] = ["Olena Koval"],
                ["birthDate"] = ["3 квітня 1992"], ["email"] = ["olena.koval92@ukr.net"], ["phone"] = ["+380 67 123 4567"], ["confirm"] = ["так"] },
            Pick = SlotPick.Button,
        },
        new("uk-08-vasyl", "uk-UA", "uk", "Vasyl, 55, describes that he found work in another town")
        {
            ServiceId = "residence-condition-change", Booker = new("Vasyl Hnatiuk", D(1971, 7, 15), "vasyl.hnatiuk@gmail.com", "0151 6665554"),
            Wish = SlotWish.On(DayOfWeek.Tuesday),
            Opening = [Line.Giving("Знайшов роботу в Дюссельдорфі, хочу зняти обмеження місця проживання", Fact.Service)],
            Answers = new() { ["persons"] = ["один"], ["date"] = ["у вівторок"], ["name"] = ["Vasyl Hnatiuk"], ["birthDate"] = ["15 липня 1971"],
                ["email"] = ["vasyl.hnatiuk@gmail.com"], ["phone"] = ["0151 6665554"], ["confirm"] = ["так, підтверджую"] },
            Pick = SlotPick.Ordinal("{0}", Ordinals.Ukrainian),
        },
        new("uk-09-kateryna", "uk-UA", "uk", "Kateryna, 29, gives her Ukrainian number with 0 and no country code")
        {
            ServiceId = "fiktionsbescheinigung", Booker = new("Kateryna Savchenko", D(1997, 11, 3), "kateryna.savchenko@i.ua", "+49 1573 2221110"),
            Wish = SlotWish.On(DayOfWeek.Thursday),
            Opening = [Line.Giving("Мені потрібна фіктіонсбешайнігунг, бо посвідка закінчується", Fact.Service)],
            Answers = new() { ["persons"] = ["1"], ["date"] = ["четвер"], ["name"] = ["Kateryna Savchenko"], ["birthDate"] = ["03.11.1997"],
                ["email"] = ["kateryna.savchenko@i.ua"], ["phone"] = ["німецький номер +49 1573 2221110"], ["confirm"] = ["так"] },
            Pick = SlotPick.Button,
        },
        new("uk-10-serhii", "ru-RU", "uk", "Serhii, 40, from Dnipro, phone set to Russian, writes Ukrainian")
        {
            ServiceId = "settlement-permit", Booker = new("Serhii Melnychuk", D(1986, 2, 28), "serhii.melnychuk@gmail.com", "0176 4443332"),
            Wish = SlotWish.On(DayOfWeek.Friday).Morning(),
            Opening = [Line.Giving("Добрий день, хочу подати документи на дозвіл на поселення", Fact.Service)],
            Answers = new() { ["persons"] = ["тільки я"], ["date"] = ["п'ятниця зранку"], ["name"] = ["Serhii Melnychuk"], ["birthDate"] = ["28 лютого 1986"],
                ["email"] = ["serhii.melnychuk@gmail.com"], ["phone"] = ["0176 4443332"], ["confirm"] = ["так, все вірно"] },
            Pick = SlotPick.Spoken("uk", "{0} зручно"),
        },
        new("uk-11-yulia", "uk-UA", "ru", "Yulia, 27, from Mariupol, starts in Ukrainian and switches to Russian")
        {
            ServiceId = "residence-card-collection", Booker = new("Yulia Horbenko", D(1999, 8, 24), "yulia.horbenko99@gmail.com", "0152 8887776"),
            Wish = SlotWish.Between(D(2026, 11, 24), D(2026, 12, 4)),
            Opening = [Line.Giving("Привіт, хочу забрати свою карту", Fact.Service)],
            Answers = new() { ["persons"] = ["Можно дальше по-русски? Одна."], ["date"] = ["как можно раньше"], ["name"] = ["Yulia Horbenko"], ["birthDate"] = ["24.08.1999"],
                ["email"] = ["yulia.horbenko99@gmail.com"], ["phone"] = ["0152 8887776"], ["confirm"] = ["да"] },
            Pick = SlotPick.Ordinal("{0}", Ordinals.Russian),
        },
        new("uk-12-bohdan", "uk-UA", "uk", "Bohdan, 35, truck driver, rejects the first offers, lowercase typing")
        {
            ServiceId = "residence-permit-skilled-workers", Booker = new("bohdan kovalchuk", D(1991, 10, 10), "bohdan.kovalchuk91@gmail.com", "0160 5554443"),
            Wish = SlotWish.On(DayOfWeek.Thursday).Hours(14, 0, 18, 0),
            Opening = [Line.Giving("треба дозвіл на проживання для фахівця водій", Fact.Service)],
            Answers = new() { ["persons"] = ["я"], ["date"] = ["наступного тижня", "четвер після другої"], ["name"] = ["bohdan kovalchuk"], ["birthDate"] = ["10.10.91"],
                ["email"] = ["bohdan.kovalchuk91@gmail.com"], ["phone"] = ["0160 5554443"], ["confirm"] = ["ок так"] },
            RejectsFirstOffer = true,
            RejectSlots = [Line.Giving("ні один не підходить, я в рейсі. є щось у четвер після другої?", Fact.Date)],
            Pick = SlotPick.Spoken("uk", "{0}"),
        },
    ];
}
