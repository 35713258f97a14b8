namespace Termine.Bot.Dialogs;

/// <summary>How residents reach a person at the service point.</summary>
public static class OfficeContact
{
    public const string Phone = "02181 601-0";
}
