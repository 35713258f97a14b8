namespace Termine.Bot.Dialogs.Understanding;

internal static partial class Lexicon
{
    private static LanguageWords French() => new()
    {
        Language = "fr",
        Dates = new DateWords
        {
            Greetings = "bonjour|bonsoir|bonne (?:journée|soirée|après-midi)",
            Today = "aujourd'hui|aujourdhui|auj\\.?|ce jour",
            Tomorrow = "demain",
            DayAfterTomorrow = "après[- ]?demain",
            Weekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
            RecurringWeekdays =
            [
                "(?:tous )?les lundis|lundis|chaque lundi", "(?:tous )?les mardis|mardis|chaque mardi",
                "(?:tous )?les mercredis|mercredis|chaque mercredi", "(?:tous )?les jeudis|jeudis|chaque jeudi",
                "(?:tous )?les vendredis|vendredis|chaque vendredi", "(?:tous )?les samedis|samedis|chaque samedi",
                "(?:tous )?les dimanches|dimanches|chaque dimanche",
            ],
            Months =
            [
                "janvier|janv\\.?", "février|févr\\.?|fév\\.?", "mars", "avril|avr\\.?", "mai", "juin", "juillet|juil\\.?",
                "août", "septembre|sept\\.?", "octobre|oct\\.?", "novembre|nov\\.?", "décembre|déc\\.?",
            ],
            Next = "prochain|prochaine",
            NextAfter = "prochain|prochaine|qui vient",
            ThisWeek = "cette semaine",
            NextWeek = "(?:la )?semaine (?:prochaine|suivante|d'après)",
            ThisMonth = "ce mois(?:-ci)?",
            NextMonth = "(?:le )?mois (?:prochain|suivant)",
            InWeeks = "(?:dans|d'ici) (?:{n} semaines?|une semaine)",
            InDays = "(?:dans|d'ici) (?:{n} jours?|un jour)",
            Morning = "(?:le |du |au |ce |dans la |en |la )?(?:matin|matinée)|avant midi",
            Afternoon = "(?:l'|dans l'|en |cet |en début d')?après[- ]?midi|aprèm",
            Evening = "(?:le |en |ce |dans la )?(?:soir|soirée)|en fin d'après[- ]?midi|(?:en )?fin de journée",
            AsEarlyAsPossible =
                "le plus (?:tôt|vite|rapidement) possible|au plus (?:tôt|vite)|dès que possible|aussi(?:tôt| tôt) que possible"
                + "|dans les (?:plus brefs|meilleurs) délais|asap|rapidement"
                + "|(?:la )?première (?:date|place|disponibilité|dispo)(?: disponible| libre)?"
                + "|(?:le )?premier (?:créneau|rendez-vous|rdv)(?: disponible| libre)?",
            After = "après(?: le)?|à partir d(?:u|e|e la|e l')|dès(?: le)?|depuis(?: le)?|du|pas avant(?: le)?",
            Before = "avant(?: le)?",
            Except = "sauf(?: le| les)?|pas le|à part le|excepté(?: le)?",
            Until = "jusqu'(?:au|à|a)(?: le)?|au plus tard(?: le)?|d'ici(?: le| au)?",
            AfterSuffix = "ou plus tard|et après|ou après",
            BeforeSuffix = "ou avant|ou plus tôt",
            RangeFrom = "du|de|entre(?: le)?",
            RangeTo = "au|à|-|et(?: le)?|jusqu'(?:au|à)",
            DaySuffix = "er|re|ère|ème|e",
            ClockBefore = "à|vers|pour|aux alentours de",
            ClockAfter = "h|heures?|hr",
            Am = "du matin",
            Pm = "de l'après[- ]?midi|du soir",
        },
        Numbers = new NumberWords
        {
            Cardinals = ["un|une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"],
            Ordinals =
            [
                "premier|première|1er|1re|1ère", "deuxième|second|seconde|2e|2ème", "troisième|3e|3ème",
                "quatrième|4e|4ème", "cinquième|5e|5ème", "sixième|6e|6ème", "septième|7e|7ème", "huitième|8e|8ème",
                "neuvième|9e|9ème", "dixième|10e|10ème",
            ],
            Last = "dernier|dernière",
        },
        Answers = new AnswerWords
        {
            No = "non|nan|pas (?:correct|bon|exact|d'accord|ça)|incorrect|faux|ce n'est pas (?:ça|correct|bon)"
                + "|pas du tout|surtout pas",
            Yes = "oui|ouais|ouaip|d'accord|dacc|exact|exactement|c'est (?:bon|ça|correct|parfait)|correct|ok|okay"
                + "|bien sûr|parfait|volontiers|(?:je )?confirme|tout à fait|absolument|ça (?:marche|me va)|très bien",
            Not = "pas|ne|n'|jamais",
        },
        Persons = new PersonWords
        {
            Alone = "seule?|tout seul|toute seule|moi seule?|juste moi|moi uniquement|uniquement moi|une seule personne",
            Groups = ["", "à deux|nous deux|un couple", "à trois|nous trois", "à quatre|nous quatre", "à cinq", "à six", "à sept", "à huit", "à neuf", "à dix"],
            Couple = "moi et (?:mon|ma) \\w+|(?:mon|ma) \\w+ et moi|avec (?:mon|ma) (?:mari|femme|épouse|époux|fils|fille|père|mère|frère|sœur|ami|amie|compagnon|compagne|conjoint|conjointe|enfant)",
            Self = "moi|je",
            With = "avec|accompagnée? de|accompagnée? par",
            Companion = "mari|femme|épouse|époux|conjoint|conjointe|compagnon|compagne|ami|amie|enfant|fils|fille|mère|père|frère|sœur|soeur|bébé"
                + "|grand-mère|grand-père|interprète|traducteur|traductrice",
            Companions = "enfants|fils|filles|frères|sœurs|soeurs|amis|amies|adultes|bébés",
            Pair = "parents|jumeaux|jumelles",
            People = "personnes|personne|gens",
            We = "nous sommes|nous serons|on est|on sera|nous venons|nous viendrons|on vient",
            CompanionNumbers = ["", "", "", "", "", "", "", "", "", ""],
        },
    };
}
