namespace Termine.Bot.Tests.Dialogs.Services;

/// <summary>Services as residents describe them, name them with typos, or do not name them at all, in seven languages.</summary>
public static class ServiceRows
{
    private const string Extension = "residence-permit-extension";
    private const string Settlement = "settlement-permit";
    private const string PermanentEu = "permanent-residence-eu";
    private const string BlueCard = "eu-blue-card";
    private const string Studies = "residence-permit-studies";
    private const string Skilled = "residence-permit-skilled-workers";
    private const string Family = "family-reunification";
    private const string Ukraine = "temporary-protection-ukraine";
    private const string Collection = "residence-card-collection";
    private const string Transfer = "passport-transfer";
    private const string Fiktion = "fiktionsbescheinigung";
    private const string Visitor = "formal-obligation-visitor";
    private const string Condition = "residence-condition-change";
    private const string Certificates = "certificates-information";
    private const string Opportunity = "opportunity-card-job-seeking";
    private const string Travel = "travel-document";

    public static TheoryData<string, string, string> Described => new()
    {
        // de
        { "de", "Meine Aufenthaltserlaubnis läuft ab", Extension },
        { "de", "mein Visum läuft nächsten Monat ab", Extension },
        { "de", "Aufenthaltserlaubniss verlängern", Extension },
        { "de", "Aufenthaltserlaubnis verlängren", Extension },
        { "de", "Verlangerung", Extension },
        { "de", "VERLÄNGERUNG AUFENTHALTSERLAUBNIS", Extension },
        { "de", "Mein Aufenthaltstitel läuft bald ab", Extension },
        { "de", "Blaue Kate", BlueCard },
        { "de", "Niederlasungserlaubnis", Settlement },
        { "de", "Ich habe einen neuen Reisepass", Transfer },
        { "de", "neuer Reisepass", Transfer },
        { "de", "Übertrag in neuen Pass", Transfer },
        { "de", "meine Frau soll nachkommen", Family },
        { "de", "Ich möchte meine Familie nach Deutschland holen", Family },
        { "de", "Ich brauche eine Bescheinigung", Certificates },
        { "de", "Ich bin aus der Ukraine geflüchtet", Ukraine },
        { "de", "Meine Karte ist fertig, ich möchte sie abholen", Collection },
        { "de", "Ich will meine Eltern zu Besuch einladen", Visitor },
        { "de", "Ich möchte in eine andere Stadt umziehen", Condition },
        { "de", "Ich habe mein Studium beendet und eine Arbeit gefunden", Skilled },
        { "de", "fiktionsbescheinigung", Fiktion },
        { "de", "Chanzenkarte", Opportunity },
        { "de", "Ich brauche einen Reiseausweis", Travel },
        // en
        { "en", "my permit runs out", Extension },
        { "en", "My residence permit expires next month", Extension },
        { "en", "extend my visa", Extension },
        { "en", "I have a new passport", Transfer },
        { "en", "I got a new passport and need the permit transferred", Transfer },
        { "en", "my wife wants to join me", Family },
        { "en", "I want to bring my children to Germany", Family },
        { "en", "I finished my studies and found a job", Skilled },
        { "en", "I need a certificate", Certificates },
        { "en", "I fled from Ukraine", Ukraine },
        { "en", "my card is ready to pick up", Collection },
        { "en", "blue carrd", BlueCard },
        { "en", "I want to invite my parents", Visitor },
        { "en", "permanent residency", Settlement },
        { "en", "I want to study at a university here", Studies },
        { "en", "I am looking for a job", Opportunity },
        { "en", "I need a travel document to travel abroad", Travel },
        // fr
        { "fr", "mon titre de séjour expire bientôt", Extension },
        { "fr", "prolongation du titre de sejour", Extension },
        { "fr", "j'ai un nouveau passeport", Transfer },
        { "fr", "ma femme veut me rejoindre", Family },
        { "fr", "j'ai besoin d'une attestation", Certificates },
        { "fr", "j'ai fui l'Ukraine", Ukraine },
        { "fr", "ma carte est prête, je veux la récupérer", Collection },
        { "fr", "carte bleu", BlueCard },
        { "fr", "je veux inviter mes parents", Visitor },
        { "fr", "j'ai fini mes études et trouvé un travail", Skilled },
        // tr
        { "tr", "oturma iznim bitiyor", Extension },
        { "tr", "oturum izini uzatmak istiyorum", Extension },
        { "tr", "oturumumun süresi doluyor", Extension },
        { "tr", "yeni pasaport aldım", Transfer },
        { "tr", "eşimi yanıma getirmek istiyorum", Family },
        { "tr", "kartım hazır, almak istiyorum", Collection },
        { "tr", "mavi kart", BlueCard },
        { "tr", "ukraynadan kaçtım", Ukraine },
        { "tr", "bir belge lazım", Certificates },
        { "tr", "annemi ve babamı davet etmek istiyorum", Visitor },
        { "tr", "süresiz oturum", Settlement },
        // ar
        { "ar", "إقامتي ستنتهي قريبا", Extension },
        { "ar", "أريد تجديد الإقامة", Extension },
        { "ar", "لدي جواز سفر جديد", Transfer },
        { "ar", "زوجتي تريد أن تلحق بي", Family },
        { "ar", "أحتاج شهادة", Certificates },
        { "ar", "هربت من أوكرانيا", Ukraine },
        { "ar", "البطاقة جاهزة للاستلام", Collection },
        { "ar", "البطاقة الزرقاء", BlueCard },
        { "ar", "أريد دعوة والدي للزيارة", Visitor },
        // ru
        { "ru", "у меня новый паспорт", Transfer },
        { "ru", "перенести вид на жительство в новый паспорт", Transfer },
        { "ru", "у меня заканчивается вид на жительство", Extension },
        { "ru", "продлить внж", Extension },
        { "ru", "жена хочет приехать ко мне", Family },
        { "ru", "мне нужна справка", Certificates },
        { "ru", "Справки и консультации", Certificates },
        { "ru", "я бежал из Украины", Ukraine },
        { "ru", "моя карта готова, хочу забрать", Collection },
        { "ru", "голубая карта", BlueCard },
        { "ru", "хочу пригласить родителей в гости", Visitor },
        { "ru", "пмж", Settlement },
        // uk
        { "uk", "в мене новий паспорт", Transfer },
        { "uk", "моя посвідка закінчується", Extension },
        { "uk", "продовжити посвідку на проживання", Extension },
        { "uk", "дружина хоче приїхати до мене", Family },
        { "uk", "мені потрібна довідка", Certificates },
        { "uk", "я втекла з України", Ukraine },
        { "uk", "моя картка готова, хочу забрати", Collection },
        { "uk", "блакитна карта", BlueCard },
        { "uk", "хочу запросити батьків у гості", Visitor },
        { "uk", "закінчив навчання і знайшов роботу", Skilled },
    };

