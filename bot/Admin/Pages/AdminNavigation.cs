namespace Termine.Bot.Admin.Pages;

/// <summary>The staff pages' menu, in German; administrator-only entries are shown to administrators only.</summary>
public static class AdminNavigation
{
    public sealed record Entry(string Path, string Title, bool AdministratorOnly = false);

    public static readonly IReadOnlyList<Entry> Entries =
    [
        new("/admin", "Tagesübersicht"),
        new("/admin/appointments/new", "Termin vergeben"),
        new("/admin/waiting", "Wartebereich"),
        new("/admin/waiting-list", "Warteliste"),
        new("/admin/transcripts", "Gespräche"),
        new("/admin/outbox", "Postausgang"),
        new("/admin/statistics", "Statistik"),
        new("/admin/log", "Protokoll"),
        new("/admin/settings", "Einstellungen", AdministratorOnly: true),
        new("/admin/accounts", "Konten", AdministratorOnly: true),
    ];
}
