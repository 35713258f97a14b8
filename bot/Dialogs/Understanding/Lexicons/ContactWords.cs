namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// How residents give (or refuse) their personal data in one language, as regular-expression fragments folded like
/// resident text (see <see cref="DateWords"/>). Kept apart from <see cref="LanguageWords"/> because only the readers
/// of names, phones and family members use them.
/// </summary>
internal sealed record ContactWords
{
    public required string Language { get; init; }

    /// <summary>The whole answer to "your phone number?" when there is none ("keine", "no phone", "yok", "нету").</summary>
    public required string NoPhone { get; init; }

    /// <summary>Words before a name that are never part of it ("ich heiße", "my name is", "меня зовут").</summary>
    public required string NameLeadIns { get; init; }

    /// <summary>
    /// Lead-ins that are also names or words elsewhere (Turkish "ben" is the English name Ben), so they are taken
    /// off only in the conversation's own language.
    /// </summary>
    public string WeakNameLeadIns { get; init; } = string.Empty;

    /// <summary>Greetings and thanks around an answer ("hallo", "danke", "спасибо").</summary>
    public required string Courtesies { get; init; }

    /// <summary>Words a question starts with ("wie", "what", "pourquoi", "neden", "почему", "لماذا").</summary>
    public required string QuestionStarts { get; init; }

    /// <summary>Words anywhere that make a text a question (Turkish "mi", Russian "ли", Ukrainian "чи").</summary>
    public string QuestionParticles { get; init; } = string.Empty;

    /// <summary>Words no name contains: pronouns, verbs and nouns of a sentence about something else ("möchte", "termin").</summary>
    public required string NotInNames { get; init; }

    /// <summary>A family member before their name ("mein Sohn", "my daughter", "oğlum", "мой сын", "ابني").</summary>
    public required string Relations { get; init; }

    /// <summary>Words that introduce a date of birth next to a name ("geboren am", "born on", "né le", "doğumlu").</summary>
    public required string Born { get; init; }
}

