namespace Termine.Bot.Tests.Dialogs.Personas;

public static partial class Residents
{
    private static Persona[] Arabic =>
    [
        new("ar-01-omar", "ar-SA", "ar", "Omar, 35, Syrian dentist, everything in one message, comes with his wife")
        {
            ServiceId = "residence-permit-extension", Booker = new("Omar Alnasser", D(1991, 4, 3), "omar.alnasser@gmail.com", "0176 11223344"),
            Companions = [new("Rasha Alnasser", D(1993, 9, 12), "12/09/1993")],
            Wish = SlotWish.On(DayOfWeek.Thursday).Afternoon(),
            Opening = [Line.Giving("السلام عليكم، أريد موعداً لتمديد الإقامة يوم الخميس بعد الظهر، سنأتي أنا وزوجتي.", Fact.Service, Fact.Date, Fact.Persons)],
            Answers = new() { ["persons"] = ["شخصان"], ["date"] = ["الخميس بعد الظهر"], ["name"] = ["Omar Alnasser"], ["birthDate"] = ["٣ أبريل ١٩٩١"],
                ["email"] = ["omar.alnasser@gmail.com"], ["phone"] = ["0176 11223344"], ["confirm"] = ["نعم، كل شيء صحيح"] },
            Pick = SlotPick.Button,
        },
        new("ar-02-huda", "ar-SA", "ar", "Huda, 48, Iraqi teacher, asks which papers to bring before answering")
        {
            ServiceId = "settlement-permit", Booker = new("Huda Alobaidi", D(1978, 11, 20), "huda.alobaidi@yahoo.com", "02131 123987"),
            Wish = SlotWish.On(DayOfWeek.Monday).Morning(),
            Opening = [Line.Giving("مرحباً، أريد التقديم على الإقامة الدائمة.", Fact.Service)],
            Answers = new() { ["persons"] = [Line.Asking("ما هي الأوراق التي يجب أن أحضرها؟"), "شخص واحد"], ["date"] = ["الإثنين صباحاً"], ["name"] = ["Huda Alobaidi"],
                ["birthDate"] = ["20/11/1978"], ["email"] = ["huda.alobaidi@yahoo.com"], ["phone"] = ["02131 123987"], ["confirm"] = ["نعم"] },
            Pick = SlotPick.Spoken("ar", "الساعة {0} من فضلك"),
        },
        new("ar-03-khaled", "ar-SA", "ar", "Khaled, 29, Egyptian engineer, corrects his e-mail at the summary")
        {
            ServiceId = "eu-blue-card", Booker = new("Khaled Mansour", D(1997, 1, 8), "khaled.mansour97@gmail.com", null),
            Wish = SlotWish.On(DayOfWeek.Tuesday),
            Opening = [Line.Giving("أحتاج موعداً للبطاقة الزرقاء", Fact.Service)],
            Answers = new() { ["persons"] = ["أنا فقط"], ["date"] = ["الثلاثاء"], ["name"] = ["Khaled Mansour"], ["birthDate"] = ["08/01/1997"],
                ["email"] = ["khaled.mansor97@gmail.com"], ["phone"] = ["لا أريد"],
                ["confirm"] = [Line.Giving("لا، البريد الإلكتروني خطأ، الصحيح هو khaled.mansour97@gmail.com", Fact.Email), "نعم الآن صحيح"] },
            Pick = SlotPick.Ordinal("{0}", Ordinals.Arabic),
        },
        new("ar-04-samira", "ar-SA", "ar", "Samira, 41, Lebanese cook, wants Saturday, takes Friday")
        {
            ServiceId = "passport-transfer", Booker = new("Samira Haddad", D(1985, 6, 15), "samira.haddad85@hotmail.com", "0152 7778889"),
            Wish = SlotWish.On(DayOfWeek.Friday),
            Opening = [Line.Giving("عندي جواز سفر جديد وأريد نقل الإقامة إليه، هل يمكن يوم السبت؟", Fact.Service, Fact.Date)],
            Answers = new() { ["persons"] = ["واحد"], ["date"] = ["السبت"], ["name"] = ["Samira Haddad"], ["birthDate"] = ["15/06/1985"],
                ["email"] = ["samira.haddad85@hotmail.com"], ["phone"] = ["0152 7778889"], ["confirm"] = ["تمام، نعم"] },
            RejectSlots = [Line.Giving("إذن يوم الجمعة أفضل", Fact.Date)],
            Pick = SlotPick.Ordinal("{0} مناسب", Ordinals.Arabic),
        },
        new("ar-05-yousef", "ar-SA", "ar", "Yousef, 55, Palestinian grocer, says the time the Arabic way")
        {
            ServiceId = "permanent-residence-eu", Booker = new("Yousef Abuhamad", D(1971, 3, 3), "yousef.abuhamad@web.de", "02181 998877"),
            Wish = SlotWish.On(DayOfWeek.Wednesday).Morning(),
            Opening = [Line.Giving("أريد إقامة دائمة في الاتحاد الأوروبي", Fact.Service)],
            Answers = new() { ["persons"] = ["فقط أنا"], ["date"] = ["الأربعاء صباحاً"], ["name"] = ["Yousef Abuhamad"], ["birthDate"] = ["03/03/1971"],
                ["email"] = ["yousef.abuhamad@web.de"], ["phone"] = ["02181 998877"], ["confirm"] = ["نعم صحيح"] },
            Pick = SlotPick.Spoken("ar", "{0}"),
        },
        new("ar-06-noor", "ar-SA", "ar", "Noor, 27, Jordanian student, Arabic-Indic digits and a dictated e-mail")
        {
            ServiceId = "residence-permit-studies", Booker = new("Noor Alkhatib", D(1999, 7, 21), "noor.alkhatib@gmail.com", "0157 6655443"),
            Wish = SlotWish.On(DayOfWeek.Thursday),
            Opening = [Line.Giving("أحتاج تمديد إقامة الدراسة", Fact.Service)],
            Answers = new() { ["persons"] = ["أنا"], ["date"] = ["الخميس القادم"], ["name"] = ["Noor Alkhatib"], ["birthDate"] = ["٢١/٠٧/١٩٩٩"],
                ["email"] = ["noor نقطة alkhatib at gmail نقطة com"], ["phone"] = ["٠١٥٧ ٦٦٥٥٤٤٣"], ["confirm"] = ["أكيد"] },
            Pick = SlotPick.Ordinal("الموعد {0}", Ordinals.Arabic),
        },
        new("ar-07-ibrahim", "ar-SA", "ar", "Ibrahim, 44, Syrian father, books for himself, his wife and two sons")
        {
            ServiceId = "family-reunification", Booker = new("Ibrahim Alali", D(1982, 2, 2), "ibrahim.alali@gmx.de", "0176 90807060"),
            Companions = [new("Lina Alali", D(1986, 4, 10), "10 نيسان 1986"), new("Mohammad Alali", D(2010, 12, 1), "01/12/2010"),
                new("Adam Alali", D(2015, 5, 25), "٢٥/٠٥/٢٠١٥", "Adam Alali، مواليد ٢٥/٠٥/٢٠١٥")],
            Wish = SlotWish.On(DayOfWeek.Tuesday).Morning(),
            Opening = [Line.Giving("وصلت عائلتي بلمّ الشمل، نحتاج موعداً لأربعة أشخاص", Fact.Service, Fact.Persons)],
            Answers = new() { ["persons"] = ["أربعة"], ["date"] = ["الثلاثاء صباحاً"], ["name"] = ["Ibrahim Alali"], ["birthDate"] = ["02/02/1982"],
                ["email"] = ["ibrahim.alali@gmx.de"], ["phone"] = ["0176 90807060"], ["confirm"] = ["نعم، صحيح"] },
            Pick = SlotPick.Button,
        },
        new("ar-08-mariam", "ar-SA", "ar", "Mariam, 33, Sudanese refugee, describes the residence condition she wants lifted")
        {
            ServiceId = "residence-condition-change", Booker = new("Mariam Osman", D(1993, 10, 10), "mariam.osman93@gmail.com", null),
            Wish = SlotWish.On(DayOfWeek.Monday),
            Opening = [Line.Giving("وجدت عملاً في كولونيا وأريد إلغاء شرط السكن", Fact.Service)],
            Answers = new() { ["persons"] = ["شخص واحد"], ["date"] = ["يوم الإثنين"], ["name"] = ["Mariam Osman"], ["birthDate"] = ["10 أكتوبر 1993"],
                ["email"] = ["mariam.osman93@gmail.com"], ["phone"] = ["ليس عندي رقم"], ["confirm"] = ["نعم"] },
            Pick = SlotPick.Ordinal("{0}", Ordinals.ArabicFeminine),
        },
        new("ar-09-tarek", "ar-SA", "ar", "Tarek, 38, Moroccan, gives his phone with 0049")
        {
            ServiceId = "residence-card-collection", Booker = new("Tarek Benjelloun", D(1988, 1, 19), "tarek.benjelloun@gmail.com", "0049 176 5554443"),
            Wish = SlotWish.Between(D(2026, 11, 24), D(2026, 12, 4)),
            Opening = [Line.Giving("بطاقة الإقامة جاهزة وأريد استلامها", Fact.Service)],
            Answers = new() { ["persons"] = ["واحد فقط"], ["date"] = ["في أقرب وقت"], ["name"] = ["Tarek Benjelloun"], ["birthDate"] = ["19/01/1988"],
                ["email"] = ["tarek.benjelloun@gmail.com"], ["phone"] = ["0049 176 5554443"], ["confirm"] = ["موافق"] },
            Pick = SlotPick.Button,
        },
        new("ar-10-rami", "ar-SA", "en", "Rami, 31, Lebanese IT worker, starts in Arabic and continues in English")
        {
            ServiceId = "residence-permit-skilled-workers", Booker = new("Rami Khoury", D(1995, 8, 8), "rami.khoury@outlook.com", "0151 4445556"),
            Wish = SlotWish.On(DayOfWeek.Friday),
            Opening = [Line.Giving("مرحبا، أحتاج إقامة عمل كعامل متخصص", Fact.Service)],
            Answers = new() { ["persons"] = ["Can we continue in English? Just me."], ["date"] = ["Friday"], ["name"] = ["Rami Khoury"], ["birthDate"] = ["08/08/1995"],
                ["email"] = ["rami.khoury@outlook.com"], ["phone"] = ["0151 4445556"], ["confirm"] = ["yes correct"] },
            Pick = SlotPick.Ordinal("the {0} one", Ordinals.English),
        },
        new("ar-11-ahmad", "ar-SA", "ar", "Ahmad, 19, Syrian pupil, writes without hamzas and with typos")
        {
            ServiceId = "travel-document", Booker = new("Ahmad Alhamwi", D(2007, 3, 30), "ahmad.alhamwi07@gmail.com", "0152 1112223"),
            Wish = SlotWish.On(DayOfWeek.Wednesday),
            Opening = [Line.Giving("بدي وثيقة سفر للاجئين", Fact.Service)],
            Answers = new() { ["persons"] = ["انا بس"], ["date"] = ["الاربعاء"], ["name"] = ["Ahmad Alhamwi"], ["birthDate"] = ["30.3.07"],
                ["email"] = ["ahmad.alhamwi07@gmail.com"], ["phone"] = ["0152 1112223"], ["confirm"] = ["اي"] },
            Pick = SlotPick.Ordinal("{0}", Ordinals.Arabic),
        },
        new("ar-12-layla", "ar-SA", "ar", "Layla, 46, Iraqi nurse, rejects the first offers because of night shifts")
        {
            ServiceId = "fiktionsbescheinigung", Booker = new("Layla Hassan", D(1980, 12, 5), "layla.hassan80@gmail.com", "0160 3322110"),
            Wish = SlotWish.On(DayOfWeek.Thursday).Hours(14, 0, 18, 0),
            Opening = [Line.Giving("إقامتي تنتهي وأحتاج شهادة مؤقتة", Fact.Service)],
            Answers = new() { ["persons"] = ["أنا فقط"], ["date"] = ["الأسبوع القادم", "الخميس بعد الساعة الثانية"], ["name"] = ["Layla Hassan"], ["birthDate"] = ["05/12/1980"],
                ["email"] = ["layla.hassan80@gmail.com"], ["phone"] = ["0160 3322110"], ["confirm"] = ["نعم أؤكد"] },
            RejectsFirstOffer = true,
            RejectSlots = [Line.Giving("لا يناسبني أي منها، هل يوجد موعد يوم الخميس بعد الساعة الثانية؟", Fact.Date)],
            Pick = SlotPick.Spoken("ar", "الساعة {0}"),
        },
    ];
}
