namespace Termine.Bot.Dialogs.Questions;

/// <summary>
/// The facts about the office that residents ask for beyond the e-mail's address and directions; the opening hours
/// come from the scheduling options.
/// </summary>
public sealed record OfficeFacts(string Phone)
{
    /// <summary>The foreigners' authority of the Rhein-Kreis Neuss.</summary>
    public static OfficeFacts Current { get; } = new(OfficeContact.Phone);
}
