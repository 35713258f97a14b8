namespace Termine.Bot.Tests.Dialogs.Personas;

public static partial class Residents
{
    private static Persona[] English =>
    [
        new("en-01-james", "en-GB", "en", "James, 34, British engineer after Brexit, Blue Card, one message with everything")
        {
            ServiceId = "eu-blue-card",
            Booker = new("James Whitfield", D(1992, 8, 19), "james.whitfield@btinternet.com", "+44 7700 900123"),
            Wish = SlotWish.On(DayOfWeek.Tuesday).Morning(),
            Opening = [Line.Giving("Hi, I need an appointment for my EU Blue Card, just me, ideally next Tuesday morning.", Fact.Service, Fact.Persons, Fact.Date)],
            Answers = new() { ["persons"] = ["just me"], ["date"] = ["next Tuesday morning"], ["name"] = ["James Whitfield"], ["birthDate"] = ["19/08/1992"],
                ["email"] = ["james.whitfield@btinternet.com"], ["phone"] = ["+44 7700 900123"], ["confirm"] = ["Yes, that's all correct."] },
            Pick = SlotPick.Spoken("en", "{0} please"),
        },
        new("en-02-grace", "en-GB", "en", "Grace, 29, Ghanaian nurse, asks which documents she needs before picking a day")
        {
            ServiceId = "residence-permit-skilled-workers",
            Booker = new("Grace Owusu", D(1997, 4, 14), "grace.owusu@yahoo.com", "0176 44455566"),
            Wish = SlotWish.On(DayOfWeek.Thursday).Afternoon(),
            Opening = [Line.Giving("Good morning, I work as a nurse and need my skilled worker residence permit.", Fact.Service)],
            Answers = new() { ["persons"] = ["Only me"], ["date"] = [Line.Asking("Which documents do I have to bring?"), "Thursday afternoon then"], ["name"] = ["Grace Owusu"],
                ["birthDate"] = ["14 April 1997"], ["email"] = ["grace.owusu@yahoo.com"], ["phone"] = ["0176 44455566"], ["confirm"] = ["yes"] },
            Pick = SlotPick.Ordinal("The {0} one", Ordinals.English),
        },
        new("en-03-raj", "en-GB", "en", "Raj, 41, Indian IT consultant, wants a Friday instead at the summary")
        {
            ServiceId = "settlement-permit",
            Booker = new("Rajesh Kumar", D(1985, 11, 2), "rajesh.kumar.neuss@outlook.com", "0151 22334455"),
            Wish = SlotWish.On(DayOfWeek.Friday),
            Opening = [Line.Giving("Hello, I'd like to apply for permanent residence, the settlement permit.", Fact.Service)],
            Answers = new() { ["persons"] = ["1"], ["date"] = ["Wednesday next week", "Friday"], ["name"] = ["Rajesh Kumar"], ["birthDate"] = ["02.11.1985"],
                ["email"] = ["rajesh.kumar.neuss@outlook.com"], ["phone"] = ["0151 22334455"],
                ["confirm"] = [Line.Giving("Actually, could we make it Friday instead?", Fact.Date), "Yes, book it."] },
            Pick = SlotPick.Button,
        },
        new("en-04-maria", "en-GB", "en", "Maria, 37, Filipino au-pair agency worker, wants Monday 17:30 after work, office closes earlier")
        {
            ServiceId = "residence-permit-extension",
            Booker = new("Maria Santos", D(1989, 5, 30), "maria.santos89@gmail.com", null),
            Wish = SlotWish.On(DayOfWeek.Thursday).Hours(15, 0, 18, 0),
            Opening = [Line.Giving("I need to extend my residence permit. Is Monday at 5:30 pm possible?", Fact.Service, Fact.Date)],
            Answers = new() { ["persons"] = ["one person"], ["date"] = ["Monday at half past five in the evening"], ["name"] = ["Maria Santos"], ["birthDate"] = ["30 May 1989"],
                ["email"] = ["maria.santos89@gmail.com"], ["phone"] = ["no phone please"], ["confirm"] = ["Yes please"] },
            RejectSlots = [Line.Giving("Do you have anything late on a Thursday then?", Fact.Date)],
            Pick = SlotPick.Spoken("en", "I'll take {0}"),
        },
        new("en-05-daniel", "en-GB", "en", "Daniel, 26, Kenyan master's student in Düsseldorf living in Meerbusch, picks by spoken time")
        {
            ServiceId = "residence-permit-studies",
            Booker = new("Daniel Mwangi", D(2000, 2, 8), "daniel.mwangi@hhu.de", "0157 31415926"),
            Wish = SlotWish.On(DayOfWeek.Wednesday),
            Opening = ["hello there"],
            Answers = new() { ["service"] = ["my student residence permit runs out in January"], ["persons"] = ["me alone"], ["date"] = ["Wednesday"],
                ["name"] = ["Daniel Mwangi"], ["birthDate"] = ["8th of February 2000"], ["email"] = ["daniel.mwangi@hhu.de"], ["phone"] = ["0157 31415926"], ["confirm"] = ["Correct"] },
            Pick = SlotPick.Spoken("en", "at {0}"),
        },
        new("en-06-chen", "en-GB", "en", "Chen, 30, Chinese postdoc, writes dates the American way and a two-digit year")
        {
            ServiceId = "opportunity-card-job-seeking",
            Booker = new("Chen Wei", D(1996, 7, 4), "chen.wei.research@gmail.com", "+49 160 9876543"),
            Wish = SlotWish.Between(D(2026, 12, 7), D(2026, 12, 11)),
            Opening = [Line.Giving("Hi, I'd like to apply for the Opportunity Card to look for a job", Fact.Service)],
            Answers = new() { ["persons"] = ["just one"], ["date"] = ["the week of December 7th"], ["name"] = ["Chen Wei"], ["birthDate"] = ["July 4, 96"],
                ["email"] = ["chen.wei.research@gmail.com"], ["phone"] = ["+49 160 9876543"], ["confirm"] = ["yes that's right"] },
            Pick = SlotPick.Ordinal("{0} please", Ordinals.English),
        },
        new("en-07-amara", "en-GB", "en", "Amara, 39, Nigerian mother of two, books for herself and the children, names each person when asked")
        {
            ServiceId = "family-reunification",
            Booker = new("Amara Okafor", D(1987, 3, 15), "amara.okafor@hotmail.com", "0176 1010 2020"),
            Companions = [new("Chidi Okafor", D(2014, 9, 9), "9 September 2014"), new("Ngozi Okafor", D(2018, 1, 27), "27/01/2018", "Ngozi Okafor, born 27/01/2018")],
            Wish = SlotWish.On(DayOfWeek.Thursday).Afternoon(),
            Opening = [Line.Giving("Hello, my two children joined me from Lagos and we need an appointment for family reunification, three of us.", Fact.Service, Fact.Persons)],
            Answers = new() { ["persons"] = ["three"], ["date"] = ["Thursday afternoon after school"], ["name"] = ["Amara Okafor"], ["birthDate"] = ["15 March 1987"],
                ["email"] = ["amara.okafor@hotmail.com"], ["phone"] = ["0176 1010 2020"], ["confirm"] = ["Yes, thank you"] },
            Pick = SlotPick.Button,
        },
        new("en-08-oliver", "en-GB", "en", "Oliver, 45, Australian chef, describes his need and dictates his e-mail")
        {
            ServiceId = "passport-transfer",
            Booker = new("Oliver Grant", D(1981, 10, 23), "oliver.grant@bigpond.com", null),
            Wish = SlotWish.On(DayOfWeek.Monday),
            Opening = [Line.Giving("G'day, I have a new passport and my residence permit is still in the old one.", Fact.Service)],
            Answers = new() { ["persons"] = ["only me"], ["date"] = ["a Monday suits me, the restaurant is closed"], ["name"] = ["Oliver Grant"], ["birthDate"] = ["23/10/1981"],
                ["email"] = ["oliver dot grant at bigpond dot com"], ["phone"] = ["I'd rather not give one"], ["confirm"] = ["yep"] },
            Pick = SlotPick.Ordinal("the {0} slot", Ordinals.English),
        },
        new("en-09-sipho", "en-GB", "en", "Sipho, 33, South African logistics planner, gives his phone with the country code")
        {
            ServiceId = "residence-card-collection",
            Booker = new("Sipho Dlamini", D(1993, 6, 16), "sipho.dlamini@icloud.com", "+49 (0)2131 906090"),
            Wish = SlotWish.Between(D(2026, 11, 24), D(2026, 11, 27)),
            Opening = [Line.Giving("I got a letter that my residence card is ready, I'd like to pick it up this week.", Fact.Service, Fact.Date)],
            Answers = new() { ["persons"] = ["1"], ["date"] = ["this week please"], ["name"] = ["Sipho Dlamini"], ["birthDate"] = ["16.06.1993"],
                ["email"] = ["sipho.dlamini@icloud.com"], ["phone"] = ["+49 (0)2131 906090"], ["confirm"] = ["All good, yes"] },
            Pick = SlotPick.Button,
        },
        new("en-10-yusuf", "en-GB", "tr", "Yusuf, 47, Turkish engineer, starts in English for his colleague's sake, then writes Turkish")
        {
            ServiceId = "permanent-residence-eu",
            Booker = new("Yusuf Kaya", D(1979, 12, 1), "yusuf.kaya79@gmail.com", "0172 6543210"),
            Wish = SlotWish.On(DayOfWeek.Tuesday),
            Opening = [Line.Giving("Hello, I need an appointment for permanent EU residence.", Fact.Service)],
            Answers = new() { ["persons"] = ["Türkçe yazabilir miyim? Sadece ben geleceğim."], ["date"] = ["salı günü"], ["name"] = ["Yusuf Kaya"],
                ["birthDate"] = ["1 Aralık 1979"], ["email"] = ["yusuf.kaya79@gmail.com"], ["phone"] = ["0172 6543210"], ["confirm"] = ["evet doğru"] },
            Pick = SlotPick.Ordinal("{0} olsun", Ordinals.TurkishPlain),
        },
        new("en-11-kofi", "en-GB", "en", "Kofi, 23, Ghanaian trainee, types in lowercase with typos and no punctuation")
        {
            ServiceId = "certificates-information",
            Booker = new("kofi mensah", D(2003, 8, 5), "kofi.mensah03@gmail.com", "0152 34567890"),
            Wish = SlotWish.On(DayOfWeek.Friday),
            Opening = [Line.Giving("hi i need a certficate for my employer about my residance status", Fact.Service)],
            Answers = new() { ["persons"] = ["only me"], ["date"] = ["fryday"], ["name"] = ["kofi mensah"], ["birthDate"] = ["5 aug 2003"],
                ["email"] = ["kofi.mensah03@gmail.com"], ["phone"] = ["0152 34567890"], ["confirm"] = ["ye"] },
            Pick = SlotPick.Ordinal("{0}", Ordinals.English),
        },
        new("en-12-fatima", "en-GB", "en", "Fatima, 31, Pakistani doctor in residency, rejects the first offer because of her shifts")
        {
            ServiceId = "eu-blue-card",
            Booker = new("Fatima Qureshi", D(1995, 1, 12), "dr.fatima.qureshi@gmail.com", "0160 1122334"),
            Wish = SlotWish.OnDate(2026, 12, 10),
            Opening = [Line.Giving("Hello, I need a Blue Card appointment, sometime in December.", Fact.Service, Fact.Date)],
            Answers = new() { ["persons"] = ["Just me"], ["date"] = ["sometime in December", "10th December"], ["name"] = ["Fatima Qureshi"], ["birthDate"] = ["12 January 1995"],
                ["email"] = ["dr.fatima.qureshi@gmail.com"], ["phone"] = ["0160 1122334"], ["confirm"] = ["Yes, confirm please"] },
            RejectsFirstOffer = true,
            RejectSlots = [Line.Giving("None of these work for me, I'm on shift. Could I come on the 10th of December?", Fact.Date)],
            Pick = SlotPick.Spoken("en", "{0} works"),
        },
    ];
}
