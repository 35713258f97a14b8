namespace Termine.Bot.Tests.Texts;

/// <summary>Every resx and catalog text passes the mechanical rules of docs/LANGUAGE.md, one language at a time.</summary>
public sealed class TextRulesTests
{
    public static TheoryData<string> Languages => new(ResidentTexts.Languages);

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_follows_its_languages_mechanical_rules(string language)
    {
        var texts = ResidentTexts.All().Where(t => t.Language == language).ToList();
        var failures = texts
            .SelectMany(t => TextRules.Check(language, t.Text).Select(problem => $"{t.Source} | {t.Key} | {language} | {problem} | {t.Text}"))
            .ToList();

        Assert.NotEmpty(texts);
        Assert.True(failures.Count == 0, $"{failures.Count} texts break the rules of docs/LANGUAGE.md:\n{string.Join("\n", failures)}");
    }

    [Theory]
    [InlineData("ru", "паспорт: Оригинал", "capital letter after a colon")]
    [InlineData("ru", "Обратитесь в Servicepoint.", "Latin-script words")]
    [InlineData("uk", "Обов'язково", "straight apostrophe")]
    [InlineData("uk", "Обовʼязково", "apostrophe other than")]
    [InlineData("uk", "Ваш прийом объявлено.", "Russian letter")]
    [InlineData("ru", "Ваш приём підтверджено.", "Ukrainian letter")]
    [InlineData("ar", "هل هذا صحيح?", "Latin comma")]
    [InlineData("de", "Bitte  kommen Sie.", "double space")]
    [InlineData("en", "Please bring \"this\".", "straight quote")]
    [InlineData("fr", "validité : original", "narrow no-break space")]
    [InlineData("ru", "Приём – в 10:00.", "spaced en dash")]
    public void A_broken_rule_is_named(string language, string text, string problem) =>
        Assert.Contains(TextRules.Check(language, text), p => p.Contains(problem, StringComparison.Ordinal));

    [Theory]
    [InlineData("ru", "Справка о регистрации (Meldebescheinigung): оригинал, QR-код, § 18a, K7MX-3PRT, name@example.com.")]
    [InlineData("uk", "Від вокзалу Гревенбройха (Grevenbroich) ідіть за вказівниками «Ausländerbehörde – Wartebereich» у застосунку Deutsche Bahn.")]
    [InlineData("ar", "دائرة شؤون الأجانب في مقاطعة راين-نويس — Ausländerbehörde des Rhein-Kreises Neuss, Lindenstraße 10, 41515 Grevenbroich")]
    [InlineData("fr", "validité\u202F: original, à 10:30\u202F!")]
    public void What_the_rules_allow_passes(string language, string text) =>
        Assert.Empty(TextRules.Check(language, text));
}
