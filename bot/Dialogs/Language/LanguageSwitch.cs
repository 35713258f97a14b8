using Termine.Bot.Dialogs.Services;

namespace Termine.Bot.Dialogs.Language;

/// <summary>
/// "English please", "können wir Deutsch sprechen?", "parlez-vous français ?", "Türkçe konuşabilir miyiz?",
/// "هل تتكلم العربية؟", "давайте на русском", "пишіть українською": a wish to change the language, recognised at any
/// step and whatever the current language. A language's name counts only with a request around it — words to speak or
/// write, "in"/"auf"/"на"/"بال" forms, or nothing but polite words — so "мой паспорт украинский" or "I need a German
/// course certificate" stay what they are, and a name said to be not understood ("I don't understand German") is skipped.
/// </summary>
public static class LanguageSwitch
{
    private const int MaxWords = 12;

    /// <summary>Short sentences in the form "in German" / "по-немецки" / "بالألمانية" are requests by themselves.</summary>
    private const int MaxWordsForMannerOnly = 6;

    private static readonly (string Language, string[] Names)[] Names =
    [
        ("de", ["deutsch", "german", "allemand", "almanca", "الألمانية", "بالألمانية", "بالالماني", "немецкий", "немецком", "немецки", "німецька", "німецькою", "німецькій", "німецьки"]),
        ("en", ["english", "englisch", "anglais", "ingilizce", "الإنجليزية", "بالإنجليزية", "بالانجليزي", "بالانكليزي", "الانكليزية", "английский", "английском", "английски", "англійська", "англійською", "англійській", "англійськи"]),
        ("fr", ["français", "french", "französisch", "fransızca", "الفرنسية", "بالفرنسية", "بالفرنسي", "французский", "французском", "французски", "французька", "французькою", "французькій", "французьки"]),
        ("tr", ["türkçe", "turkish", "türkisch", "turc", "التركية", "بالتركية", "بالتركي", "турецкий", "турецком", "турецки", "турецька", "турецькою", "турецькій", "турецьки"]),
        ("ar", ["العربية", "عربي", "بالعربي", "بالعربية", "arabic", "arabisch", "arabe", "arapça", "арабский", "арабском", "арабски", "арабська", "арабською", "арабській", "арабськи"]),
        ("ru", ["русский", "русском", "русски", "russian", "russisch", "russe", "rusça", "الروسية", "بالروسية", "بالروسي", "російська", "російською", "російській", "російськи"]),
        ("uk", ["українська", "українською", "українській", "українськи", "украинский", "украинском", "украински", "ukrainian", "ukrainisch", "ukrainien", "ukraynaca", "الأوكرانية", "بالأوكرانية", "بالاوكراني"]),
    ];

    private static readonly Dictionary<string, string> NameIndex = Names
        .SelectMany(n => n.Names.Select(name => (Name: TextNormalizer.Normalize(name), n.Language)))
        .ToDictionary(n => n.Name, n => n.Language);

    /// <summary>Beginnings of words that ask to speak, write, answer or change to a language.</summary>
    private static readonly string[] Cues = Normalized(
        "speak", "talk", "write", "switch", "change", "answer", "reply", "respond", "continue", "prefer", "rather",
        "sprech", "sprich", "schreib", "antwort", "wechsel", "umstell", "weiter", "lieber", "redet", "reden",
        "parl", "écri", "répond", "continu", "passer", "passons", "changer", "préf",
        "konuş", "yaz", "cevap", "devam", "geç", "değiştir",
        "تتكلم", "تكلم", "نتكلم", "تتحدث", "تحدث", "نتحدث", "اكتب", "تكتب", "تجيب", "أجب", "كلمني",
        "говор", "пиш", "напиш", "отвеч", "ответ", "давайт", "перейд", "перейт", "переключ", "продолж", "общат", "разговар",
        "розмовл", "відповід", "продовж", "спілку");

