namespace Termine.Bot.Dialogs.Questions;

/// <summary>What a resident asks about the office or the appointment in the middle of a booking.</summary>
public enum QuestionTopic
{
    /// <summary>Where the office is ("wo ist das Amt?", "أين يقع المكتب؟").</summary>
    Address,

    /// <summary>How to get there, by public transport ("wie komme ich hin", "как добраться").</summary>
    Directions,

    Parking,

    OpeningHours,

    /// <summary>How long the appointment takes ("wie lange dauert der Termin", "ne kadar sürer").</summary>
    Duration,

    /// <summary>What to bring ("what should I bring?", "що взяти з собою?").</summary>
    Documents,

    /// <summary>Whether children or other family members have to come ("muss ich meine Kinder mitbringen?").</summary>
    Children,

    /// <summary>Fees and paying ("was kostet das?", "combien ça coûte ?").</summary>
    Cost,

    /// <summary>Wheelchair access, lifts, steps.</summary>
    Accessibility,

    /// <summary>Bringing an interpreter, the languages spoken at the desk.</summary>
    Interpreter,

    /// <summary>The phone number, reaching a person.</summary>
    Contact,

    /// <summary>When new appointments are released ("wann gibt es neue Termine?", "when do you release new slots?").</summary>
    Release,
}
