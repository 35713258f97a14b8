using Termine.Booking.Catalog;

namespace Termine.Bot.Dialogs.Services;

/// <summary>
/// Finds the services a resident means from free text ("my visa runs out next month", "Blaue Kate", "продлить вид
/// на жительство") through the catalog's names and search words in every language, the conversation's own first.
/// Each word of the text finds catalog words through <see cref="ServiceIndex"/>; a name or search phrase counts once
/// at least half of its words are there, weighted by how rare its words are and how much of it is covered.
/// </summary>
public sealed class ServiceMatcher(ServiceCatalog catalog)
{
    private const int MaxWords = 40;

    /// <summary>A phrase of the conversation's language counts a little more when two services are close.</summary>
    private const double OwnLanguageBonus = 1.2;

    /// <summary>A whole phrase naming a service strongly carries at least this much weight (one rare word or two).</summary>
    private const double StrongWeight = 2.0;

    /// <summary>Built once per catalog version: an administrator's change brings new names and search words at once.</summary>
    private volatile ServiceIndex _index = new(catalog.Services);

    internal ServiceIndex Index
    {
        get
        {
            var services = catalog.Services;
            var index = _index;
            if (!ReferenceEquals(index.Services, services))
            {
                _index = index = new ServiceIndex(services);
            }

            return index;
        }
    }

    /// <summary>The services that match, best first; one clear winner comes alone. Kept for the dialogs' prompts.</summary>
    private const int MaxLength = 500;

    public IReadOnlyList<ServiceDefinition> Match(string text, string language) => Read(text, language).Services;

    public ServiceReading Read(string text, string language)
    {
        var index = Index;
        var ranked = Score(index, text, language).OrderByDescending(s => s.Score).ToList();
        if (ranked.Count == 0)
        {
            return new ServiceReading.None();
        }

        var best = ranked[0];
        var runnerUp = ranked.Count > 1 ? ranked[1].Score : 0;
        if (runnerUp < best.Score / 1.5)
        {
            return new ServiceReading.One(index.Services[best.Service], best.Coverage * (1 - 0.5 * runnerUp / best.Score));
        }

        var close = ranked.TakeWhile(s => s.Score >= best.Score * 0.6).Take(3).Select(s => index.Services[s.Service]).ToList();
        return new ServiceReading.Ambiguous(close, best.Coverage * 0.5);
    }

    /// <summary>
    /// Whether the text names a service outright: a whole name or search phrase is in it ("перенести вид на жительство
    /// в новый паспорт", "Übertrag in neuen Pass"), so a command word beside it ("move", "перенести") is not a command.
    /// </summary>
    public bool NamesService(string text, string language) => Score(Index, text, language).Any(s => s.Strong);

    private static List<ServiceScore> Score(ServiceIndex index, string text, string language)
    {
        var matched = new Dictionary<int, double>();
        // A service is named in a sentence or two; a long paste is cut so no text can make matching slow.
        foreach (var word in ServiceWords.Split(TextNormalizer.Normalize(text.Length > MaxLength ? text[..MaxLength] : text)).Distinct().Take(MaxWords))
        {
            foreach (var (w, quality) in index.Lookup(word))
            {
                matched[w] = Math.Max(quality, matched.GetValueOrDefault(w));
            }
        }

        var phrases = new Dictionary<int, PhraseMatch>();
        foreach (var (w, quality) in matched)
        {
            foreach (var p in index.PhrasesOfWord[w])
            {
                phrases[p] = phrases.GetValueOrDefault(p).Add(index.Weights[w], quality);
            }
        }

        var services = new Dictionary<int, ServiceScore>();
        foreach (var (p, match) in phrases)
        {
            var phrase = index.Phrases[p];
            var coverage = match.Found / phrase.Words.Length;
            if (coverage >= 0.5)
            {
                // Squared: a phrase found whole is worth far more than two phrases found half.
                var score = match.Weight * coverage * coverage * (phrase.Language == language ? OwnLanguageBonus : 1);
                var strong = match.Words == phrase.Words.Length && match.Weight >= StrongWeight;
                services[phrase.Service] = services.GetValueOrDefault(phrase.Service, new ServiceScore(phrase.Service)).Add(score, coverage, strong);
            }
        }

        return [.. services.Values];
    }

    private readonly record struct PhraseMatch(double Weight, double Found, int Words)
    {
        public PhraseMatch Add(double weight, double quality) => new(Weight + weight * quality, Found + quality, Words + 1);
    }

    /// <summary>A service's best phrase decides; its other phrases add a little, as more evidence of the same.</summary>
    private sealed record ServiceScore(int Service, double Best = 0, double Others = 0, double Coverage = 0, bool Strong = false)
    {
        private const double OtherPhrases = 0.1;

        public double Score => Best + OtherPhrases * Others;

        public ServiceScore Add(double score, double coverage, bool strong) => score > Best
            ? this with { Best = score, Others = Others + Best, Coverage = Math.Min(1, coverage), Strong = Strong || strong }
            : this with { Others = Others + score, Strong = Strong || strong };
    }
}