    /// <summary>Words that may stand beside a language's name in a request without changing what it is.</summary>
    private static readonly HashSet<string> Polite = [.. Normalized(
        "please", "pls", "plz", "only", "just", "yes", "ok", "okay", "then", "hello", "hi", "language", "with", "me", "us",
        "we", "can", "could", "do", "you", "to", "in", "instead", "thanks", "let's", "lets", "let", "and", "i", "would",
        "like", "want", "the", "a", "maybe", "better",
        "bitte", "nur", "ja", "dann", "hallo", "gerne", "gern", "sprache", "mit", "mir", "uns", "wir", "kann", "können",
        "sie", "du", "statt", "danke", "und", "ich", "möchte", "auf", "lieber", "doch", "besser", "vielleicht",
        "en", "s", "il", "s'il", "c'est", "vous", "plaît", "svp", "oui", "alors", "bonjour", "langue", "avec", "moi", "nous", "pouvez",
        "peux", "est", "ce", "que", "on", "merci", "et", "je", "voudrais", "plutôt", "tu",
        "lütfen", "evet", "tamam", "merhaba", "dil", "dilinde", "ile", "bize", "bana", "mi", "mu", "miyiz", "misiniz",
        "musunuz", "olur", "olsun", "ve", "ben", "istiyorum", "sadece",
        "من", "فضلك", "لو", "سمحت", "نعم", "مرحبا", "لغة", "باللغة", "اللغة", "لي", "هل", "انت", "شكرا", "و", "انا",
        "اريد", "ممكن", "يمكن", "فقط", "معي",
        "по", "на", "будь", "ласка", "пожалуйста", "да", "так", "привет", "привіт", "язык", "языке", "мова", "мовою",
        "мне", "мені", "нам", "можно", "можна", "ты", "вы", "ви", "спасибо", "дякую", "ну", "и", "і", "я", "хочу",
        "лучше", "краще", "вместо", "замість", "только", "лише", "со", "мной", "зі", "мною", "зи", "ли", "чи")];

    private static readonly HashSet<string> Negations = [.. Normalized(
        "not", "don't", "dont", "no", "can't", "cannot", "kein", "keine", "nicht", "pas", "ne", "n", "değil", "yok",
        "не", "ні", "لا", "ما", "لست")];

    public static string? Recognize(string? text)
    {
        var words = TextNormalizer.Normalize(text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxWords)
        {
            return null;
        }

        var named = Enumerable.Range(0, words.Length).Where(i => NameIndex.ContainsKey(words[i])).ToList();
        var wanted = named.Where(i => !IsNegated(words, i)).ToList();
        if (wanted.Count == 0)
        {
            return null;
        }

        var chosen = wanted[^1];
        var language = NameIndex[words[chosen]];
        var others = Enumerable.Range(0, words.Length).Where(i => !named.Contains(i)).Select(i => words[i]).ToList();

        // "I don't understand German, English please": one language refused, another asked for.
        var contrast = named.Count > wanted.Count;
        var request = others.Any(IsCue) || others.All(w => Polite.Contains(w) || IsCue(w));
        var manner = IsMannerForm(words, chosen) && words.Length <= MaxWordsForMannerOnly;
        return contrast || request || manner ? language : null;
    }

    /// <summary>
    /// The message without the languages' names, for reading what else it says: "Українською, будь ласка" asks for
    /// Ukrainian, not for the protection of people from Ukraine.
    /// </summary>
    public static string WithoutNames(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => !NameIndex.ContainsKey(TextNormalizer.Normalize(word))));

    private static bool IsCue(string word) => Cues.Any(c => word.StartsWith(c, StringComparison.Ordinal));

    /// <summary>A "not" just before the name, or a Turkish verb in the negative after it ("Almanca bilmiyorum").</summary>
    private static bool IsNegated(string[] words, int at) =>
        words.Skip(Math.Max(0, at - 2)).Take(Math.Min(2, at)).Any(Negations.Contains)
        || (at + 1 < words.Length && (words[at + 1].Contains("miyor", StringComparison.Ordinal) || words[at + 1].Contains("muyor", StringComparison.Ordinal)));

    /// <summary>"in English", "auf Deutsch", "en français", "на русском", "по-русски", "українською", "بالعربية".</summary>
    private static bool IsMannerForm(string[] words, int at) =>
        (at > 0 && words[at - 1] is "in" or "auf" or "en" or "на" or "по")
        || words[at].EndsWith("ою", StringComparison.Ordinal) || words[at].EndsWith("ски", StringComparison.Ordinal)
        || words[at].EndsWith("ськи", StringComparison.Ordinal) || words[at].StartsWith("بال", StringComparison.Ordinal);

    private static string[] Normalized(params string[] words) => [.. words.Select(TextNormalizer.Normalize)];
}
