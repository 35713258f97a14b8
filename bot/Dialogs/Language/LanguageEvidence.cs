using System.Globalization;

namespace Termine.Bot.Dialogs.Language;

/// <summary>
/// What a text shows of each of the seven languages: letters only one language writes (uk і ї є ґ and the apostrophe
/// inside a word, ru ы э ъ ё, tr ş ğ ı, de ä ö ü ß, fr é è ê à ç œ) and the small words each language uses all the time.
/// Names, e-mail addresses, numbers and dates are left out: they say nothing about the language someone writes.
/// </summary>
internal sealed class LanguageEvidence
{
    private static readonly Dictionary<string, HashSet<string>> FunctionWords = new()
    {
        ["uk"] = ["що", "як", "це", "мені", "мене", "треба", "будь", "ласка", "дякую", "вже", "й", "та", "до", "і", "є", "ви",
            "можна", "потрібно", "привіт", "добрий", "записатися", "прийом", "чи", "але", "також", "тому", "коли", "де", "бо",
            "якщо", "цей", "ця", "щоб", "тут", "зараз", "сьогодні", "завтра", "немає", "ні", "його", "її", "мій", "моя", "моє",
            "ваш", "від", "для", "про", "які", "який", "яка", "отримати", "хотів", "хотіла", "дуже", "лише", "ще"],
        ["ru"] = ["что", "как", "это", "мне", "меня", "нужно", "пожалуйста", "спасибо", "уже", "и", "если", "вы", "можно",
            "надо", "привет", "добрый", "записаться", "приём", "прием", "ли", "но", "тоже", "потому", "когда", "где", "чтобы",
            "здесь", "сейчас", "сегодня", "завтра", "нет", "да", "он", "она", "есть", "был", "была", "только", "ещё", "еще",
            "очень", "мой", "моя", "мое", "моё", "ваш", "от", "для", "про", "какие", "какой", "какая", "получить", "хотел",
            "хотела", "у", "здравствуйте", "можете", "вас"],
        ["ar"] = ["في", "من", "إلى", "الى", "على", "هل", "لا", "نعم", "أنا", "انا", "أريد", "اريد", "موعد", "هذا", "شكرا",
            "شكراً", "فضلك", "مرحبا", "أحتاج", "احتاج", "لدي", "عندي", "كيف", "متى", "أين", "ماذا", "لماذا", "مع", "عن"],
        ["de"] = ["ich", "und", "nicht", "ist", "bin", "der", "das", "ein", "eine", "einen", "mein", "meine", "möchte", "moechte",
            "brauche", "bitte", "danke", "termin", "wann", "habe", "haben", "mit", "für", "fuer", "auf", "zum", "zur", "wie",
            "kann", "können", "koennen", "ja", "nein", "auch", "noch", "schon", "heute", "morgen", "guten", "hallo", "sie", "wir",
            "mir", "mich", "es", "gibt", "oder", "aber", "wo", "sehr", "vielen", "dank", "nächste", "woche", "sprechen", "einem"],
        ["en"] = ["i", "the", "and", "is", "am", "are", "my", "want", "would", "like", "need", "please", "thank", "thanks",
            "you", "have", "can", "could", "to", "of", "for", "with", "what", "when", "where", "how", "hello", "hi",
            "appointment", "yes", "this", "that", "it", "do", "does", "not", "next", "week", "today", "tomorrow", "book", "help",
            "speak", "we", "your", "me", "i'm", "don't", "an"],
        ["fr"] = ["je", "j", "le", "la", "les", "et", "est", "suis", "mon", "ma", "mes", "voudrais", "veux", "besoin", "merci",
            "bonjour", "pour", "avec", "une", "un", "des", "du", "vous", "nous", "pas", "oui", "non", "rendez", "quand", "où",
            "comment", "aujourd", "demain", "semaine", "prochaine", "il", "plaît", "plait", "c'est", "qu", "parlez", "au", "ai", "l", "d",
            "ce", "votre", "s"],
        ["tr"] = ["ben", "bir", "ve", "bu", "için", "icin", "istiyorum", "lazım", "lazim", "lütfen", "lutfen", "teşekkür",
            "tesekkur", "teşekkürler", "merhaba", "randevu", "almak", "evet", "hayır", "hayir", "var", "yok", "nasıl", "nasil",
            "zaman", "yarın", "bugün", "benim", "değil", "mi", "mı", "ile", "gibi", "çok", "sadece", "musunuz", "miyiz", "bana"],
    };

