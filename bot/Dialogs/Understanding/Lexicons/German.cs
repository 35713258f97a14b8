namespace Termine.Bot.Dialogs.Understanding;

internal static partial class Lexicon
{
    private static LanguageWords German() => new()
    {
        Language = "de",
        Dates = new DateWords
        {
            Greetings = "guten (?:morgen|abend|tag)|schönen abend|moin",
            Today = "heute",
            Tomorrow = "morgen",
            DayAfterTomorrow = "übermorgen|uebermorgen",
            Weekdays = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag|sonnabend", "sonntag"],
            RecurringWeekdays =
            [
                "montags|jeden montag|an montagen", "dienstags|jeden dienstag|an dienstagen",
                "mittwochs|jeden mittwoch|an mittwochen", "donnerstags|jeden donnerstag|an donnerstagen",
                "freitags|jeden freitag|an freitagen", "samstags|jeden samstag|an samstagen",
                "sonntags|jeden sonntag|an sonntagen",
            ],
            Months =
            [
                "januar|jänner", "februar|feb\\.?", "märz|maerz", "april|apr\\.?", "mai", "juni", "juli",
                "august|aug\\.?", "september|sept?\\.?", "oktober|okt\\.?", "november|nov\\.?", "dezember|dez\\.?",
            ],
            Next = "nächste[nrms]?|naechste[nrms]?|kommende[nrms]?",
            ThisWeek = "(?:in )?diese[rn]? woche",
            NextWeek = "(?:in der )?(?:nächste[rn]?|naechste[rn]?|kommende[rn]?) woche",
            ThisMonth = "(?:in )?diese[mn] monat",
            NextMonth = "(?:im )?(?:nächste[nm]|naechste[nm]|kommende[nm]) monat",
            InWeeks = "in (?:{n} wochen|einer woche)",
            InDays = "in (?:{n} tagen|einem tag)",
            Morning = "vormittags?|am vormittag|morgens|am morgen|früh morgens|frühmorgens|in der früh|(?<=morgen )früh",
            Afternoon = "nachmittags?|am nachmittag|mittags|über mittag|nach der mittagspause",
            Evening = "abends?|am abend|nach der arbeit|nach feierabend|spät|spaet|spätnachmittags?|am späten nachmittag|möglichst spät",
            AsEarlyAsPossible =
                "so (?:früh|bald|schnell) wie (?:möglich|es geht)|möglichst (?:früh|bald|schnell)|schnellstmöglich"
                + "|frühestmöglich|baldmöglichst|baldigst|nächstmöglich\\w*|sofort|asap"
                + "|(?:de[nr] )?(?:nächste[nr]?|erste[nr]?|frühesten) freie[nr]? termin",
            After = "nach(?: dem)?|ab(?: dem| den)?|frühestens(?: am| ab)?|vom|von|seit",
            Before = "vor(?: dem)?|spätestens vor|früher als",
            Except = "außer(?: am| an)?|ausser(?: am| an)?|nicht am|nicht an",
            Until = "bis(?: zum| spätestens| einschließlich)?|spätestens(?: am| bis)?",
            AfterSuffix = "oder später|und später|oder danach",
            BeforeSuffix = "oder früher|oder eher",
            RangeFrom = "vom|von|zwischen(?: dem)?",
            RangeTo = "bis(?: zum)?|-|und(?: dem)?",
            DaySuffix = "\\.",
            ClockBefore = "um|gegen|ca\\.?|circa|so um",
            ClockAfter = "uhr|h",
        },
        Numbers = new NumberWords
        {
            Cardinals = ["eins|eine|einer", "zwei|zwo", "drei", "vier", "fünf|fuenf", "sechs", "sieben", "acht", "neun", "zehn"],
            Ordinals =
            [
                "erste[nrms]?", "zweite[nrms]?", "dritte[nrms]?", "vierte[nrms]?", "fünfte[nrms]?|fuenfte[nrms]?",
                "sechste[nrms]?", "siebte[nrms]?|siebente[nrms]?", "achte[nrms]?", "neunte[nrms]?", "zehnte[nrms]?",
            ],
            Last = "letzte[nrms]?",
        },
        Answers = new AnswerWords
        {
            No = "nein|nee|nö|noe|ne|nicht (?:richtig|korrekt|ok|okay|einverstanden)|stimmt nicht|passt nicht|falsch"
                + "|auf keinen fall|keinesfalls|lieber nicht",
            Yes = "ja|jawohl|jap|jep|jo|jup|genau|richtig|stimmt|korrekt|ok|okay|passt|gerne?|einverstanden|klar"
                + "|natürlich|bestätigen?|bestätigt|in ordnung|alles klar",
            Not = "nicht|kein|nie",
        },
        Persons = new PersonWords
        {
            Alone = "allein|alleine|nur ich|nur für mich|für mich allein|einzeln",
            Groups = ["", "zu zweit|zu zwei", "zu dritt", "zu viert", "zu fünft|zu fuenft", "zu sechst", "zu siebt", "zu acht", "zu neunt", "zu zehnt"],
            Couple = "ich und mein\\w*(?: \\w+)?|mein\\w* \\w+ und ich|mit mein\\w* (?:frau|mann|ehefrau|ehemann|partner\\w*|freund\\w*|kind|sohn|tochter|mutter|vater|bruder|schwester)",
            Self = "ich|mich|mir",
            With = "mit|zusammen mit",
            Companion = "frau|ehefrau|mann|ehemann|partner(?:in)?|freund(?:in)?|kind|sohn|tochter|mutter|vater|bruder|schwester|baby"
                + "|oma|opa|schwiegermutter|schwiegervater|dolmetscher(?:in)?|begleitperson|betreuer(?:in)?",
            Companions = "kinder[n]?|söhne[n]?|töchter[n]?|brüder[n]?|schwestern|freunde[n]?|erwachsene[n]?|begleitpersonen|babys",
            Pair = "eltern|zwillinge[n]?",
            People = "personen|person|leute[n]?|menschen|leuten|mann",
            We = "wir sind|wir kommen|wir werden|wir wären|wir waren|es kommen|es sind|es werden|insgesamt",
            CompanionNumbers = ["einem|einer", "beide[n]?|zwei", "", "", "", "", "", "", "", ""],
        },
    };
}
