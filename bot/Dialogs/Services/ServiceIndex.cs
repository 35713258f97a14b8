using Termine.Booking.Catalog;

namespace Termine.Bot.Dialogs.Services;

/// <summary>
/// The catalog's names and search words cut into words, built once per catalog version. A resident's word finds the
/// catalog words it may mean through lookups only — the same word, the same stem, a long shared beginning, or one or
/// two letters typed wrong (found through the words with letters deleted, as SymSpell does) — never by comparing it
/// with every word of the catalog.
/// </summary>
internal sealed class ServiceIndex
{
    private const int MinPrefix = 5;

    private readonly string[] _words;
    private readonly Dictionary<string, int> _wordIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byStemPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byDeletion = new(StringComparer.Ordinal);

    public ServiceIndex(IReadOnlyList<ServiceDefinition> services)
    {
        Services = services;
        var words = new List<string>();
        var phrases = new List<IndexedPhrase>();
        for (var s = 0; s < services.Count; s++)
        {
            foreach (var language in Termine.Booking.Languages.All)
            {
                var texts = services[s].KeywordsFor(language).Select(k => (Text: k, IsName: false))
                    .Prepend((services[s].Name[language], true));
                foreach (var (text, isName) in texts)
                {
                    var ids = ServiceWords.Split(TextNormalizer.Normalize(text)).Select(w => IdOf(w, words)).Distinct().ToArray();
                    if (ids.Length > 0)
                    {
                        phrases.Add(new IndexedPhrase(s, language, isName, ids));
                    }
                }
            }
        }

        _words = [.. words];
        Phrases = phrases;
        var phrasesOfWord = Enumerable.Range(0, _words.Length).Select(_ => new List<int>()).ToArray();
        for (var p = 0; p < phrases.Count; p++)
        {
            foreach (var w in phrases[p].Words)
            {
                phrasesOfWord[w].Add(p);
            }
        }

        PhrasesOfWord = phrasesOfWord;

        // Rare words say more: a word in one service's texts outweighs "Aufenthaltserlaubnis", which is in many.
        Weights = Enumerable.Range(0, _words.Length)
            .Select(w => Math.Log(1 + (double)services.Count / PhrasesOfWord[w].Select(p => phrases[p].Service).Distinct().Count()))
            .ToArray();
        for (var w = 0; w < _words.Length; w++)
        {
            AddLookups(w);
        }
    }

    public IReadOnlyList<ServiceDefinition> Services { get; }

    public IReadOnlyList<IndexedPhrase> Phrases { get; }

    public IReadOnlyList<int>[] PhrasesOfWord { get; }

    /// <summary>How much a catalog word tells about the service (an inverse document frequency over services).</summary>
    public double[] Weights { get; }

    public int VocabularySize => _words.Length;

    public string WordAt(int id) => _words[id];

    /// <summary>The catalog words a resident's word may mean, each with how sure that is (1 = the same word).</summary>
    public Dictionary<int, double> Lookup(string word)
    {
        var found = new Dictionary<int, double>();
        if (_wordIds.TryGetValue(word, out var exact))
        {
            found[exact] = 1.0;
        }

        var stem = ServiceWords.Stem(word);
        Add(found, _byStem.GetValueOrDefault(stem), 0.9);
        for (var length = stem.Length; length >= MinPrefix; length--)
        {
            if (_byStemPrefix.TryGetValue(stem[..length], out var sharing))
            {
                // A long shared beginning: "extend" and "extension", "verlängern" and "verlängerung".
                Add(found, sharing.Where(w => length >= 0.6 * Math.Max(stem.Length, ServiceWords.Stem(_words[w]).Length)), 0.75);
            }
        }

        if (word.Length >= 4)
        {
            foreach (var variant in Deletions(word, word.Length >= 8 ? 2 : 1).Prepend(word))
            {
                Add(found, _byDeletion.GetValueOrDefault(variant)?.Where(w => IsTypo(word, _words[w])), 0.8);
            }
        }

        return found;
    }

    /// <summary>How many catalog words the lookups of a word bring up for checking (to show they are few).</summary>
    public int Candidates(string word)
    {
        var stem = ServiceWords.Stem(word);
        var prefixes = Enumerable.Range(MinPrefix, Math.Max(0, stem.Length - MinPrefix + 1)).Select(l => stem[..l]);
        var variants = word.Length >= 4 ? Deletions(word, word.Length >= 8 ? 2 : 1).Prepend(word) : [];
        return _byStem.GetValueOrDefault(stem, []).Concat(prefixes.SelectMany(p => _byStemPrefix.GetValueOrDefault(p, [])))
            .Concat(variants.SelectMany(v => _byDeletion.GetValueOrDefault(v, []))).Distinct().Count();
    }

    private static void Add(Dictionary<int, double> found, IEnumerable<int>? words, double quality)
    {
        foreach (var w in words ?? [])
        {
            if (found.GetValueOrDefault(w) < quality)
            {
                found[w] = quality;
            }
        }
    }

    /// <summary>Damerau-Levenshtein ≤ 1 from five letters, ≤ 2 from nine: short words differ by one letter on purpose.</summary>
    private static bool IsTypo(string typed, string known)
    {
        var longer = Math.Max(typed.Length, known.Length);
        var allowed = longer >= 9 ? 2 : longer >= 5 ? 1 : 0;
        return Math.Min(typed.Length, known.Length) >= 4 && allowed > 0 && EditDistance.Within(typed, known, allowed);
    }

    private int IdOf(string word, List<string> words)
    {
        if (!_wordIds.TryGetValue(word, out var id))
        {
            id = words.Count;
            words.Add(word);
            _wordIds[word] = id;
        }

        return id;
    }

    private void AddLookups(int w)
    {
        var word = _words[w];
        var stem = ServiceWords.Stem(word);
        AddTo(_byStem, stem, w);
        for (var length = MinPrefix; length <= stem.Length; length++)
        {
            AddTo(_byStemPrefix, stem[..length], w);
        }

        if (word.Length >= 4)
        {
            foreach (var variant in Deletions(word, word.Length >= 8 ? 2 : 1).Prepend(word).Distinct())
            {
                AddTo(_byDeletion, variant, w);
            }
        }
    }

    private static void AddTo(Dictionary<string, List<int>> map, string key, int w)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (list.Count == 0 || list[^1] != w)
        {
            list.Add(w);
        }
    }

    private static IEnumerable<string> Deletions(string word, int depth)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var shorter = word.Remove(i, 1);
            yield return shorter;
            if (depth > 1)
            {
                foreach (var shortest in Deletions(shorter, depth - 1))
                {
                    yield return shortest;
                }
            }
        }
    }
}

/// <summary>A name or search phrase of one service in one language, as catalog word ids.</summary>
internal sealed record IndexedPhrase(int Service, string Language, bool IsName, int[] Words);
