using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Termine.Booking.Catalog;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Settings;

/// <summary>
/// The stored documents' JSON: the catalog in the shape of services.json (camelCase), the calendar in the shape of
/// the Termine:Scheduling configuration section (PascalCase).
/// </summary>
public static class SettingsJson
{
    private static readonly JsonSerializerOptions SchedulingJson = new()
    {
        PropertyNameCaseInsensitive = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Write(CatalogFile catalog) => JsonSerializer.Serialize(catalog, CatalogLoader.JsonOptions);

    public static string Write(SchedulingOptions options) => JsonSerializer.Serialize(options, SchedulingJson);

    /// <returns>The calendar, or null when the JSON does not have its shape.</returns>
    public static SchedulingOptions? ReadScheduling(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<SchedulingOptions>(json, SchedulingJson);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A deep copy for an editor to change; the calendar in force is never changed in place.</summary>
    public static SchedulingOptions Copy(SchedulingOptions options) => ReadScheduling(Write(options))!;
}
