namespace Termine.Bot.Tests.Dialogs.Personas;

/// <summary>
/// The persona suite's residents, twelve per language. Their "now" is Tuesday 24 November 2026, 09:00 in Neuss
/// (the test clock): "Donnerstag" is 26 November, "next week" 30 November to 4 December.
/// </summary>
public static partial class Residents
{
    public static IReadOnlyList<Persona> All => [.. German, .. English, .. French, .. Turkish, .. Arabic, .. Russian, .. Ukrainian];

    public static Persona Find(string id) => All.Single(p => p.Id == id);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);
}