    private LanguageEvidence(Dictionary<string, double> scores, int words, string? script)
    {
        Scores = scores;
        Words = words;
        Script = script;
    }

    /// <summary>Points per language: two for a word with letters only that language writes, one and a half for a small word.</summary>
    public IReadOnlyDictionary<string, double> Scores { get; }

    /// <summary>The words that are words (no numbers, dates, addresses).</summary>
    public int Words { get; }

    /// <summary>"ar" or "cyrillic" when most letters are in that script, else null (Latin).</summary>
    public string? Script { get; }

    public double this[string language] => Scores.GetValueOrDefault(language);

    private const int MaxLength = 500;

    public static LanguageEvidence Of(string? text)
    {
        var scores = Termine.Booking.Languages.All.ToDictionary(l => l, _ => 0.0);
        // Evidence comes from the first sentences; a long paste adds nothing but time.
        var words = WordsOf(text is { Length: > MaxLength } ? text[..MaxLength] : text ?? "").ToList();
        foreach (var word in words)
        {
            // French and English elide ("j'ai", "s'il", "don't"): the parts are small words too.
            IEnumerable<string> parts = word.Contains('\'') && !word.Any(IsCyrillic) ? word.Split('\'').Append(word) : [word];
            foreach (var (language, smallWords) in FunctionWords)
            {
                if (parts.Any(smallWords.Contains))
                {
                    scores[language] += 1.5;
                }
            }

            if (LettersOf(word) is { } language2)
            {
                scores[language2] += 2;
            }
        }

        var letters = words.SelectMany(w => w).Where(char.IsLetter).ToList();
        var script = letters.Count(c => c is >= '\u0600' and <= '\u06FF') * 2 > letters.Count && letters.Count > 0 ? "ar"
            : letters.Count(c => c is >= '\u0400' and <= '\u04FF') * 2 > letters.Count && letters.Count > 0 ? "cyrillic"
            : null;
        return new LanguageEvidence(scores, words.Count, script);
    }

    private static string? LettersOf(string word) =>
        word.IndexOfAny(['і', 'ї', 'є', 'ґ']) >= 0 || IsCyrillicWithApostrophe(word) ? "uk"
        : word.IndexOfAny(['ы', 'э', 'ъ', 'ё']) >= 0 ? "ru"
        : word.IndexOfAny(['ş', 'ğ', 'ı']) >= 0 ? "tr"
        : word.IndexOfAny(['ä', 'ß']) >= 0 ? "de"
        : word.IndexOfAny(['é', 'è', 'ê', 'à', 'ù', 'œ', 'â', 'î', 'ô']) >= 0 ? "fr"
        : null;

    private static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private static bool IsCyrillicWithApostrophe(string word) =>
        word.Any(IsCyrillic) && word.IndexOfAny(['\'', '’', 'ʼ']) is > 0 and var at && at < word.Length - 1;

    /// <summary>Lower-case words without numbers, dates, e-mail or web addresses; elisions stay whole ("c'est").</summary>
    private static IEnumerable<string> WordsOf(string text)
    {
        foreach (var raw in text.ToLower(CultureInfo.InvariantCulture).Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.Contains('@') || raw.Contains("://", StringComparison.Ordinal) || raw.Any(char.IsDigit))
            {
                continue;
            }

            var word = raw.Trim(',', '.', '!', '?', '؟', '،', ';', ':', '"', '«', '»', '(', ')', '¿', '¡', '-');
            if (word.Length > 0 && word.Any(char.IsLetter))
            {
                yield return word.Replace('’', '\'');
            }
        }
    }
}
