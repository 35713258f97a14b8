namespace Termine.Booking.Catalog;

/// <summary>One text in each of the seven languages.</summary>
public sealed class LocalizedText(IReadOnlyDictionary<string, string> values)
{
    public IReadOnlyDictionary<string, string> Values { get; } = values;

    public string this[string language] =>
        Values.TryGetValue(language, out var text) ? text : Values[Languages.Default];

    /// <summary>The languages whose text is missing or blank.</summary>
    public IEnumerable<string> MissingLanguages() =>
        Languages.All.Where(l => !Values.TryGetValue(l, out var text) || string.IsNullOrWhiteSpace(text));
}
