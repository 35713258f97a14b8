namespace Termine.Bot.Dialogs.Services;

/// <summary>
/// Cuts normalised text into the words that can name a service: small words of the seven languages are dropped,
/// elisions ("d'établissement", "almanya'da") split, and each word gets a light stem, so "verlängern" meets
/// "verlängerung", "продлить" meets "продление" and "الإقامة" meets "إقامتي" without a dictionary per language.
/// </summary>
internal static class ServiceWords
{
    /// <summary>Words that say nothing about which service is meant, in all seven languages (normalised forms).</summary>
    private static readonly HashSet<string> StopWords =
    [
        // de
        "der", "die", "das", "des", "dem", "den", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder", "zu",
        "zum", "zur", "fur", "von", "vom", "mit", "im", "in", "am", "an", "auf", "aus", "bei", "ist", "sind", "bin", "ich",
        "mich", "mir", "mein", "meine", "meinen", "meiner", "meines", "wir", "sie", "ihr", "es", "er", "bitte",
        "um", "als", "auch", "noch", "schon", "nicht", "hallo", "guten", "tag", "termin", "moechte", "mochte", "will",
        "brauche", "habe", "hat", "haben", "soll", "wird", "bald", "wie", "was", "kann", "ja", "nein", "so", "bis",
        // en
        "a", "an", "the", "of", "for", "to", "on", "at", "my", "me", "i", "we", "you", "your", "is", "are", "am", "be",
        "have", "has", "had", "need", "want", "wants", "would", "like", "please", "hello", "hi", "and", "or", "with",
        "from", "about", "this", "that", "it", "do", "can", "appointment", "soon", "our", "will", "just", "some", "m", "s",
        // fr
        "le", "la", "les", "un", "une", "des", "du", "de", "d", "l", "au", "aux", "et", "ou", "pour", "mon", "ma", "mes",
        "je", "j", "moi", "est", "suis", "ai", "bonjour", "rendez", "vous", "voudrais", "veux", "besoin", "il", "plait",
        "en", "dans", "sur", "avec", "qu", "que", "mais", "bientot",
        // tr
        "bir", "ve", "ile", "icin", "bu", "su", "ben", "benim", "da", "mi", "mu", "ki", "cok", "lutfen", "merhaba",
        "randevu", "istiyorum", "lazim", "gerek", "gerekiyor", "yakinda",
        // ar
        "في", "من", "الي", "على", "علي", "عن", "و", "يا", "انا", "اريد", "موعد", "لي", "مع", "هذا", "هذه", "ان", "او",
        "مرحبا", "لو", "سمحت", "قريبا",
        // ru
        "и", "в", "во", "на", "с", "со", "к", "по", "о", "об", "для", "из", "у", "я", "мне", "меня", "мой", "моя", "мое",
        "мои", "мою", "это", "что", "как", "не", "а", "но", "же", "бы", "ли", "хочу", "нужно", "надо", "пожалуйста",
        "здравствуйте", "запись", "записаться", "скоро",
        // uk
        "і", "й", "та", "з", "із", "до", "про", "від", "мені", "мене", "мій", "моє", "мої", "це", "що", "як", "але", "б",
        "чи", "треба", "потрібно", "будь", "ласка", "добрий", "день", "запис", "записатися", "незабаром",
    ];

    private static readonly string[] LatinEndings =
    [
        "ungen", "ation", "ement", "ions", "ung", "ern", "ing", "ion", "ler", "lar", "nin", "nun", "en", "er", "es", "em",
        "ed", "si", "e", "s", "n", "i", "u",
    ];

    private static readonly string[] CyrillicEndings =
    [
        "ування", "ювання", "ением", "ення", "ання", "іння", "ение", "ения", "ении", "ость", "ости", "ість", "ості",
        "ться", "тися", "ами", "ями", "ого", "ому", "его", "ему", "ими", "ыми", "ити", "ати", "ить", "ать", "ять", "іть",
        "ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "их", "ых", "ам", "ям", "ах", "ях", "ов", "ев",
        "ом", "ем", "ей", "ют", "ут", "ит", "ет", "ся", "сь", "а", "я", "о", "е", "и", "ы", "у", "ю", "ь", "й", "і", "ї", "є",
    ];

    private static readonly string[] ArabicArticles = ["وال", "بال", "كال", "فال", "لل", "ال"];

    private static readonly string[] ArabicEndings = ["ها", "هم", "كم", "نا", "ات", "ين", "ون", "ي", "ه", "ت"];

    /// <summary>The words of a normalised text (see <see cref="TextNormalizer"/>) that can carry meaning.</summary>
    public static IEnumerable<string> Split(string normalized)
    {
        foreach (var raw in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // Ukrainian writes the apostrophe inside words (сім'ї); Latin languages elide (d'établissement, almanya'da).
            var parts = raw.Any(IsCyrillic) ? [raw.Replace("'", "", StringComparison.Ordinal)] : raw.Split('\'');
            foreach (var word in parts)
            {
                if (word.Length > 0 && (word.Length > 1 || char.IsDigit(word[0])) && !StopWords.Contains(word))
                {
                    yield return word;
                }
            }
        }
    }

    /// <summary>The word without its most likely grammatical ending; short words stay as they are.</summary>
    public static string Stem(string word)
    {
        if (word.Any(IsArabic))
        {
            return StemArabic(word);
        }

        var (endings, minimum) = word.Any(IsCyrillic) ? (CyrillicEndings, 3) : (LatinEndings, 4);
        foreach (var ending in endings)
        {
            if (word.Length - ending.Length >= minimum && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    private static string StemArabic(string word)
    {
        foreach (var article in ArabicArticles)
        {
            if (word.Length - article.Length >= 3 && word.StartsWith(article, StringComparison.Ordinal))
            {
                word = word[article.Length..];
                break;
            }
        }

        foreach (var ending in ArabicEndings)
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF';
}
