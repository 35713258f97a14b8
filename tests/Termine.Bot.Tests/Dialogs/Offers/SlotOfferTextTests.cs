using Termine.Booking.Scheduling;
using Termine.Bot.Dialogs.Booking.Offers;

namespace Termine.Bot.Tests.Dialogs.Offers;

/// <summary>The sentence before the buttons for every obstacle, in every language, without a database.</summary>
public sealed class SlotOfferTextTests
{
    private static readonly IReadOnlyList<OpenStretch> Monday = [new(new(8, 0), new(12, 0)), new(new(13, 0), new(15, 30))];
    private static readonly IReadOnlyList<OpenStretch> Wednesday = [new(new(8, 0), new(12, 0))];

    /// <summary>Tuesday 22 December 2026, 10:00 and 14:00 in Grevenbroich.</summary>
    private static readonly Slot Morning = new(new(2026, 12, 22, 10, 0, 0, TimeSpan.FromHours(1)), new(2026, 12, 22, 10, 30, 0, TimeSpan.FromHours(1)), 1);
    private static readonly Slot Afternoon = new(new(2026, 12, 22, 14, 0, 0, TimeSpan.FromHours(1)), new(2026, 12, 22, 14, 30, 0, TimeSpan.FromHours(1)), 1);

    [Theory]
    [InlineData("de", "Montags öffnen wir erst um 8:00 Uhr.")]
    [InlineData("en", "On Mondays we open at 08:00.")]
    [InlineData("fr", "Le lundi, nous n’ouvrons qu’à 8 h 00.")]
    [InlineData("tr", "Pazartesileri açılış saatimiz 08:00.")]
    [InlineData("ar", "نفتح أيام الاثنين ابتداءً من الساعة 08:00.")]
    [InlineData("ru", "По понедельникам мы открываемся только в 8:00.")]
    [InlineData("uk", "По понеділках ми відчиняємося лише о 8:00.")]
    public void BeforeOpening_SaysWhenWeOpen(string language, string expected) =>
        Assert.Equal(expected, SlotOfferText.Reason(new WishObstacle.OutsideOpeningHours(DayOfWeek.Monday, new(7, 0), Monday), language));

    [Theory]
    [InlineData("de", "Montags ist von 12:00 bis 13:00 Uhr Mittagspause.")]
    [InlineData("en", "On Mondays we are closed for lunch from 12:00 to 13:00.")]
    [InlineData("fr", "Le lundi, nous sommes fermés pour la pause de midi de 12 h 00 à 13 h 00.")]
    [InlineData("tr", "Pazartesileri 12:00 ile 13:00 arası öğle arasındayız.")]
    [InlineData("ar", "لدينا أيام الاثنين استراحة غداء من الساعة 12:00 حتى الساعة 13:00.")]
    [InlineData("ru", "По понедельникам с 12:00 до 13:00 у нас обеденный перерыв.")]
    [InlineData("uk", "По понеділках з 12:00 до 13:00 у нас обідня перерва.")]
    public void InTheLunchBreak_SaysTheBreak(string language, string expected)
    {
        Assert.Equal(expected, SlotOfferText.Reason(new WishObstacle.OutsideOpeningHours(DayOfWeek.Monday, new(12, 30), Monday), language));
        // Too close to noon for a 30-minute appointment: the break is still the reason.
        Assert.Equal(expected, SlotOfferText.Reason(new WishObstacle.OutsideOpeningHours(DayOfWeek.Monday, new(11, 45), Monday), language));
    }

    [Theory]
    [InlineData("de", "Montags haben wir nur bis 15:30 Uhr geöffnet.")]
    [InlineData("ru", "По понедельникам мы работаем только до 15:30.")]
    [InlineData("tr", "Pazartesileri kapanış saatimiz 15:30.")]
    public void EveningOnAMonday_SaysWhenWeClose(string language, string expected) =>
        Assert.Equal(expected, SlotOfferText.Reason(new WishObstacle.ClosedPartOfDay(DayOfWeek.Monday, DayPart.Evening, Monday), language));

    [Theory]
    [InlineData("de", "Freitags haben wir nur vormittags geöffnet.")]
    [InlineData("en", "On Fridays we are open only in the morning.")]
    [InlineData("fr", "Le vendredi, nous ne sommes ouverts que le matin.")]
    [InlineData("tr", "Cumaları yalnızca öğleden önce açığız.")]
    [InlineData("ar", "نفتح أيام الجمعة قبل الظهر فقط.")]
    [InlineData("ru", "По пятницам мы работаем только до обеда.")]
    [InlineData("uk", "По п’ятницях ми працюємо лише до обіду.")]
    public void FridayAfternoon_SaysMorningsOnly(string language, string expected) =>
        Assert.Equal(expected, SlotOfferText.Reason(new WishObstacle.ClosedPartOfDay(DayOfWeek.Friday, DayPart.Afternoon, Wednesday), language));

    [Theory]
    [InlineData("de", "Am 24. Dezember (Heiligabend) haben wir geschlossen.")]
    [InlineData("en", "On 24 December (Christmas Eve) we are closed.")]
    [InlineData("fr", "Le 24 décembre (veille de Noël), le service est fermé.")]
    [InlineData("tr", "24 Aralık (Noel Arifesi) kapalıyız.")]
    [InlineData("ar", "المكتب مغلق يوم 24 ديسمبر (ليلة عيد الميلاد).")]
    [InlineData("ru", "24 декабря (Сочельник) ведомство не работает.")]
    [InlineData("uk", "24 грудня (Святвечір) відомство не працює.")]
    public void ChristmasEve_IsClosedByCustomNotAPublicHoliday(string language, string expected) =>
        Assert.Equal(expected, SlotOfferText.Reason(new WishObstacle.Holiday(new(2026, 12, 24), HolidayKind.ChristmasEve), language));