/// <summary>The contact words of all seven languages.</summary>
internal static class ContactLexicon
{
    public static IReadOnlyList<ContactWords> All { get; } =
    [
        new()
        {
            Language = "de",
            NoPhone = "kein(?:e|en|s)?(?: telefon\\w*| handy\\w*| nummer| festnetz\\w*)?|nein|nee|nö|noe|ne"
                + "|(?:ich )?(?:hab|habe)(?: ich)?(?: leider)? (?:kein(?:e|en|s)?(?: telefon\\w*| handy\\w*| nummer)?|nicht)"
                + "|(?:möchte|will) ich nicht(?: angeben| sagen)?|(?:ich )?(?:möchte|will) (?:keine|keins|keine nummer|sie nicht)(?: angeben)?"
                + "|lieber nicht|nicht nötig|nicht notwendig|brauch(?:e|t)? (?:es|man|ich) nicht|überspringen|weiter|ohne(?: telefon| nummer)?"
                + "|gibt es nicht|gibt's nicht|nichts",
            NameLeadIns = "ich heiße|ich heisse|mein (?:vollständiger |voller |ganzer )?name (?:ist|lautet)|mein vor- und nachname (?:ist|lautet)"
                + "|ich bin(?: der| die)?|hier (?:ist|spricht|schreibt)|das ist|name(?: ist)?|vor- und nachname|vorname und nachname",
            Courtesies = "hallo|hi|hey|guten (?:tag|morgen|abend)|moin|servus|grüß gott|danke(?: schön| sehr)?|vielen dank|bitte|also|ja|gerne?|ok|okay|klar",
            QuestionStarts = "wie|was|wo|wohin|woher|warum|wieso|weshalb|wann|wer|wen|wem|welche[rnms]?|kann|können|könnten?|muss|müssen|darf|soll|brauche?n?|ist|sind|gibt",
            NotInNames = "ich|mich|mir|mein\\w*|du|wir|möchte|will|habe|hab|bin|ist|sind|nicht|kein\\w*|termin\\w*|bitte|danke|und|oder"
                + "|weiß|weiss|warum|einen|einem|eine|das|hallo|gerne?|ja|nein|heute|morgen|uhr|frage|hilfe|brauche",
            Relations = "(?:und |sowie )?(?:mein|meine|meinen|meinem|meiner|unser|unsere|unseren|unserem|unserer)? ?(?:sohn|tochter|frau|ehefrau|mann|ehemann"
                + "|kind|baby|bruder|schwester|mutter|mama|vater|papa|neffe|nichte|enkel|enkelin|partner|partnerin|oma|opa|großmutter|großvater)",
            Born = "geboren(?: am| den)?|geb\\.?(?: am)?|geburtsdatum:?|am|vom|den",
        },
        new()
        {
            Language = "en",
            NoPhone = "no|none|nope|nah|no (?:phone|number|mobile|cell|telephone)(?: number)?|no thanks?|no thank you|n/?a|na|nil|nothing"
                + "|(?:i )?don'?t (?:have|own|use)(?: one| any| a phone| a number| a mobile| a phone number| a cell(?: phone)?)?"
                + "|(?:i )?(?:have|got) no (?:phone|number|mobile)(?: number)?|i haven'?t got (?:one|a phone|a number)"
                + "|skip(?: it| this)?|not needed|no need|(?:i'?d |i would )?rather not(?: (?:give|share|say|provide|leave)(?: it| one| a number| my number| that)?)?|(?:i'?d )?prefer not(?: to)?(?: (?:say|share|give|provide)(?: it| one| a number| my number| that)?)?"
                + "|(?:i )?don'?t want to(?: give it| share it| say)?|not available|pass",
            NameLeadIns = "my (?:full |complete )?name is|my name'?s|the name is|name is|full name:?|name:?|i am called|call me|i'?m called",
            WeakNameLeadIns = "i'?m|i am|this is|it'?s|it is",
            Courtesies = "hello|hi|hey|good (?:morning|afternoon|evening)|thanks?(?: you)?|please|sure|ok|okay|yes|well|so",
            QuestionStarts = "what|how|why|where|when|who|whom|which|whose|can|could|does|did|is|are|should|must|would|shall",
            NotInNames = "i|me|my|you|we|want|would|like|need|have|has|don'?t|not|no|appointment|please|thanks?|the|is|am|are|and|or"
                + "|book|booking|help|what|why|hello|yes|today|tomorrow|know",
            Relations = "(?:and |also )?(?:my |our )?(?:son|daughter|wife|husband|child|kid|baby|brother|sister|mother|mom|mum|father|dad"
                + "|nephew|niece|grandson|granddaughter|grandchild|partner|grandmother|grandfather|grandma|grandpa)",
            Born = "born(?: on| in)?|b\\.|date of birth:?|dob:?|d\\.o\\.b\\.?:?|on",
        },
        new()
        {
            Language = "fr",
            NoPhone = "non|nan|non merci|aucun|aucune|rien|pas de (?:téléphone|tel|tél|numéro|portable|mobile)|pas de numéro de téléphone"
                + "|(?:je )?n'?ai pas de (?:téléphone|tel|tél|numéro|portable|mobile)|je n'?en ai pas|j'?en ai pas|pas de|sans(?: téléphone| numéro)?"
                + "|je (?:ne )?(?:veux|préfère|souhaite) pas(?: le donner| le dire)?|je préfère ne pas(?: le donner| le dire)?"
                + "|pas nécessaire|pas besoin|passer|je passe",
            NameLeadIns = "je m'?appelle|je m'?apelle|mon (?:nom complet|nom et prénom|prénom et nom|nom) (?:est|c'est)|nom et prénom|prénom et nom|nom",
            WeakNameLeadIns = "je suis|moi c'?est|c'?est",
            Courtesies = "bonjour|bonsoir|salut|coucou|merci(?: beaucoup)?|s'il vous plaît|s'il vous plait|svp|oui|d'accord|ok|alors|eh bien",
            QuestionStarts = "comment|pourquoi|quand|où|ou est|qui|que|quoi|quel|quelle|quels|quelles|est-ce|est ce|combien|puis-je|pouvez-vous|dois-je|faut-il",
            NotInNames = "je|j'?ai|moi|mon|ma|mes|vous|nous|veux|voudrais|rendez-vous|rdv|pas|ne|suis|est|un|une|les|et|ou|pour|merci|bonjour|oui|non"
                + "|aujourd'?hui|demain|besoin|aide",
            Relations = "(?:et )?(?:mon |ma |mes |notre )?(?:fils|fille|femme|épouse|mari|époux|enfant|bébé|frère|sœur|soeur|mère|maman|père|papa"
                + "|neveu|nièce|petit-fils|petite-fille|compagnon|compagne|conjoint|conjointe|grand-mère|grand-père)",
            Born = "née?s?(?: le)?|date de naissance:?",
        },
        new()
        {
            Language = "tr",
            NoPhone = "yok|yoktur|hayır|hayir|yok teşekkürler|hayır teşekkürler|(?:cep )?telefon(?:um)?(?: numaram)? yok|numaram yok|telefon numaram yok"
                + "|istemiyorum|vermek istemiyorum|paylaşmak istemiyorum|gerek yok|gerekmez|geç|geçelim|atla|boş|boş bırak|kullanmıyorum",
            NameLeadIns = "benim adım|adım|benim ismim|ismim|adım soyadım|adım ve soyadım|ad soyad(?:ım)?|adı soyadı|isim soyisim|isim",
            WeakNameLeadIns = "ben",
            Courtesies = "merhaba|selam|selamlar|günaydın|iyi günler|teşekkürler|teşekkür ederim|sağ ol|sağolun|lütfen|evet|tamam|peki",
            QuestionStarts = "ne|neden|niye|niçin|nasıl|nerede|nereye|ne zaman|hangi|kaç|kimin",
            QuestionParticles = "mi|mı|mu|mü|misiniz|mısınız|musunuz|müsünüz|miyim|mıyım|muyum|müyüm|midir|mıdır",
            NotInNames = "ben|benim|sen|siz|biz|istiyorum|randevu\\w*|değil|bir|ve|veya|için|yok|var|lütfen|teşekkürler|bilmiyorum|evet|hayır|merhaba|bugün|yarın|yardım",
            Relations = "(?:ve )?(?:benim )?(?:oğlum|kızım|eşim|karım|kocam|çocuğum|bebeğim|annem|babam|kardeşim|erkek kardeşim|kız kardeşim|ablam|abim"
                + "|torunum|yeğenim|oğlumuz|kızımız|çocuğumuz)",
            Born = "doğumlu|doğum tarihi:?|doğum tarihi de|'?(?:de|da|te|ta) doğdu|doğdu",
        },
        new()
        {
            Language = "ar",
            NoPhone = "لا|لأ|كلا|لا يوجد|لا يوجد رقم|لا شكرا|لا، شكرا|ما عندي(?: رقم| هاتف| تلفون| موبايل)?|ماعندي|ما في|مافي|ليس لدي(?: رقم| هاتف)?"
                + "|ليس عندي(?: رقم| هاتف)?|لا أملك(?: رقم| هاتف)?(?: هاتف)?|معنديش|ما معي|بدون(?: رقم| هاتف)?|تخطي|تخطى|لا أريد|لا اريد|مش ضروري|لا داعي",
            NameLeadIns = "اسمي الكامل(?: هو)?|اسمي هو|اسمي|إسمي|الاسم الكامل|الاسم|الإسم|اسم",
            WeakNameLeadIns = "أنا|انا",
            Courtesies = "مرحبا|أهلا|اهلا|السلام عليكم|صباح الخير|مساء الخير|شكرا|شكرًا|من فضلك|لو سمحت|نعم|حسنا|تمام|طيب",
            QuestionStarts = "هل|لماذا|ليش|ليه|كيف|كيفية|متى|أين|وين|فين|ماذا|ما هو|ما هي|شو|ايش|إيش|ليش|من هو|كم",
            NotInNames = "أريد|اريد|بدي|عايز|موعد|لا|نعم|في|على|أنا|انا|هل|ليس|شكرا|مرحبا|اليوم|غدا|مساعدة",
            Relations = "(?:و)?(?:ابني|ابنتي|بنتي|زوجتي|زوجي|طفلي|طفلتي|ولدي|أخي|اخي|أختي|اختي|أمي|امي|أبي|ابي|والدي|والدتي|حفيدي|حفيدتي)",
            Born = "مواليد|من مواليد|تاريخ الميلاد:?|تاريخ ميلاده|تاريخ ميلادها|مولود(?:ة)?(?: في| بتاريخ)?|ولد(?:ت)?(?: في| بتاريخ)?|بتاريخ",
        },
        new()
        {
            Language = "ru",
            NoPhone = "нет|неа|нету|нет телефона|нет номера|телефона нет|номера нет|у меня нет(?: телефона| номера)?|не хочу(?: давать| указывать)?"
                + "|не надо|не нужно|не буду(?: указывать)?|пропустить|пропусти(?:те)?|без телефона|без номера|нет,? спасибо|не имею|отсутствует",
            NameLeadIns = "меня зовут|зовут меня|моё имя|мое имя|мои имя и фамилия|моя фамилия и имя|мои фамилия и имя|имя и фамилия|фамилия и имя|фио|имя",
            WeakNameLeadIns = "я|это",
            Courtesies = "здравствуйте|привет|добрый день|доброе утро|добрый вечер|спасибо|пожалуйста|да|хорошо|ну|так",
            QuestionStarts = "как|что|почему|зачем|где|куда|когда|кто|какой|какая|какие|сколько|можно|нужно|нужен|нужна",
            QuestionParticles = "ли",
            NotInNames = "я|мне|меня|мой|моя|мы|вы|хочу|не|нет|запись|записаться|записать|и|или|на|для|пожалуйста|спасибо|это|что|да|сегодня|завтра|помощь|термин",
            Relations = "(?:и |а )?(?:мой |моя |моего |мою |мои |наш |наша )?(?:сын|дочь|дочка|жена|муж|ребёнок|ребенок|брат|сестра|мама|мать|папа|отец|племянник|племянница|внук|внучка)",
            Born = "родил(?:ся|ась)|дата рождения:?|рождения|г\\.?р\\.?|р\\.",
        },
        new()
        {
            Language = "uk",
            NoPhone = "ні|нє|немає|нема|нема телефону|немає телефону|немає номера|у мене немає(?: телефону| номера)?|не маю(?: телефону| номера)?"
                + "|не хочу(?: давати| вказувати)?|не треба|не потрібно|пропустити|пропустіть|без телефону|без номера|ні,? дякую|відсутній",
            NameLeadIns = "мене звати|мене звуть|звати мене|моє ім'?я|мої ім'?я та прізвище|моє прізвище та ім'?я|ім'?я та прізвище|ім'?я і прізвище|піб|ім'?я",
            WeakNameLeadIns = "я|це",
            Courtesies = "добрий день|доброго дня|привіт|вітаю|дякую|будь ласка|так|добре|ну",
            QuestionStarts = "як|що|чому|навіщо|де|куди|коли|хто|який|яка|які|скільки|можна|потрібно|треба",
            QuestionParticles = "чи",
            NotInNames = "я|мені|мене|мій|моя|ми|ви|хочу|не|ні|запис|записатися|і|й|або|на|для|будь|ласка|дякую|це|що|так|сьогодні|завтра|допомога|термін",
            Relations = "(?:і |й |а )?(?:мій |моя |мого |мою |мої |наш |наша )?(?:син|донька|доня|дочка|дочь|дружина|чоловік|дитина|брат|сестра|мама|мати|тато|батько|племінник|племінниця|онук|онука)",
            Born = "народил(?:ся|ася)|народився|дата народження:?|народження|р\\.?н\\.?|р\\.",
        },
    ];

    /// <summary>The words of a language code; unknown codes get German, the office's language.</summary>
    public static ContactWords For(string language) => All[IndexOf(language)];

    /// <summary>The position of a language code in <see cref="All"/>, so tables built from it can be indexed alike.</summary>
    public static int IndexOf(string language)
    {
        Termine.Booking.Languages.TryNormalize(language, out var code);
        return Math.Max(0, All.ToList().FindIndex(words => words.Language == code));
    }
}
