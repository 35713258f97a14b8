namespace Termine.Bot.Dialogs.Questions;

/// <summary>The facts about the office that residents ask for; the opening hours come from the scheduling options.</summary>
public sealed record OfficeFacts(string Building, string Address, string Phone)
{
    /// <summary>The foreigners' authority of the Rhein-Kreis Neuss.</summary>
    public static OfficeFacts Neuss { get; } = new("Kreishaus Neuss", "Oberstraße 91, 41460 Neuss", OfficeContact.Phone);
}
