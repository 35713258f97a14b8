namespace Termine.Bot.Dialogs.Questions;

internal static partial class QuestionLexicon
{
    private static QuestionWords German() => new()
    {
        Openers = "wo|wie|was|wann|welche[rsmn]?|wer|warum|wieso|weshalb|wohin|kann|können|darf|dürfen|muss|müssen|soll|sollen"
            + "|brauche|braucht|gibt es|ist|sind|habe|haben|hat|kostet|bis wann|ab wann",
        Strong = new Dictionary<QuestionTopic, string>
        {
            [QuestionTopic.Address] = "wo (?:ist|sind|befindet sich|befinden sich|liegt|finde ich|genau)|(?:wie|was) (?:ist|lautet) (?:die|ihre|eure) (?:adresse|anschrift)"
                + "|welche adresse|in welchem (?:gebäude|stock|zimmer)",
            [QuestionTopic.Directions] = "wie (?:komme|gelange|fahre) ich (?:hin|dahin|dorthin|zu ihnen|zum amt|zur behörde|dort hin)|wie (?:erreiche|finde) ich (?:sie|das amt|die behörde|das kreishaus)"
                + "|anfahrt|(?:mit )?(?:den )?öffentlichen(?: verkehrsmitteln)?|mit (?:dem )?(?:bus|zug|der bahn|der straßenbahn|öpnv)|welche[rs]? (?:bus|bahn|linie|haltestelle)|haltestelle|vom bahnhof|hauptbahnhof",
            [QuestionTopic.Parking] = "(?:wo )?(?:kann|darf) (?:ich|man) (?:dort |da )?parken|park(?:platz|plätze|plätzen|haus|möglichkeit|möglichkeiten|gebühr\\w*)|tiefgarage",
            [QuestionTopic.OpeningHours] = "öffnungszeit\\w*|sprechzeit\\w*|(?:wann|bis wann|ab wann) (?:haben|hat|sind|ist) (?:sie|das amt|die behörde)? ?(?:geöffnet|offen|auf)|wann öffnet|wann schließt",
            [QuestionTopic.Duration] = "wie ?lange (?:dauert|brauch\\w*|geht|wird|muss|bin)|wie ?lange|wie ?viel zeit|dauer des termins|(?:lange|kurz) dauert",
            [QuestionTopic.Documents] = "was (?:muss|soll|sollte|darf) ich (?:\\w+ )?mit(?:bringen|nehmen)|was (?:brauche|benötige) ich|welche (?:unterlagen|dokumente|papiere|nachweise)"
                + "|(?:unterlagen|dokumente|papiere) mit(?:bringen|nehmen)",
            [QuestionTopic.Cost] = "was kostet|wie ?viel kostet|wie ?viel (?:muss ich )?(?:bezahlen|zahlen)|kostet (?:das|der termin|es)|gebühr\\w*|kostenlos|kostenpflichtig|mit karte (?:bezahlen|zahlen)|bar (?:bezahlen|zahlen)",
            [QuestionTopic.Accessibility] = "rollstuhl\\w*|barrierefrei\\w*|aufzug|fahrstuhl|rollator|gehbehindert\\w*|stufenlos",
            [QuestionTopic.Interpreter] = "dolmetsch\\w*|übersetzer\\w*|sprechen sie (?:englisch|türkisch|arabisch|russisch|ukrainisch|französisch)|spricht (?:jemand|dort jemand|man) \\w+",
            [QuestionTopic.Contact] = "(?:wie|unter welcher nummer) (?:kann ich|erreiche ich) (?:sie|jemanden)(?: \\w+)?|ihre telefonnummer|telefonnummer (?:des|der|vom)|kann ich (?:sie |da |dort )?anrufen|mit (?:einem menschen|einer person|jemandem) sprechen",
            [QuestionTopic.Release] = "(?:wann|ab wann) (?:gibt es|kommen|werden|erscheinen|gibt's) (?:\\w+ ){0,2}(?:neue|weitere|mehr) (?:termine|tage)|wann gibt es wieder (?:freie )?termine|(?:neue|weitere) termine (?:werden )?(?:freigeschaltet|freigegeben|eingestellt|veröffentlicht|nachgelegt)|wann werden (?:\\w+ )?termine (?:freigeschaltet|freigegeben|eingestellt|veröffentlicht|nachgelegt)|wann (?:schalten|geben) sie (?:\\w+ )?termine frei",
        },
        Weak = new Dictionary<QuestionTopic, string>
        {
            [QuestionTopic.Address] = "adresse|anschrift|standort|wo",
            [QuestionTopic.Directions] = "weg|bus|bahn",
            [QuestionTopic.Parking] = "parken|auto",
            [QuestionTopic.OpeningHours] = "geöffnet|offen",
            [QuestionTopic.Duration] = "dauer|dauert",
            [QuestionTopic.Documents] = "unterlagen|dokumente|papiere|mitbringen",
            [QuestionTopic.Children] = "(?:kinder|kind|familie|ehefrau|ehemann|frau|mann|partner\\w*|sohn|tochter|familienmitglieder|angehörige\\w*)(?: \\w+){0,3} (?:mit(?:bringen|nehmen|kommen)|kommen|dabei sein|erscheinen|anwesend sein|dabei)"
                + "|kinder|kind|familie|familienangehörige\\w*",
            [QuestionTopic.Cost] = "kosten|kostet|preis|bezahlen|zahlen",
            [QuestionTopic.Accessibility] = "treppen?|behindert\\w*",
            [QuestionTopic.Interpreter] = "übersetzen|englisch|türkisch|arabisch|russisch|ukrainisch|französisch",
            [QuestionTopic.Contact] = "telefon\\w*|anrufen|rufnummer|kontakt\\w*|e-?mail",
        },
    };

