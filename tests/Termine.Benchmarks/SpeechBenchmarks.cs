using BenchmarkDotNet.Attributes;
using Termine.Bot.Dialogs.Replies;

namespace Termine.Benchmarks;

/// <summary>
/// Issue 15: what a message's <c>speak</c> costs, warm, per language: <see cref="Speech.Ssml"/> for the longest
/// message of a journey (a service's documents, read line by line with symbols, units and German terms) and for the
/// summary (an e-mail address, a phone number, five lines).
/// </summary>
[Config(typeof(DateResolutionConfig))]
[MemoryDiagnoser]
public class SpeechBenchmarks
{
    private const string Documents =
        "Extend a residence permit\n\nBook this appointment if your residence permit will expire soon (Fiktionsbescheinigung).\n\n"
        + "Please bring the following to your appointment:\n"
        + "• Valid passport: Original, for every person applying, including children.\n"
        + "• Biometric passport photo: 35 × 45 mm, not older than 6 months, one per person.\n"
        + "• Current residence permit: Your residence card (eAT) and any supplementary sheet (Zusatzblatt), in the original.\n"
        + "• Proof of income: Your last 3 payslips; if self-employed, your latest tax assessment (§ 9 AufenthG).\n"
        + "• Rental contract or landlord’s confirmation (Wohnungsgeberbestätigung): size of your home and rent.";

    private const string Summary =
        "Please check your details:\nService: Extend a residence permit\nDate and time: Tuesday 1 December 2026 at 09:00\n"
        + "Number of people: 1\nName: \u2068Amina Haddad\u2069\nDate of birth: 17 May 1990\nEmail: amina.haddad@example.org\n"
        + "Phone: +4915123456789\nIs everything correct?";

    [Params("en", "ar")]
    public string Language { get; set; } = "en";

    [GlobalSetup]
    public void SetUp()
    {
        var spoken = Speech.Ssml(Documents, Language, []);
        Console.WriteLine($"// {Language}: {spoken.Length} characters of SSML for {Documents.Length} of text");
    }

    [Benchmark(Description = "Speech.Ssml documents")]
    public string DocumentsSpeak() => Speech.Ssml(Documents, Language, []);

    [Benchmark(Description = "Speech.Ssml summary")]
    public string SummarySpeak() => Speech.Ssml(Summary, Language, [new("Yes", "Yes"), new("No", "No")]);
}
