namespace Termine.Bot.Dialogs.Questions;

internal static partial class QuestionLexicon
{
    private static QuestionWords French() => new()
    {
        Openers = "comment|que|qu'est-ce|quoi|quand|quel|quelle|quels|quelles|qui|pourquoi|combien|est-ce|puis-je|peut-on|dois-je|faut-il|y a-t-il|je peux|on peut|il faut|avez-vous|êtes-vous",
        Strong = new Dictionary<QuestionTopic, string>
        {
            [QuestionTopic.Address] = "où (?:se trouve|se situe|est|sont|êtes-vous|se trouvent)|ou se trouve|quelle est (?:l'|votre |la bonne )adresse|dans quel (?:bâtiment|étage|bureau)",
            [QuestionTopic.Directions] = "comment (?:y aller|venir|s'y rendre|me rendre|aller|accéder|arriver|vous trouver)|transports? en commun|en (?:bus|train|tram)|quel (?:bus|train|tram|arrêt)|arrêt de bus|depuis la gare|la gare",
            [QuestionTopic.Parking] = "parking|stationnement|(?:me|se) garer|où (?:puis-je|peut-on) (?:me |se )?garer",
            [QuestionTopic.OpeningHours] = "horaires? d'ouverture|heures d'ouverture|(?:êtes-vous|est-ce|c'est) ouvert|quand (?:êtes-vous|est-ce que vous êtes|c'est) ouverts?|à quelle heure (?:ouvrez|fermez|ouvre|ferme)",
            [QuestionTopic.Duration] = "combien de temps|(?:ça|cela|le rendez-vous) dure(?: combien| longtemps)?|durée",
            [QuestionTopic.Documents] = "que (?:dois-je|faut-il|je dois) (?:apporter|amener|prendre|emporter)|quoi (?:apporter|prendre)|quels (?:documents|papiers|justificatifs)|quelles pièces",
            [QuestionTopic.Cost] = "combien (?:ça|cela|ca) coûte|combien coûte|c'est (?:payant|gratuit)|frais|tarifs?|coûte|payer par carte|payer en espèces",
            [QuestionTopic.Accessibility] = "fauteuil roulant|accessib\\w*|ascenseur|mobilité réduite|handicap\\w*",
            [QuestionTopic.Interpreter] = "interprète|traducteur|traductrice|parlez-vous|vous parlez (?:anglais|arabe|turc|russe|ukrainien|allemand)|quelqu'un (?:qui )?(?:parle|traduit)",
            [QuestionTopic.Contact] = "votre numéro(?: de téléphone)?|numéro de téléphone|puis-je vous appeler|comment (?:vous )?(?:contacter|joindre)|parler à (?:quelqu'un|une personne)",
            [QuestionTopic.Release] = "quand (?:est-ce que )?(?:vous )?(?:ouvrez|publiez|mettez en ligne|libérez|liberez|ajoutez|proposez) (?:de )?(?:nouveaux|d'autres) (?:créneaux|creneaux|rendez-vous)|quand (?:y a-t-il|y aura-t-il|est-ce qu'il y aura|il y aura|sortent|arrivent|sont publiés|seront disponibles) (?:de |les )?(?:nouveaux|d'autres|prochains) (?:créneaux|creneaux|rendez-vous)|quand (?:de|les) (?:nouveaux|prochains) (?:créneaux|creneaux|rendez-vous)|(?:nouveaux|prochains) (?:créneaux|creneaux|rendez-vous) (?:sont |seront )?(?:ouverts|publiés|mis en ligne)",
        },
        Weak = new Dictionary<QuestionTopic, string>
        {
            [QuestionTopic.Address] = "adresse|emplacement",
            [QuestionTopic.Directions] = "bus|train|tram|métro",
            [QuestionTopic.Parking] = "garer|voiture",
            [QuestionTopic.OpeningHours] = "ouvert|horaires",
            [QuestionTopic.Duration] = "dure|longtemps",
            [QuestionTopic.Documents] = "documents?|papiers|apporter",
            [QuestionTopic.Children] = "(?:enfants?|famille|femme|mari|épou\\w+|fils|fille|membres de (?:la|ma) famille)(?: \\w+){0,3} (?:venir|être présents?|m'accompagner|présente?s?|aussi)|(?:amener|emmener|venir avec) (?:mes |mon |ma |les )?(?:enfants?|famille|femme|mari|fils|fille)"
                + "|enfants|famille",
            [QuestionTopic.Cost] = "prix|payer|paiement|gratuit|coût",
            [QuestionTopic.Accessibility] = "escaliers?|marches",
            [QuestionTopic.Interpreter] = "traduire|traduction|anglais|arabe|turc|russe|ukrainien",
            [QuestionTopic.Contact] = "téléphone|appeler|contact|joindre|e-?mail",
        },
    };

