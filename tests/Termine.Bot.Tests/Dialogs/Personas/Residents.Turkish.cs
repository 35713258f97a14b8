namespace Termine.Bot.Tests.Dialogs.Personas;

public static partial class Residents
{
    private static Persona[] Turkish =>
    [
    ];
}
