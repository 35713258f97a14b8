using Termine.Booking.Localization;

namespace Termine.Booking.Tests.Localization;

public sealed class BidiTests
{
    [Fact]
    public void A_left_to_right_run_is_isolated_only_in_right_to_left_text()
    {
        Assert.Equal("\u20660151 23456789\u2069", Bidi.Ltr("0151 23456789", "ar"));
        Assert.Equal("0151 23456789", Bidi.Ltr("0151 23456789", "de"));
        Assert.Equal("", Bidi.Ltr("", "ar"));
    }

    [Fact]
    public void Typed_text_is_isolated_in_every_language_and_strip_gives_it_back()
    {
        var isolated = Bidi.Isolate("محمد علي");

        Assert.Equal("\u2068محمد علي\u2069", isolated);
        Assert.Equal("محمد علي", Bidi.Strip(isolated));
        Assert.Equal("Ruf \u2066+49\u2069 an", Bidi.Ltr("Ruf \u2066+49\u2069 an", "de"));
        Assert.Equal("Ruf +49 an", Bidi.Strip("Ruf \u2066+49\u2069 an\u200F"));
    }

    [Fact]
    public void Latin_names_and_measures_in_Arabic_text_are_runs_of_their_own()
    {
        var runs = Bidi.Runs("صورة بمقاس 35 × 45 ملم لدى (Ausländerbehörde des Rhein-Kreises Neuss).", "ar").ToList();

        Assert.Equal(
            [("صورة بمقاس ", false), ("35 × 45", true), (" ملم لدى (", false), ("Ausländerbehörde des Rhein-Kreises Neuss", true), (").", false)],
            runs);
        Assert.Equal([("35 × 45 mm (eAT)", false)], Bidi.Runs("35 × 45 mm (eAT)", "de").ToList());
    }
}
