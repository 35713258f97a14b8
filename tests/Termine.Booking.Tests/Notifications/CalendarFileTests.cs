using System.Globalization;
using System.Text.RegularExpressions;
using Termine.Booking.Notifications;

namespace Termine.Booking.Tests.Notifications;

/// <summary>
/// The calendar file is read by calendar programs, not people: whatever the culture of the thread that writes it, every
/// property Termine writes keeps RFC 5545's grammar.
/// </summary>
public sealed partial class CalendarFileTests
{
    public static TheoryData<string> Cultures => new() { "de-DE", "en-GB", "fr-FR", "tr-TR", "ar-SA", "ar-EG", "ru-RU", "uk-UA", "fa-IR" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Write_UnderAnyCulture_EveryPropertyKeepsTheGrammarOfRfc5545(string cultureName)
    {
        var text = WriteUnder(CultureInfo.GetCultureInfo(cultureName));

        AssertKeepsTheGrammar(text);
        Assert.Contains("SEQUENCE:3", Unfold(text));
    }

    /// <summary>Every property line of the file against RFC 5545's grammar; the e-mail tests check each language's file with it.</summary>
    internal static void AssertKeepsTheGrammar(string text)
    {
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.All(text.Split("\r\n"), line => Assert.True(System.Text.Encoding.UTF8.GetByteCount(line) <= 75, $"longer than 75 octets: {line}"));
        var lines = Unfold(text);
        Assert.All(lines.Where(IsText), line => Assert.Matches(TextValue(), line));
        Assert.All(lines, line => Assert.Matches(PropertyLine(), line));
        Assert.All(lines.Where(l => !IsText(l)), line => Assert.True(line.All(char.IsAscii), $"not ASCII: {line}"));
        Assert.All(lines.Where(l => l.StartsWith("RRULE:", StringComparison.Ordinal)), line => Assert.Matches(RecurrenceRule(), line));
        Assert.All(lines.Where(l => l.StartsWith("TZOFFSET", StringComparison.Ordinal)), line => Assert.Matches(UtcOffset(), line));
        Assert.All(lines.Where(l => l.StartsWith("DTSTART", StringComparison.Ordinal) || l.StartsWith("DTEND", StringComparison.Ordinal)),
            line => Assert.Matches(DateTimeValue(), line));
    }

    [Fact]
    public void Write_UnderArabic_IsTheSameFileAsUnderTheInvariantCulture()
    {
        Assert.Equal(WriteUnder(CultureInfo.InvariantCulture), WriteUnder(CultureInfo.GetCultureInfo("ar-SA")));
    }

    [Fact]
    public void Write_LeavesTheCallersCultureAsItWas()
    {
        var arabic = CultureInfo.GetCultureInfo("ar-SA");

        WriteUnder(arabic, after: () => Assert.Equal(arabic, CultureInfo.CurrentCulture));
    }

    private static string WriteUnder(CultureInfo culture, Action? after = null)
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try
        {
            var text = CalendarFileWriter.Write(
                "termine-test@example.org", "Termin — موعد", "Lindenstraße 16, 41515 Grevenbroich", "Bitte Pass mitbringen; \"Unterlagen\", 35 × 45 mm",
                new DateTimeOffset(2026, 12, 17, 9, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2026, 12, 17, 9, 30, 0, TimeSpan.FromHours(1)),
                "Europe/Berlin", "termine@rhein-kreis-neuss.de", 3, cancelled: false, new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
            after?.Invoke();
            return text;
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    /// <summary>Content lines with their folding undone (RFC 5545 3.1: CRLF followed by one space or tab continues a line).</summary>
    private static List<string> Unfold(string text) =>
        Regex.Replace(text, "\r\n[ \t]", "").Split("\r\n", StringSplitOptions.RemoveEmptyEntries).ToList();

    private static bool IsText(string line) =>
        line.StartsWith("SUMMARY", StringComparison.Ordinal) || line.StartsWith("LOCATION", StringComparison.Ordinal)
        || line.StartsWith("DESCRIPTION", StringComparison.Ordinal);

    /// <summary>name *(";" param) ":" value — names are IANA tokens (letters, digits, "-").</summary>
    [GeneratedRegex(@"^[A-Za-z0-9-]+(;[A-Za-z0-9-]+=(""[^""]*""|[^;:,""]*)(,(""[^""]*""|[^;:,""]*))*)*:.*$")]
    private static partial Regex PropertyLine();

    [GeneratedRegex(@"^RRULE:FREQ=(YEARLY|MONTHLY|WEEKLY|DAILY)(;(BYMONTH=\d{1,2}(,\d{1,2})*|BYDAY=[+-]?\d{0,2}(SU|MO|TU|WE|TH|FR|SA)(,[+-]?\d{0,2}(SU|MO|TU|WE|TH|FR|SA))*|BYHOUR=\d{1,2}|BYMINUTE=\d{1,2}|BYMONTHDAY=-?\d{1,2}|BYSETPOS=-?\d{1,3}|INTERVAL=\d+|COUNT=\d+|UNTIL=\d{8}(T\d{6}Z?)?|WKST=(SU|MO|TU|WE|TH|FR|SA)))*$")]
    private static partial Regex RecurrenceRule();

    [GeneratedRegex(@"^TZOFFSET(FROM|TO):[+-]\d{4}(\d{2})?$")]
    private static partial Regex UtcOffset();

    /// <summary>A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks written as \n.</summary>
    [GeneratedRegex(@"^[A-Z-]+(;[^:]*)?:([^\\;,]|\\[\\;,nN])*$")]
    private static partial Regex TextValue();

    [GeneratedRegex(@"^DT(START|END)(;TZID=[A-Za-z_/+-]+)?(;VALUE=DATE-TIME)?:\d{8}T\d{6}Z?$")]
    private static partial Regex DateTimeValue();
}