    private static QuestionWords Turkish() => new()
    {
        Openers = "nerede|nereye|neresi|nasıl|ne|neler|kaç|kaçta|hangi|kim|neden|niçin|niye|ne zaman|acaba",
        Particles = "m[ıiuü](?:[sy]?[ıiuü]?[nz]?\\w{0,3})?",
        Strong = new Dictionary<QuestionTopic, string>
        {
            [QuestionTopic.Address] = "nerede(?:siniz|dir)?|neresi|adres(?:iniz|i)? (?:ne|nedir|neresi)|hangi binada|hangi katta",
            [QuestionTopic.Directions] = "nasıl (?:gidebilirim|gelebilirim|giderim|gelirim|ulaşabilirim|ulaşırım|gidilir|gelinir)|toplu taşıma\\w*|otobüs(?:le|ler)?|hangi otobüs|tren(?:le)?|tramvay\\w*|durak\\w*|garda|gardan|istasyon\\w*",
            [QuestionTopic.Parking] = "otopark\\w*|park (?:yeri|yerleri|alanı|etmek|edebilir\\w*|edilir)|arabamı nereye",
            [QuestionTopic.OpeningHours] = "çalışma saatleri\\w*|mesai saatleri\\w*|açılış saatleri\\w*|ne zaman açık|kaçta açı\\w*|kaça kadar açık|kaçta kapan\\w*|açık mı",
            [QuestionTopic.Duration] = "ne kadar (?:sürer|sürüyor|sürecek|zaman|vakit)|kaç dakika|kaç saat|süresi ne|uzun sürer",
            [QuestionTopic.Documents] = "ne(?:ler)? (?:getirmem|getireyim|getirmeliyim|götürmem|götürmeliyim|lazım|gerekli)|hangi (?:belgeler|evraklar|belge|evrak)|(?:belge|evrak)\\w* (?:lazım|gerekli)",
            [QuestionTopic.Cost] = "ne kadar (?:tutar|ödeyeceğim|ödemem|öde\\w*|para)|kaç (?:para|euro)|ücret\\w*|masraf\\w*|harç\\w*|ücretsiz|kartla öde\\w*",
            [QuestionTopic.Accessibility] = "tekerlekli sandalye\\w*|engelli\\w*|asansör\\w*|erişilebilir\\w*",
            [QuestionTopic.Interpreter] = "tercüman\\w*|çevirmen\\w*|türkçe (?:konuşan|bilen)|(?:türkçe|ingilizce|arapça) (?:biliyor|konuşuyor)\\w*",
            [QuestionTopic.Contact] = "telefon numara\\w*|sizi nasıl (?:arayabilirim|ararım)|size nasıl ulaş\\w*|sizi arayabilir miyim|biriyle konuş\\w*",
            [QuestionTopic.Release] = "yeni (?:boş )?randevu\\w* (?:ne zaman|hangi gün|saat kaçta)|ne zaman yeni (?:boş )?randevu\\w*|randevular ne zaman (?:açılıyor|açılır|açılacak|veriliyor|verilir|verilecek|çıkıyor|çıkar|çıkacak|ekleniyor|eklenir|eklenecek)",
        },
        Weak = new Dictionary<QuestionTopic, string>
        {
            [QuestionTopic.Address] = "adres\\w*|konum\\w*",
            [QuestionTopic.Directions] = "yol\\w*",
            [QuestionTopic.Parking] = "park|araba\\w*",
            [QuestionTopic.OpeningHours] = "açık",
            [QuestionTopic.Duration] = "sürer|süre\\w*",
            [QuestionTopic.Documents] = "belge\\w*|evrak\\w*|getir\\w*",
            [QuestionTopic.Children] = "(?:çocuk\\w*|aile\\w*|eşim\\w*|eşimi|oğl\\w*|kızım\\w*|aile üyeleri\\w*)(?: \\w+){0,3} (?:gelmeli\\w*|gelmesi\\w*|getirmeli\\w*|getirmem\\w*|gelecek mi|gelsin mi|gelmek zorunda\\w*|da gelmeli\\w*)"
                + "|çocuk\\w*|aile\\w*",
            [QuestionTopic.Cost] = "para|ödeme\\w*|fiyat\\w*|öde\\w*",
            [QuestionTopic.Accessibility] = "merdiven\\w*",
            [QuestionTopic.Interpreter] = "tercüme|türkçe",
            [QuestionTopic.Contact] = "telefon\\w*|ara\\w*|iletişim|e-?posta",
        },
    };
}
