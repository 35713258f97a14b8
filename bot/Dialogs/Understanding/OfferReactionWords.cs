namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// The words for <see cref="OfferReaction"/>s in the seven languages, as regular-expression fragments folded like
/// resident text (see <see cref="DateWords"/>). "Too early" asks for later times and "too late" for earlier ones;
/// "not earlier than" belongs to <see cref="OfferReaction.Later"/>, the longest words winning over "earlier".
/// </summary>
internal static class OfferReactionWords
{
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<OfferReaction, string>> ByLanguage { get; } =
        new Dictionary<string, IReadOnlyDictionary<OfferReaction, string>>
        {
            ["de"] = new Dictionary<OfferReaction, string>
            {
                [OfferReaction.NoneSuit] =
                    "(?:das |die |sie |es )?(?:passt|passen|geht|gehen)(?: mir| bei mir| leider| alle| alles| beide| davon| gar| überhaupt)* (?:nicht|keiner|keine)"
                    + "|keine?[rs]?(?: davon| der termine| dieser termine| von denen| der zeiten| von ihnen)(?: passt| geht| ist gut)?|keine?[rs]? (?:passt|geht)|keiner|keins"
                    + "|nichts (?:davon|dabei|passendes|passt)|(?:ein |einen |an einem )?(?:anderer|anderen|andere) (?:tag|termin|termine|zeit|zeiten|datum)"
                    + "|da kann ich (?:leider )?nicht|kann ich (?:da )?(?:leider )?nicht",
                [OfferReaction.Later] = "später|spaeter|(?:etwas |ein bisschen |lieber )?später am tag|zu früh|zu frueh|nicht so früh|nicht früher",
                [OfferReaction.Earlier] = "früher|frueher|etwas eher|zeitiger|zu spät|zu spaet|nicht so spät|nicht später",
                [OfferReaction.NextWeek] = "(?:in der |die )?(?:nächste[nr]?|naechste[nr]?|kommende[nr]?) woche",
            },
            ["en"] = new Dictionary<OfferReaction, string>
            {
                [OfferReaction.NoneSuit] =
                    "none(?: of (?:these|them|those|the \\w+))?(?: (?:suits?|works?|fits?)(?: for)?(?: me)?)?|neither(?: of them)?"
                    + "|(?:it |that |these |they |those )?(?:doesn'?t|does not|don'?t|do not|won'?t|will not) (?:suit|work|fit)(?: for)?(?: me)?"
                    + "|not any of (?:these|them|those)|(?:another|a different|some other|other|different) (?:day|date|time|times|dates|slot|slots)"
                    + "|(?:i )?can'?t make (?:it|any of (?:these|them|those))|nothing (?:suits|works|fits)",
                [OfferReaction.Later] = "later|too early|not so early|not that early|no earlier",
                [OfferReaction.Earlier] = "earlier|sooner|too late|not so late|not that late|no later",
                [OfferReaction.NextWeek] = "(?:the )?(?:next|following|coming) week|the week after",
            },
            ["fr"] = new Dictionary<OfferReaction, string>
            {
                [OfferReaction.NoneSuit] =
                    "aucune?(?: d'entre eux| d'entre elles| de ces \\w+)?(?: ne)?(?: me)? (?:convient|conviennent|va|vont)"
                    + "|(?:ça|cela|ils|elles|ces \\w+) ne (?:me )?(?:convien(?:nen)?t|vont|va) pas|ne me convien(?:nen)?t pas"
                    + "|rien ne (?:me )?(?:convient|va)|(?:un |une |d')?autres? (?:jour|jours|date|dates|créneau|créneaux|horaire|horaires|moment)"
                    + "|aucun",
                [OfferReaction.Later] = "(?:un peu )?plus tard|trop tôt|pas si tôt|pas plus tôt",
                [OfferReaction.Earlier] = "(?:un peu )?plus tôt|trop tard|pas si tard|pas plus tard",
                [OfferReaction.NextWeek] = "(?:la )?semaine (?:prochaine|suivante|d'après)",
            },
            ["tr"] = new Dictionary<OfferReaction, string>
            {
                [OfferReaction.NoneSuit] =
                    "hiç ?biri(?: (?:bana )?(?:uymuyor|uygun değil|olmuyor|olmaz))?|(?:bunlar|bu saatler|bu tarihler|bu randevular) (?:bana )?(?:uymuyor|uygun değil|olmuyor)"
                    + "|(?:bana )?uymuyor|uygun değil|olmuyor|müsait değilim|gelemem|başka (?:bir )?(?:gün|günler|tarih|saat|saatler|zaman)",
                [OfferReaction.Later] = "(?:biraz )?daha geç|(?:biraz )?daha sonra|çok erken",
                [OfferReaction.Earlier] = "(?:biraz )?daha erken|çok geç",
                [OfferReaction.NextWeek] = "gelecek hafta|önümüzdeki hafta|haftaya|sonraki hafta",
            },
            ["ar"] = new Dictionary<OfferReaction, string>
            {
                [OfferReaction.NoneSuit] =
                    "(?:لا|ما) (?:يناسبني|تناسبني|يناسبنيش|بيناسبني|يوافقني)(?: (?:أي|اي) (?:منها|منهم|واحد|موعد|وقت))?"
                    + "|لا شيء يناسبني|ولا (?:واحد|موعد|وقت)|(?:مش|غير) مناسبة?|(?:يوم|وقت|موعد|تاريخ) (?:آخر|ثاني|تاني)|(?:مواعيد|أوقات|أيام) أخرى",
                [OfferReaction.Later] = "(?:في )?وقت (?:لاحق|متأخر)|لاحقا|لاحقًا|بعدين|متأخر أكثر|أبكر من اللازم|مبكر جدا",
                [OfferReaction.Earlier] = "(?:في )?وقت أبكر|أبكر|(?:موعد|وقت) أقرب|أقرب من ذلك|قبل ذلك|متأخر جدا|متأخر كثير|بدري",
                [OfferReaction.NextWeek] = "الأسبوع (?:القادم|المقبل|الجاي|اللي جاي)",
            },
            ["ru"] = new Dictionary<OfferReaction, string>
            {
                [OfferReaction.NoneSuit] =
                    "ни (?:один|одно|одна)(?: из (?:них|этих|предложенных))?(?: (?:мне )?не (?:подходит|устраивает))?|никакой(?: не подходит)?|ничего (?:не )?(?:подходит|устраивает)"
                    + "|(?:(?:это|эти|они|мне) )*не (?:подходит|подходят|устраивает|устраивают)|не (?:могу|смогу)"
                    + "|(?:в )?друг(?:ой|ое|ую|ие|ого) (?:день|время|дату|даты|дни|числа)",
                [OfferReaction.Later] = "позже|попозже|позднее|слишком рано|рановато|не раньше",
                [OfferReaction.Earlier] = "раньше|пораньше|слишком поздно|поздновато|не позже|не позднее",
                [OfferReaction.NextWeek] = "(?:на )?следующ(?:ей|ую|ая) недел[еюя]|(?:на )?будущей неделе",
            },
            ["uk"] = new Dictionary<OfferReaction, string>
            {
                [OfferReaction.NoneSuit] =
                    "жод(?:ен|ний|на|не)(?: з (?:них|цих))?(?: (?:мені )?не (?:підходить|влаштовує))?|нічого (?:не )?(?:підходить|влаштовує)"
                    + "|(?:(?:це|ці|вони|мені) )*не (?:підходить|підходять|влаштовує|влаштовують)|не (?:можу|зможу)"
                    + "|(?:в |на )?інш(?:ий|е|у|і|ого) (?:день|час|дату|дати|дні)",
                [OfferReaction.Later] = "пізніше|трохи пізніше|занадто рано|зарано|не раніше",
                [OfferReaction.Earlier] = "раніше|трохи раніше|занадто пізно|запізно|не пізніше",
                [OfferReaction.NextWeek] = "наступного тижня|(?:на )?наступн(?:ий|ому) тижн(?:ень|і)",
            },
        };
}
