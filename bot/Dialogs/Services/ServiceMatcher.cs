using Termine.Booking.Catalog;

namespace Termine.Bot.Dialogs.Services;

/// <summary>
/// Finds the services a resident means from free text ("my visa runs out next month", "Blaue Karte", "продлить вид
/// на жительство") through the catalog's names and search words in every language, the conversation's own first.
/// </summary>
public sealed class ServiceMatcher(ServiceCatalog catalog)
{
    /// <summary>Built once per catalog version: an administrator's change brings new names and search words at once.</summary>
    private volatile PhraseIndex _index = new(catalog.Services);

    private IReadOnlyList<(ServiceDefinition Service, string Language, string Phrase, bool IsName)> Phrases
    {
        get
        {
            var services = catalog.Services;
            var index = _index;
            if (!ReferenceEquals(index.Services, services))
            {
                _index = index = new PhraseIndex(services);
            }

            return index.Phrases;
        }
    }

    /// <summary>The services that match, best first; one clear winner comes alone.</summary>
    public IReadOnlyList<ServiceDefinition> Match(string text, string language)
    {
        var normalized = $" {TextNormalizer.Normalize(text)} ";
        if (normalized.Trim().Length < 2)
        {
            return [];
        }

        var scores = new Dictionary<ServiceDefinition, double>();
        foreach (var (service, phraseLanguage, phrase, isName) in Phrases)
        {
            var score = Score(normalized, phrase, isName);
            if (score > 0)
            {
                scores[service] = scores.GetValueOrDefault(service) + (phraseLanguage == language ? score * 1.5 : score);
            }
        }

        var ranked = scores.OrderByDescending(s => s.Value).ToList();
        if (ranked.Count == 0)
        {
            return [];
        }

        // A clear winner is taken as it is; otherwise the close ones are offered for the resident to pick.
        return ranked.Count == 1 || ranked[0].Value >= ranked[1].Value * 1.6
            ? [ranked[0].Key]
            : ranked.TakeWhile(s => s.Value >= ranked[0].Value * 0.6).Take(4).Select(s => s.Key).ToList();
    }

    private static double Score(string text, string phrase, bool isName)
    {
        if (text.Contains($" {phrase} ", StringComparison.Ordinal))
        {
            return (isName ? 3 : 2) * phrase.Split(' ').Length;
        }

        // Most words of a longer phrase, in any order, still say a lot ("permit extend" for "extend permit").
        var words = phrase.Split(' ').Where(w => w.Length > 3).ToList();
        if (words.Count < 2)
        {
            return 0;
        }

        var found = words.Count(w => text.Contains($" {w}", StringComparison.Ordinal));
        return found * 2 > words.Count ? found * 0.8 : 0;
    }

    private sealed class PhraseIndex(IReadOnlyList<ServiceDefinition> services)
    {
        public IReadOnlyList<ServiceDefinition> Services { get; } = services;

        public IReadOnlyList<(ServiceDefinition Service, string Language, string Phrase, bool IsName)> Phrases { get; } =
            services.SelectMany(s => Termine.Booking.Languages.All.SelectMany(l =>
                    s.KeywordsFor(l).Select(k => (s, l, TextNormalizer.Normalize(k), false))
                        .Append((s, l, TextNormalizer.Normalize(s.Name[l]), true))))
                .Where(p => p.Item3.Length > 1)
                .ToList();
    }
}