    public static TheoryData<string, string> NoService => new()
    {
        { "de", "ich will mich selbständig machen" },
        { "de", "Hallo, guten Tag" },
        { "de", "Termin verschieben" },
        { "en", "hello" },
        { "en", "what is the weather like" },
        { "en", "move my appointment" },
        { "fr", "bonjour, merci" },
        { "tr", "merhaba nasılsınız" },
        { "ar", "مرحبا كيف حالك" },
        { "ru", "здравствуйте" },
        { "ru", "перенести запись" },
        { "uk", "доброго дня" },
        { "de", "12.03.2026" },
        { "en", "anna.schmidt@example.org" },
    };

    public static TheoryData<string, string> Vague => new()
    {
        { "de", "Aufenthaltserlaubnis" },
        { "en", "residence permit" },
        { "fr", "titre de séjour" },
        { "ru", "вид на жительство" },
        { "uk", "посвідка на проживання" },
        { "tr", "oturum izni" },
    };

    public static TheoryData<string, string> Strong => new()
    {
        { "ru", "перенести вид на жительство в новый паспорт" },
        { "de", "Übertrag in neuen Pass" },
        { "de", "Aufenthaltstitel in neuen Pass übertragen" },
        { "en", "move my residence permit to my new passport" },
        { "uk", "перенести посвідку в новий паспорт" },
        { "tr", "oturumu yeni pasaporta aktarmak" },
        { "fr", "transférer mon titre de séjour dans le nouveau passeport" },
        { "ar", "نقل الإقامة إلى الجواز الجديد" },
        { "de", "Blaue Karte verlängern" },
        { "en", "cancel my blue card appointment" },
    };

    public static TheoryData<string, string> Commands => new()
    {
        { "de", "Termin verschieben" },
        { "de", "Ich möchte meinen Termin verlegen" },
        { "de", "Termin absagen" },
        { "en", "move my appointment" },
        { "en", "reschedule my appointment" },
        { "en", "cancel my appointment" },
        { "fr", "déplacer mon rendez-vous" },
        { "fr", "annuler mon rendez-vous" },
        { "tr", "randevumu ertelemek istiyorum" },
        { "tr", "randevumu iptal et" },
        { "ar", "أريد تغيير موعدي" },
        { "ar", "إلغاء الموعد" },
        { "ru", "перенести запись" },
        { "ru", "перенести приём на другой день" },
        { "ru", "отменить запись" },
        { "uk", "перенести запис" },
        { "uk", "скасувати запис" },
    };
}
