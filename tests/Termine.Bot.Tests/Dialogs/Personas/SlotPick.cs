using System.Globalization;
using Microsoft.Bot.Schema;

namespace Termine.Bot.Tests.Dialogs.Personas;

/// <summary>How a persona names the slot it takes among those offered.</summary>
public abstract record SlotPick
{
    private SlotPick()
    {
    }

    /// <summary>What the persona sends to take offer <paramref name="index"/>.</summary>
    public abstract string Say(int index, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> offered, IReadOnlyList<CardAction> buttons);

    /// <summary>Taps the button: sends its value, as a channel does.</summary>
    public static SlotPick Button { get; } = new ByButton();

    /// <summary>"Den zweiten bitte": the template with the ordinal word of the offer's position.</summary>
    public static SlotPick Ordinal(string template, IReadOnlyList<string> words) => new ByOrdinal(template, words);

    /// <summary>"Um halb elf": the offer's time in words; a time offered twice is tapped instead, as people do.</summary>
    public static SlotPick Spoken(string language, string template) => new BySpokenTime(language, template);

    private static string Tap(int index, IReadOnlyList<CardAction> buttons) =>
        index < buttons.Count
            ? buttons[index].Value?.ToString() ?? buttons[index].Title
            : throw new InvalidOperationException($"The bot offered no button for slot {index + 1}.");

    private sealed record ByButton : SlotPick
    {
        public override string Say(int index, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> offered, IReadOnlyList<CardAction> buttons) =>
            Tap(index, buttons);
    }

    private sealed record ByOrdinal(string Template, IReadOnlyList<string> Words) : SlotPick
    {
        public override string Say(int index, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> offered, IReadOnlyList<CardAction> buttons) =>
            string.Format(CultureInfo.InvariantCulture, Template, Words[index]);
    }

    private sealed record BySpokenTime(string Language, string Template) : SlotPick
    {
        public override string Say(int index, IReadOnlyList<(DateTimeOffset Start, DateTimeOffset End)> offered, IReadOnlyList<CardAction> buttons)
        {
            var time = TimeOnly.FromDateTime(SlotWish.Local(offered[index].Start));
            var twice = offered.Count(s => TimeOnly.FromDateTime(SlotWish.Local(s.Start)) == time) > 1;
            return twice ? Tap(index, buttons) : string.Format(CultureInfo.InvariantCulture, Template, SpokenTime.Say(Language, time));
        }
    }
}

/// <summary>Ordinal words as residents write them, in the forms a slot choice takes.</summary>
public static class Ordinals
{
    public static readonly string[] GermanAccusative = ["ersten", "zweiten", "dritten", "vierten", "fünften"];
    public static readonly string[] GermanNominative = ["erste", "zweite", "dritte", "vierte", "fünfte"];
    public static readonly string[] English = ["first", "second", "third", "fourth", "fifth"];
    public static readonly string[] French = ["premier", "deuxième", "troisième", "quatrième", "cinquième"];
    public static readonly string[] FrenchFeminine = ["première", "deuxième", "troisième", "quatrième", "cinquième"];
    public static readonly string[] Turkish = ["birincisi", "ikincisi", "üçüncüsü", "dördüncüsü", "beşincisi"];
    public static readonly string[] TurkishPlain = ["ilk", "ikinci", "üçüncü", "dördüncü", "beşinci"];
    public static readonly string[] Arabic = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس"];
    public static readonly string[] ArabicFeminine = ["الأولى", "الثانية", "الثالثة", "الرابعة", "الخامسة"];
    public static readonly string[] Russian = ["первый", "второй", "третий", "четвёртый", "пятый"];
    public static readonly string[] RussianFeminine = ["первое", "второе", "третье", "четвёртое", "пятое"];
    public static readonly string[] Ukrainian = ["перший", "другий", "третій", "четвертий", "п'ятий"];
    public static readonly string[] UkrainianGenitive = ["першого", "другого", "третього", "четвертого", "п'ятого"];
}
