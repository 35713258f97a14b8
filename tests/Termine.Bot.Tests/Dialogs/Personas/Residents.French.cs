namespace Termine.Bot.Tests.Dialogs.Personas;

public static partial class Residents
{
    private static Persona[] French =>
    [
        new("fr-01-aminata", "fr-FR", "fr", "Aminata, 28, Senegalese engineer, Blue Card, says everything in one message")
        {
            ServiceId = "eu-blue-card", Booker = new("Aminata Diallo", D(1998, 3, 3), "aminata.diallo@orange.fr", "0176 20304050"),
            Wish = SlotWish.On(DayOfWeek.Thursday).Afternoon(),
            Opening = [Line.Giving("Bonjour, il me faut un rendez-vous pour ma carte bleue européenne, jeudi après-midi si possible, je viens seule.", Fact.Service, Fact.Date, Fact.Persons)],
            Answers = new() { ["persons"] = ["seule"], ["date"] = ["jeudi après-midi"], ["name"] = ["Aminata Diallo"], ["birthDate"] = ["3 mars 1998"],
                ["email"] = ["aminata.diallo@orange.fr"], ["phone"] = ["0176 20304050"], ["confirm"] = ["Oui, c'est bon."] },
            Pick = SlotPick.Spoken("fr", "à {0}, s'il vous plaît"),
        },
        new("fr-02-youssef", "fr-FR", "fr", "Youssef, 44, Moroccan baker in Dormagen, asks for the address in the middle")
        {
            ServiceId = "residence-permit-extension", Booker = new("Youssef Benali", D(1982, 7, 7), "youssef.benali82@gmail.com", "02133 556677"),
            Wish = SlotWish.On(DayOfWeek.Monday).Morning(),
            Opening = [Line.Giving("Bonjour, je voudrais renouveler mon titre de séjour.", Fact.Service)],
            Answers = new() { ["persons"] = [Line.Asking("C'est où exactement, le bureau ?"), "Une personne."], ["date"] = ["lundi matin"], ["name"] = ["Youssef Benali"],
                ["birthDate"] = ["07/07/1982"], ["email"] = ["youssef.benali82@gmail.com"], ["phone"] = ["02133 556677"], ["confirm"] = ["oui"] },
            Pick = SlotPick.Ordinal("le {0}", Ordinals.French),
        },
        new("fr-03-claire", "fr-FR", "fr", "Claire, 35, Canadian from Montréal, corrects her name at the summary")
        {
            ServiceId = "opportunity-card-job-seeking", Booker = new("Claire Tremblay-Gagnon", D(1991, 10, 18), "claire.tremblay@videotron.ca", null),
            Wish = SlotWish.On(DayOfWeek.Tuesday),
            Opening = [Line.Giving("Salut! Je cherche un emploi ici, j'aimerais la carte d'opportunité.", Fact.Service)],
            Answers = new() { ["persons"] = ["juste moi"], ["date"] = ["mardi"], ["name"] = ["Claire Tremblay"], ["birthDate"] = ["18 octobre 1991"],
                ["email"] = ["claire.tremblay@videotron.ca"], ["phone"] = ["pas de téléphone"],
                ["confirm"] = [Line.Giving("Non, changez le nom pour Claire Tremblay-Gagnon, s'il vous plaît.", Fact.Name), "Parfait, oui."] },
            Pick = SlotPick.Button,
        },
        new("fr-04-jean-baptiste", "fr-FR", "fr", "Jean-Baptiste, 50, Congolese pastor, asks for Christmas Day, takes a day before")
        {
            ServiceId = "travel-document", Booker = new("Jean-Baptiste Mukendi", D(1976, 12, 24), "jb.mukendi@yahoo.fr", "0151 77889900"),
            Wish = SlotWish.Between(D(2026, 12, 21), D(2026, 12, 23)),
            Opening = [Line.Giving("Bonjour, je dois faire un titre de voyage pour réfugié. Le 25 décembre, c'est possible ?", Fact.Service, Fact.Date)],
            Answers = new() { ["persons"] = ["moi seul"], ["date"] = ["le 25 décembre"], ["name"] = ["Jean-Baptiste Mukendi"], ["birthDate"] = ["24/12/1976"],
                ["email"] = ["jb.mukendi@yahoo.fr"], ["phone"] = ["0151 77889900"], ["confirm"] = ["oui merci"] },
            RejectSlots = [Line.Giving("Alors plutôt juste avant Noël, le 21, 22 ou 23 décembre.", Fact.Date)],
            Pick = SlotPick.Ordinal("la {0}", Ordinals.FrenchFeminine),
        },
        new("fr-05-nadia", "fr-FR", "fr", "Nadia, 39, Algerian accountant, picks by time in words")
        {
            ServiceId = "settlement-permit", Booker = new("Nadia Haddad", D(1987, 1, 25), "nadia.haddad@free.fr", "0172 3344556"),
            Wish = SlotWish.On(DayOfWeek.Friday).Morning(),
            Opening = ["Bonjour"],
            Answers = new() { ["service"] = ["Je veux demander le séjour permanent, l'établissement"], ["persons"] = ["1"], ["date"] = ["vendredi matin"],
                ["name"] = ["Nadia Haddad"], ["birthDate"] = ["25 janvier 1987"], ["email"] = ["nadia.haddad@free.fr"], ["phone"] = ["0172 3344556"], ["confirm"] = ["c'est exact"] },
            Pick = SlotPick.Spoken("fr", "{0}, ça me va"),
        },
        new("fr-06-moussa", "fr-FR", "fr", "Moussa, 31, Malian warehouse worker, two-digit year and a dictated e-mail")
        {
            ServiceId = "residence-card-collection", Booker = new("Moussa Keïta", D(1995, 4, 2), "moussa.keita@gmail.com", null),
            Wish = SlotWish.Between(D(2026, 11, 24), D(2026, 12, 4)),
            Opening = [Line.Giving("On m'a écrit que ma carte de séjour est prête, je dois venir la chercher.", Fact.Service)],
            Answers = new() { ["persons"] = ["seul"], ["date"] = ["le plus tôt possible"], ["name"] = ["Moussa Keïta"], ["birthDate"] = ["02/04/95"],
                ["email"] = ["moussa point keita arobase gmail point com"], ["phone"] = ["je n'ai pas de numéro allemand"], ["confirm"] = ["oui c'est ça"] },
            Pick = SlotPick.Ordinal("le {0} créneau", Ordinals.French),
        },
        new("fr-07-mireille", "fr-FR", "fr", "Mireille, 42, Cameroonian nurse, books for herself, her husband and their son")
        {
            ServiceId = "family-reunification", Booker = new("Mireille Ngono", D(1984, 5, 11), "mireille.ngono@hotmail.fr", "0157 12121212"),
            Companions = [new("Paul Ngono", D(1980, 2, 14), "14 février 1980"), new("Éric Ngono", D(2012, 8, 30), "30/08/2012", "Éric Ngono, né le 30/08/2012")],
            Wish = SlotWish.On(DayOfWeek.Tuesday).Afternoon(),
            Opening = [Line.Giving("Bonjour, mon mari et mon fils viennent d'arriver, nous avons besoin d'un rendez-vous pour le regroupement familial, nous serons trois.", Fact.Service, Fact.Persons)],
            Answers = new() { ["persons"] = ["trois"], ["date"] = ["mardi après-midi"], ["name"] = ["Mireille Ngono"], ["birthDate"] = ["11 mai 1984"],
                ["email"] = ["mireille.ngono@hotmail.fr"], ["phone"] = ["0157 12121212"], ["confirm"] = ["Oui, tout est correct"] },
            Pick = SlotPick.Button,
        },
        new("fr-08-thierry", "fr-FR", "fr", "Thierry, 55, Haitian retiree, explains he needs an attestation for his bank")
        {
            ServiceId = "certificates-information", Booker = new("Thierry Joseph", D(1971, 9, 9), "thierry.joseph71@gmail.com", "+49 2131 445566"),
            Wish = SlotWish.On(DayOfWeek.Wednesday),
            Opening = [Line.Giving("Ma banque me demande une attestation de la mairie sur mon séjour.", Fact.Service)],
            Answers = new() { ["persons"] = ["une seule"], ["date"] = ["mercredi de la semaine prochaine"], ["name"] = ["Thierry Joseph"], ["birthDate"] = ["9 septembre 1971"],
                ["email"] = ["thierry.joseph71@gmail.com"], ["phone"] = ["+49 2131 445566"], ["confirm"] = ["d'accord, oui"] },
            Pick = SlotPick.Spoken("fr", "{0}"),
        },
        new("fr-09-fatou", "fr-FR", "fr", "Fatou, 24, Ivorian student, gives her Ivorian phone number")
        {
            ServiceId = "residence-permit-studies", Booker = new("Fatou Coulibaly", D(2002, 6, 6), "fatou.coulibaly@etu.hhu.de", "+225 07 08 09 10 11"),
            Wish = SlotWish.On(DayOfWeek.Thursday),
            Opening = [Line.Giving("bonjour, mon titre étudiant expire bientôt", Fact.Service)],
            Answers = new() { ["persons"] = ["moi"], ["date"] = ["jeudi prochain"], ["name"] = ["Fatou Coulibaly"], ["birthDate"] = ["06.06.2002"],
                ["email"] = ["fatou.coulibaly@etu.hhu.de"], ["phone"] = ["+225 07 08 09 10 11"], ["confirm"] = ["oui"] },
            Pick = SlotPick.Ordinal("je prends le {0}", Ordinals.French),
        },
        new("fr-10-karim", "fr-FR", "ar", "Karim, 46, Tunisian taxi driver, starts in French and finishes in Arabic")
        {
            ServiceId = "fiktionsbescheinigung", Booker = new("Karim Trabelsi", D(1980, 3, 20), "karim.trabelsi@gmx.de", "0173 9090909"),
            Wish = SlotWish.On(DayOfWeek.Friday),
            Opening = [Line.Giving("Bonjour, j'ai besoin d'une Fiktionsbescheinigung.", Fact.Service)],
            Answers = new() { ["persons"] = ["ممكن نكمل بالعربي؟ شخص واحد فقط"], ["date"] = ["يوم الجمعة"], ["name"] = ["Karim Trabelsi"], ["birthDate"] = ["20/03/1980"],
                ["email"] = ["karim.trabelsi@gmx.de"], ["phone"] = ["0173 9090909"], ["confirm"] = ["نعم صحيح"] },
            Pick = SlotPick.Ordinal("{0}", Ordinals.Arabic),
        },
        new("fr-11-rokia", "fr-FR", "fr", "Rokia, 33, Guinean cleaner, writes without accents and with typos")
        {
            ServiceId = "residence-condition-change", Booker = new("rokia camara", D(1993, 11, 1), "rokia.camara93@gmail.com", "01590 1234567"),
            Wish = SlotWish.On(DayOfWeek.Monday),
            Opening = [Line.Giving("bjr je veux changer ma wohnsitzauflage je trouve du travail a dusseldorf", Fact.Service)],
            Answers = new() { ["persons"] = ["moi seul"], ["date"] = ["lundi"], ["name"] = ["rokia camara"], ["birthDate"] = ["1 nov 1993"],
                ["email"] = ["rokia.camara93@gmail.com"], ["phone"] = ["01590 1234567"], ["confirm"] = ["oui c bon"] },
            Pick = SlotPick.Ordinal("{0}", Ordinals.French),
        },
        new("fr-12-olivier", "fr-FR", "fr", "Olivier, 38, Swiss-Beninese consultant, refuses the first proposals")
        {
            ServiceId = "formal-obligation-visitor", Booker = new("Olivier Houngbo", D(1988, 8, 8), "olivier.houngbo@bluewin.ch", "0176 88887777"),
            Wish = SlotWish.On(DayOfWeek.Thursday).Hours(15, 0, 18, 0),
            Opening = [Line.Giving("Bonjour, mes parents veulent me rendre visite, je dois signer une prise en charge.", Fact.Service)],
            Answers = new() { ["persons"] = ["seul"], ["date"] = ["la semaine prochaine", "jeudi en fin de journée"], ["name"] = ["Olivier Houngbo"], ["birthDate"] = ["08/08/1988"],
                ["email"] = ["olivier.houngbo@bluewin.ch"], ["phone"] = ["0176 88887777"], ["confirm"] = ["Oui, je confirme"] },
            RejectsFirstOffer = true,
            RejectSlots = [Line.Giving("Aucun ne me convient, avez-vous un jeudi en fin de journée ?", Fact.Date)],
            Pick = SlotPick.Spoken("fr", "plutôt {0}"),
        },
    ];
}
