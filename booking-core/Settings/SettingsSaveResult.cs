namespace Termine.Booking.Settings;

/// <summary>What became of an administrator's change to the catalog or the calendar.</summary>
public abstract record SettingsSaveResult
{
    private SettingsSaveResult()
    {
    }

    /// <summary>Stored and in force on this host; the others follow within <see cref="SettingsRefresher.Interval"/>.</summary>
    public sealed record Saved(long Version) : SettingsSaveResult;

    /// <summary>Refused by the same rules as at start; nothing was stored.</summary>
    public sealed record Invalid(IReadOnlyList<SettingsProblem> Problems) : SettingsSaveResult;

    /// <summary>Someone else saved since the editor loaded the version it changed; nothing was stored.</summary>
    public sealed record Conflict : SettingsSaveResult;
}