    [Theory]
    [InlineData("de", "Am Freitag, 18. Dezember, haben wir geschlossen.")]
    [InlineData("en", "On Friday 18 December we are closed.")]
    [InlineData("fr", "Le vendredi 18 décembre, le service est fermé.")]
    [InlineData("tr", "18 Aralık Cuma günü kapalıyız.")]
    [InlineData("ar", "المكتب مغلق يوم الجمعة 18 ديسمبر.")]
    [InlineData("ru", "В пятницу, 18 декабря, ведомство не работает.")]
    [InlineData("uk", "У п’ятницю, 18 грудня, відомство не працює.")]
    public void ConfiguredClosingDay_NamesTheDay(string language, string expected) =>
        Assert.Equal(expected, SlotOfferText.Reason(new WishObstacle.ClosingDay(new(2026, 12, 18)), language));

    [Theory]
    [InlineData("de", "Vom 14. Dezember bis zum 18. Dezember ist nachmittags schon alles ausgebucht.")]
    [InlineData("en", "From 14 December to 18 December we are already fully booked in the afternoon.")]
    [InlineData("fr", "Du 14 décembre au 18 décembre, tout est déjà complet l’après-midi.")]
    [InlineData("tr", "14 Aralık ile 18 Aralık arasında öğleden sonra tüm randevular dolu.")]
    [InlineData("ar", "جميع المواعيد من 14 ديسمبر حتى 18 ديسمبر بعد الظهر محجوزة بالفعل.")]
    [InlineData("ru", "С 14 декабря по 18 декабря после обеда всё уже занято.")]
    [InlineData("uk", "З 14 грудня по 18 грудня після обіду усе вже зайнято.")]
    public void FullyBookedWeek_NamesTheDaysAndThePart(string language, string expected) =>
        Assert.Equal(expected, SlotOfferText.Reason(new WishObstacle.FullyBooked(new(2026, 12, 14), new(2026, 12, 18), DayPart.Afternoon), language));

    [Theory]
    [InlineData("de", "Am Donnerstag, 17. Dezember, ist zu dieser Uhrzeit schon alles ausgebucht.")]
    [InlineData("en", "On Thursday 17 December we are already fully booked at that time.")]
    [InlineData("fr", "Le jeudi 17 décembre, tout est déjà complet à cette heure-là.")]
    [InlineData("tr", "17 Aralık Perşembe günü bu saatte tüm randevular dolu.")]
    [InlineData("ar", "جميع المواعيد يوم الخميس 17 ديسمبر في هذا الوقت محجوزة بالفعل.")]
    [InlineData("ru", "В четверг, 17 декабря, на это время всё уже занято.")]
    [InlineData("uk", "У четвер, 17 грудня, на цей час усе вже зайнято.")]
    public void FullyBookedAtAClockTime_SaysAtThatTime(string language, string expected) =>
        Assert.Equal(expected, SlotOfferText.Reason(new WishObstacle.FullyBooked(new(2026, 12, 17), new(2026, 12, 17), null, AtWishedTime: true), language));

    [Theory]
    [InlineData("de", "Eine Woche später (Dienstag, 22. Dezember) hätte ich noch frei")]
    [InlineData("en", "A week later (Tuesday 22 December) I still have appointments available")]
    [InlineData("fr", "Une semaine plus tard (mardi 22 décembre), il reste des créneaux disponibles")]
    [InlineData("tr", "Bir hafta sonra (22 Aralık Salı) boş randevu var")]
    [InlineData("ar", "يتوفر بعد أسبوع (الثلاثاء 22 ديسمبر)")]
    [InlineData("ru", "Через неделю (вторник, 22 декабря) свободно")]
    [InlineData("uk", "Через тиждень (вівторок, 22 грудня) вільно")]
    public void NextWeek_NamesTheDayWithItsWeekday(string language, string expected) =>
        Assert.Equal(expected, SlotOfferText.Lead(new AlternativeGroup(WishChange.SameWeekdayNextWeek, [Morning]), language));

    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("tr")]
    [InlineData("ar")]
    [InlineData("ru")]
    [InlineData("uk")]
    public void TwoGroups_AreBothSaid_AndTooSoonAndNoneHaveTheirOwnWords(string language)
    {
        var offer = new SlotOffer.Alternatives(
            new WishObstacle.TooSoon(TimeSpan.FromHours(12)),
            [new AlternativeGroup(WishChange.SameWeekdayOtherPartOfDay, [Afternoon], DayPart.Afternoon), new AlternativeGroup(WishChange.NearestFree, [Morning])]);

        var text = SlotOfferText.Explain(offer, language);
        var none = SlotOfferText.Explain(new SlotOffer.None(null), language);

        Assert.StartsWith(SlotOfferText.Reason(offer.Why, language), text);
        Assert.Contains(SlotOfferText.Lead(offer.Groups[0], language), text);
        Assert.Contains(SlotOfferText.Lead(offer.Groups[1], language), text);
        Assert.EndsWith(":", text);
        Assert.Equal(SlotOfferText.Texts["Lead.None", language], none);
        if (language != "de")
        {
            Assert.NotEqual(SlotOfferText.Explain(new SlotOffer.None(null), "de"), none);
            Assert.NotEqual(SlotOfferText.Reason(offer.Why, "de"), SlotOfferText.Reason(offer.Why, language));
        }
    }
}
