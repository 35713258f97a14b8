using System.Xml.Linq;
using Termine.Booking.Localization;
using Termine.Bot.Dialogs.Replies;

namespace Termine.Bot.Tests.Dialogs.Voice;

/// <summary>How one text is read: symbols, abbreviations, numbers, addresses and German terms, per language.</summary>
public sealed class SpeechTests
{
    public static TheoryData<string, string, string> Lines => new()
    {
        { "de", "35 × 45 mm, nicht älter als 6 Monate", "35 mal 45 Millimeter, nicht älter als 6 Monate" },
        { "en", "35 × 45 mm, not older than 6 months", "35 by 45 millimetres, not older than 6 months" },
        { "fr", "35 × 45 mm, de moins de 6 mois", "35 sur 45 millimètres, de moins de 6 mois" },
        { "tr", "35 × 45 mm, 6 aydan eski olmamalı", "35’e 45 milimetre, 6 aydan eski olmamalı" },
        { "ar", "بمقاس 35 × 45 ملم", "بمقاس 35 في 45 ملليمترًا" },
        { "ru", "35 × 45 мм, не старше 6 месяцев", "35 на 45 миллиметров, не старше 6 месяцев" },
        { "uk", "32 × 42 мм", "32 на 42 міліметри" },
        { "de", "nach § 9a AufenthG, z. B. Nr. 3", "nach Paragraf 9a Aufenthaltsgesetz, zum Beispiel Nummer 3" },
        { "en", "Temporary protection (§ 24), e.g. €29", "Temporary protection (section 24), for example 29 euros" },
        { "ru", "через три года (§ 18c), например № 3", "через три года (параграф 18c), например номер 3" },
        { "de", "Montag 8–12 und 13–15:30 Uhr", "Montag 8 bis 12 und 13 bis 15:30 Uhr" },
        { "en", "Monday 8:00–12:00", "Monday 8:00 to 12:00" },
        { "fr", "lundi 8:00–12:00", "lundi de 8:00 à 12:00" },
        { "tr", "pazartesi 8:00–12:00", "pazartesi 8:00 ile 12:00 arası" },
        { "ar", "الاثنين 8:00–12:00", "الاثنين من 8:00 إلى 12:00" },
        { "ru", "номер из 6–15 цифр, понедельник 8:00–12:00", "номер от 6 до 15 цифр, понедельник с 8:00 до 12:00" },
        { "uk", "понеділок 8:00–12:00", "понеділок з 8:00 до 12:00" },
        { "en", "Your residence card (eAT) – in the original", "Your residence card, in the original" },
        { "en", "Please type your name.", "Please say or type your name." },
        { "de", "Schreiben Sie es einfach.", "Sagen oder schreiben Sie es einfach." },
        { "fr", "Écrivez-le simplement.", "Dites-le ou écrivez-le simplement." },
        { "uk", "Просто напишіть.", "Просто скажіть або напишіть." },
        { "en", "Open https://termine.example/appointment/abc.", "Open the link in the email." },
        { "en", "for example name@example.com.", "for example name at example dot com." },
        { "ru", "1 декабря 2026 г., в 08:30", "1 декабря 2026 года, в 08:30" },
        { "uk", "1 грудня 2026 р. о 08:30, протягом 10 хв.", "1 грудня 2026 року о 08:30, протягом 10 хвилин" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void A_line_is_read_in_words(string language, string written, string spoken) =>
        Assert.Equal(spoken, SpeechLine.Render(written, language));

    [Theory]
    [InlineData("en", "Your booking reference is K7MX-3PRT.", "K7MX3PRT")]
    [InlineData("ar", "رقم الحجز الخاص بكم هو \u2066K7MX-3PRT\u2069.", "K7MX3PRT")]
    public void A_reference_is_spelled_character_by_character(string language, string written, string characters) =>
        Assert.Contains($"<say-as interpret-as=\"characters\">{characters}</say-as>", SpeechLine.Render(written, language), StringComparison.Ordinal);

    [Theory]
    [InlineData("de", "Telefon: +4915123456789", "+49 1512 3456789")]
    [InlineData("en", "call us on 02181 601-0: Monday", "02181 601-0")]
    public void A_phone_number_is_read_in_digit_groups(string language, string written, string number) =>
        Assert.Contains($"<say-as interpret-as=\"telephone\">{number}</say-as>", SpeechLine.Render(written, language), StringComparison.Ordinal);

    [Theory]
    [InlineData("en", "the Foreigners’ Authority (Ausländerbehörde) of the Rhein-Kreis Neuss", "Ausländerbehörde", "Rhein-Kreis Neuss")]
    [InlineData("fr", "Attestation provisoire (Fiktionsbescheinigung)", "Fiktionsbescheinigung", null)]
    [InlineData("tr", "Adresimiz: Ausländerbehörde (Yabancılar Dairesi) des Rhein-Kreises Neuss, Lindenstraße 10, 41515 Grevenbroich", "des Rhein-Kreises Neuss", "Lindenstraße 10, 41515 Grevenbroich")]
    [InlineData("ar", "عنواننا: Lindenstraße 10، 41515 Grevenbroich", "Lindenstraße 10، 41515 Grevenbroich", null)]
    [InlineData("ru", "по телефону, (Daueraufenthalt – EU)", "Daueraufenthalt, EU", null)]
    public void German_terms_are_read_by_a_German_voice(string language, string written, string term, string? second)
    {
        var spoken = SpeechLine.Render(written, language);
        Assert.Contains($"<lang xml:lang=\"de-DE\">{term}</lang>", spoken, StringComparison.Ordinal);
        if (second is not null)
        {
            Assert.Contains($"<lang xml:lang=\"de-DE\">{second}</lang>", spoken, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void What_a_resident_typed_is_escaped_and_never_rewritten()
    {
        var spoken = Speech.Ssml($"Name: {Bidi.Isolate("Type <audio src=\"x\"/> & z. B. 35 × 45 mm")}\nIs everything correct?", "en", []);

        var document = XDocument.Parse(spoken);
        Assert.DoesNotContain(document.Descendants(), e => e.Name.LocalName == "audio");
        Assert.Contains("Type &lt;audio src=\"x\"/&gt; &amp; z. B. 35 × 45 mm", document.ToString(SaveOptions.DisableFormatting).Replace("&quot;", "\"", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain(spoken, c => c is '\u2066' or '\u2068' or '\u2069');
    }

    [Fact]
    public void A_summary_is_read_line_by_line_with_pauses()
    {
        var spoken = Speech.Ssml("Please check your details:\nService: Extend a residence permit\nName: Amina Haddad\nIs everything correct?", "en", []);

        Assert.Contains("Please check your details:<break strength=\"medium\"/>Service: Extend a residence permit.<break strength=\"medium\"/>Name: Amina Haddad.<break strength=\"medium\"/>Is everything correct?", spoken, StringComparison.Ordinal);
        Assert.StartsWith("<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"en-GB\">", spoken, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "Just say the number, for example 1, 2, 3 or 4.")]
    [InlineData("de", "Sagen Sie einfach die Zahl, zum Beispiel 1, 2, 3 oder 4.")]
    [InlineData("ar", "يكفي أن تذكروا العدد، مثلًا 1، 2، 3 أو 4.")]
    public void Number_buttons_are_said_as_a_person_would(string language, string said)
    {
        var spoken = Speech.Ssml("?", language, [new("1", "1"), new("2", "2"), new("3", "3"), new("4", "4")]);

        Assert.Contains(said, spoken, StringComparison.Ordinal);
        Assert.DoesNotContain("1: 1", spoken, StringComparison.Ordinal);
    }

    [Fact]
    public void Slot_buttons_say_the_shared_day_once_and_yes_no_buttons_are_not_read()
    {
        var slots = Speech.Ssml("Which one suits you?", "en",
            [new("Tuesday 1 December 2026 at 08:00", "a"), new("Tuesday 1 December 2026 at 09:00", "b"), new("Another day", "c")]);
        var confirm = Speech.Ssml("Is everything correct?", "en", [new("Yes", "Yes"), new("No", "No")]);

        Assert.Contains("You can choose: Tuesday 1 December 2026 at 08:00, 09:00 or Another day.", slots, StringComparison.Ordinal);
        Assert.DoesNotContain("Yes", confirm, StringComparison.Ordinal);
    }
}
