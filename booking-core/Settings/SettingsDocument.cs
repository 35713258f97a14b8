namespace Termine.Booking.Settings;

/// <summary>
/// A setting staff edit at run time (the service catalog, the opening hours and desks), as one JSON document that
/// replaces the one from the data file or configuration. Every host reads the newest <see cref="Version"/>.
/// </summary>
public sealed class SettingsDocument
{
    public const int MaxKeyLength = 32;
    public const int MaxChangedByLength = 64;

    /// <summary>Which setting, e.g. <c>catalog</c> or <c>scheduling</c>.</summary>
    public required string Key { get; set; }

    public required string Json { get; set; }

    /// <summary>Counts up with each change; also the concurrency token, so two editors cannot overwrite each other.</summary>
    public long Version { get; set; }

    public DateTimeOffset ChangedAt { get; set; }

    /// <summary>The staff account that saved it.</summary>
    public required string ChangedBy { get; set; }
}
