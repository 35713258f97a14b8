namespace Termine.Booking.Settings;

/// <summary>
/// One reason a catalog or calendar is refused, naming the field as a path into its JSON document
/// (<c>services[3].documents[1].name.uk</c>, <c>Desks.residence</c>) so an editor can show it beside that field.
/// </summary>
public sealed record SettingsProblem(string Field, string Message)
{
    public override string ToString() => $"{Field} {Message}";
}
