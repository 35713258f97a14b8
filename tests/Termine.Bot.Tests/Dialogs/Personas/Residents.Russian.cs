namespace Termine.Bot.Tests.Dialogs.Personas;

public static partial class Residents
{
    private static Persona[] Russian =>
    [
        new("ru-01-dmitry", "ru-RU", "ru", "Dmitry, 37, programmer from Novosibirsk, Blue Card, says everything at once")
        {
            ServiceId = "eu-blue-card", Booker = new("Dmitry Volkov", D(1989, 4, 3), "dmitry.volkov@yandex.ru", "0176 99988877"),
            Wish = SlotWish.On(DayOfWeek.Thursday).Afternoon(),
            Opening = [Line.Giving("Здравствуйте, мне нужна запись на Голубую карту ЕС, лучше в четверг после обеда, приду один.", Fact.Service, Fact.Date, Fact.Persons)],
            Answers = new() { ["persons"] = ["один"], ["date"] = ["в четверг после обеда"], ["name"] = ["Dmitry Volkov"], ["birthDate"] = ["3 апреля 1989"],
                ["email"] = ["dmitry.volkov@yandex.ru"], ["phone"] = ["0176 99988877"], ["confirm"] = ["Да, всё верно."] },
            Pick = SlotPick.Spoken("ru", "давайте {0}"),
        },
        new("ru-02-natalia", "ru-RU", "ru", "Natalia, 52, from Almaty, asks how long the appointment takes")
        {
            ServiceId = "settlement-permit", Booker = new("Natalia Ivanova", D(1974, 8, 8), "natalia.ivanova74@mail.ru", "02131 778899"),
            Wish = SlotWish.On(DayOfWeek.Tuesday).Morning(),
            Opening = [Line.Giving("Добрый день. Хочу подать на бессрочный вид на жительство.", Fact.Service)],
            Answers = new() { ["persons"] = ["одна"], ["date"] = [Line.Asking("А сколько времени займёт приём?"), "во вторник утром"], ["name"] = ["Natalia Ivanova"],
                ["birthDate"] = ["08.08.1974"], ["email"] = ["natalia.ivanova74@mail.ru"], ["phone"] = ["02131 778899"], ["confirm"] = ["да"] },
            Pick = SlotPick.Ordinal("{0}", Ordinals.Russian),
        },
        new("ru-03-sergey", "ru-RU", "ru", "Sergey, 41, Belarusian welder, changes the day at the summary")
        {
            ServiceId = "residence-permit-skilled-workers", Booker = new("Sergey Kozlov", D(1985, 1, 17), "sergey.kozlov85@gmail.com", null),
            Wish = SlotWish.On(DayOfWeek.Friday),
            Opening = [Line.Giving("Мне нужен ВНЖ как квалифицированному специалисту.", Fact.Service)],
            Answers = new() { ["persons"] = ["1"], ["date"] = ["в понедельник", "пятница"], ["name"] = ["Sergey Kozlov"], ["birthDate"] = ["17 января 1985"],
                ["email"] = ["sergey.kozlov85@gmail.com"], ["phone"] = ["без телефона"],
                ["confirm"] = [Line.Giving("Нет, давайте лучше в пятницу.", Fact.Date), "да, теперь подтверждаю"] },
            Pick = SlotPick.Button,
        },
        new("ru-04-irina", "ru-RU", "ru", "Irina, 33, from Tbilisi, wants 17:30 on Monday after work")
        {
            ServiceId = "residence-permit-extension", Booker = new("Irina Gelashvili", D(1993, 6, 30), "irina.gelashvili@gmail.com", "0157 1231234"),
            Wish = SlotWish.On(DayOfWeek.Thursday).Hours(15, 0, 18, 0),
            Opening = [Line.Giving("Нужно продлить вид на жительство, можно в понедельник в 17:30?", Fact.Service, Fact.Date)],
            Answers = new() { ["persons"] = ["только я"], ["date"] = ["понедельник в полшестого вечера"], ["name"] = ["Irina Gelashvili"], ["birthDate"] = ["30.06.1993"],
                ["email"] = ["irina.gelashvili@gmail.com"], ["phone"] = ["0157 1231234"], ["confirm"] = ["да, подтверждаю"] },
            RejectSlots = [Line.Giving("Тогда в четверг ближе к вечеру.", Fact.Date)],
            Pick = SlotPick.Spoken("ru", "{0} подойдёт"),
        },
        new("ru-05-pavel", "ru-RU", "ru", "Pavel, 45, from Chișinău, picks 'в пол одиннадцатого'")
        {
            ServiceId = "passport-transfer", Booker = new("Pavel Morozov", D(1981, 11, 11), "pavel.morozov81@gmail.com", "0172 4567890"),
            Wish = SlotWish.On(DayOfWeek.Monday).Morning(),
            Opening = [Line.Giving("У меня новый паспорт, надо перенести в него вид на жительство.", Fact.Service)],
            Answers = new() { ["persons"] = ["я один"], ["date"] = ["в понедельник утром"], ["name"] = ["Pavel Morozov"], ["birthDate"] = ["11 ноября 1981"],
                ["email"] = ["pavel.morozov81@gmail.com"], ["phone"] = ["0172 4567890"], ["confirm"] = ["верно"] },
            Pick = SlotPick.Spoken("ru", "{0}"),
        },
        new("ru-06-anastasia", "ru-RU", "ru", "Anastasia, 24, student from Yerevan, two-digit year, dictated e-mail")
        {
            ServiceId = "residence-permit-studies", Booker = new("Anastasia Petrosyan", D(2002, 2, 14), "anastasia.petrosyan@gmail.com", null),
            Wish = SlotWish.On(DayOfWeek.Wednesday),
            Opening = [Line.Giving("Здравствуйте, продлить студенческий ВНЖ", Fact.Service)],
            Answers = new() { ["persons"] = ["одна"], ["date"] = ["в среду"], ["name"] = ["Anastasia Petrosyan"], ["birthDate"] = ["14.02.02"],
                ["email"] = ["anastasia точка petrosyan собака gmail точка com"], ["phone"] = ["нету"], ["confirm"] = ["да"] },
            Pick = SlotPick.Ordinal("{0} вариант", Ordinals.Russian),
        },
        new("ru-07-olga", "ru-RU", "ru", "Olga, 39, from Kazakhstan, books for herself, her husband and their daughter")
        {
            ServiceId = "family-reunification", Booker = new("Olga Smirnova", D(1987, 3, 8), "olga.smirnova87@mail.ru", "0176 2223334"),
            Companions = [new("Andrey Smirnov", D(1985, 7, 1), "1 июля 1985"), new("Alisa Smirnova", D(2016, 9, 1), "01.09.2016", "Alisa Smirnova, дата рождения 01.09.2016")],
            Wish = SlotWish.On(DayOfWeek.Thursday).Morning(),
            Opening = [Line.Giving("Нам нужна запись по воссоединению семьи, нас трое: я, муж и дочка.", Fact.Service, Fact.Persons)],
            Answers = new() { ["persons"] = ["трое"], ["date"] = ["в четверг утром"], ["name"] = ["Olga Smirnova"], ["birthDate"] = ["08.03.1987"],
                ["email"] = ["olga.smirnova87@mail.ru"], ["phone"] = ["0176 2223334"], ["confirm"] = ["да, всё правильно"] },
            Pick = SlotPick.Button,
        },
        new("ru-08-viktor", "ru-RU", "ru", "Viktor, 58, describes that his card arrived")
        {
            ServiceId = "residence-card-collection", Booker = new("Viktor Pavlenko", D(1968, 5, 5), "viktor.pavlenko68@gmail.com", "02181 334455"),
            Wish = SlotWish.Between(D(2026, 11, 24), D(2026, 12, 4)),
            Opening = [Line.Giving("Пришло письмо, что моя карта готова, хочу забрать.", Fact.Service)],
            Answers = new() { ["persons"] = ["один"], ["date"] = ["как можно скорее"], ["name"] = ["Viktor Pavlenko"], ["birthDate"] = ["05.05.1968"],
                ["email"] = ["viktor.pavlenko68@gmail.com"], ["phone"] = ["02181 334455"], ["confirm"] = ["да"] },
            Pick = SlotPick.Ordinal("{0}", Ordinals.Russian),
        },
        new("ru-09-alina", "ru-RU", "ru", "Alina, 30, gives a Russian phone number")
        {
            ServiceId = "opportunity-card-job-seeking", Booker = new("Alina Sokolova", D(1996, 12, 20), "alina.sokolova96@yandex.ru", "+7 916 123-45-67"),
            Wish = SlotWish.On(DayOfWeek.Tuesday),
            Opening = [Line.Giving("Хочу получить карту возможностей для поиска работы", Fact.Service)],
            Answers = new() { ["persons"] = ["одна"], ["date"] = ["во вторник"], ["name"] = ["Alina Sokolova"], ["birthDate"] = ["20 декабря 1996"],
                ["email"] = ["alina.sokolova96@yandex.ru"], ["phone"] = ["+7 916 123-45-67"], ["confirm"] = ["да, верно"] },
            Pick = SlotPick.Button,
        },
        new("ru-10-oksana", "uk-UA", "ru", "Oksana, 44, from Kharkiv, Ukrainian phone set to Ukrainian, writes Russian")
        {
            ServiceId = "temporary-protection-ukraine", Booker = new("Oksana Bondarenko", D(1982, 10, 14), "oksana.bondarenko82@ukr.net", "+380 50 123 4567"),
            Wish = SlotWish.On(DayOfWeek.Thursday),
            Opening = [Line.Giving("Здравствуйте, мне нужно продлить временную защиту по 24 параграфу", Fact.Service)],
            Answers = new() { ["persons"] = ["одна"], ["date"] = ["в четверг"], ["name"] = ["Oksana Bondarenko"], ["birthDate"] = ["14 октября 1982"],
                ["email"] = ["oksana.bondarenko82@ukr.net"], ["phone"] = ["+380 50 123 4567"], ["confirm"] = ["да, всё так"] },
            Pick = SlotPick.Ordinal("{0}", Ordinals.Russian),
        },
        new("ru-11-maxim", "ru-RU", "ru", "Maxim, 21, types without capitals, typos and 'е' for 'ё'")
        {
            ServiceId = "certificates-information", Booker = new("maxim orlov", D(2005, 4, 1), "maxim.orlov05@gmail.com", "01525 5556667"),
            Wish = SlotWish.On(DayOfWeek.Friday),
            Opening = [Line.Giving("привет нужна справка о статусе пребывания для работадателя", Fact.Service)],
            Answers = new() { ["persons"] = ["я один"], ["date"] = ["пятнеца"], ["name"] = ["maxim orlov"], ["birthDate"] = ["1.4.05"],
                ["email"] = ["maxim.orlov05@gmail.com"], ["phone"] = ["01525 5556667"], ["confirm"] = ["ага"] },
            Pick = SlotPick.Ordinal("{0}", Ordinals.Russian),
        },
        new("ru-12-elena", "ru-RU", "ru", "Elena, 36, hairdresser, turns the first offer down")
        {
            ServiceId = "formal-obligation-visitor", Booker = new("Elena Kuznetsova", D(1990, 2, 2), "elena.kuznetsova90@mail.ru", "0173 8889990"),
            Wish = SlotWish.On(DayOfWeek.Monday).Afternoon(),
            Opening = [Line.Giving("Мама хочет приехать в гости, нужно оформить приглашение, Verpflichtungserklärung.", Fact.Service)],
            Answers = new() { ["persons"] = ["одна"], ["date"] = ["на следующей неделе", "в понедельник после обеда"], ["name"] = ["Elena Kuznetsova"], ["birthDate"] = ["02.02.1990"],
                ["email"] = ["elena.kuznetsova90@mail.ru"], ["phone"] = ["0173 8889990"], ["confirm"] = ["подтверждаю"] },
            RejectsFirstOffer = true,
            RejectSlots = [Line.Giving("Ничего не подходит, я утром работаю. Есть что-нибудь в понедельник после обеда?", Fact.Date)],
            Pick = SlotPick.Spoken("ru", "{0} удобно"),
        },
    ];
}