    private static QuestionWords English() => new()
    {
        Openers = "where|how|what|when|which|who|why|can|could|may|must|do|does|did|is|are|will|would|should|shall|have|has|need|any",
        Strong = new Dictionary<QuestionTopic, string>
        {
            [QuestionTopic.Address] = "where (?:is|are|do i find|can i find|exactly|are you)|what(?:'s| is) (?:the|your) (?:address|location)|which (?:building|floor|room)",
            [QuestionTopic.Directions] = "how (?:do|can|should|would) i get (?:there|to (?:you|the office|it))|how to get (?:there|to)|directions|public transport|by (?:bus|train|tram)|which (?:bus|train|tram|stop)|bus stop|train station|nearest station",
            [QuestionTopic.Parking] = "parking|car park|where (?:can|do|could) i park|can i park|park (?:my|the) car",
            [QuestionTopic.OpeningHours] = "opening (?:hours|times)|office hours|business hours|when (?:are you|is the office|is it|do you) (?:open|close)|what time do you (?:open|close)|(?:are you|is the office) open",
            [QuestionTopic.Duration] = "how long|how much time|duration",
            [QuestionTopic.Documents] = "what (?:should|do|must|shall|will) i (?:need to )?(?:bring|take)|what do i need|which documents|what documents|what papers",
            [QuestionTopic.Cost] = "how much (?:does|is|will|do|would)|(?:does it|is it) (?:cost|free)|fees?|costs?|free of charge|pay by card|pay (?:in )?cash",
            [QuestionTopic.Accessibility] = "wheelchair|accessib\\w*|step-free|disabled access|elevator|lift access",
            [QuestionTopic.Interpreter] = "interpreter|translator|do you speak|does anyone speak|can someone (?:translate|interpret)",
            [QuestionTopic.Contact] = "(?:your|the) (?:phone|telephone) number|can i call|how (?:can|do) i (?:contact|reach|call) you|speak (?:to|with) (?:a person|someone|a human)",
            [QuestionTopic.Release] = "when (?:do|will|are|is|does) (?:you |they |the office )?(?:release|releasing|open|opening|add|adding|publish|publishing|put out|post) (?:up )?(?:any )?(?:new|more) (?:slots|appointments|dates|times)|when (?:are|will|do|does) (?:the )?(?:new|more|next) (?:slots|appointments|dates|times) (?:be )?(?:released|available|come out|open|opened|added|published|appear)|(?:new|more) (?:slots|appointments) (?:get |are |be )?released|release (?:new|more) (?:slots|appointments)",
        },
        Weak = new Dictionary<QuestionTopic, string>
        {
            [QuestionTopic.Address] = "address|location|where",
            [QuestionTopic.Directions] = "bus|train|get there",
            [QuestionTopic.Parking] = "park|car",
            [QuestionTopic.OpeningHours] = "open",
            [QuestionTopic.Duration] = "long",
            [QuestionTopic.Documents] = "documents?|papers|paperwork|bring",
            [QuestionTopic.Children] = "(?:children|kids|child|son|daughter|family|wife|husband|partner|family members?)(?: \\w+){0,3} (?:come|attend|be there|be present|with me|too)|(?:bring|take) (?:my |the )?(?:children|kids|child|son|daughter|family|wife|husband|partner)"
                + "|children|kids|family",
            [QuestionTopic.Cost] = "pay|price|money",
            [QuestionTopic.Accessibility] = "stairs|steps|lift|disabled|disability",
            [QuestionTopic.Interpreter] = "translate|interpret|english|turkish|arabic|russian|ukrainian|french",
            [QuestionTopic.Contact] = "phone|telephone|call|contact|e-?mail",
        },
    };
}
