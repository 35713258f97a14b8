using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Scheduling;
using Termine.Bot.Dialogs.Booking.Offers;
using Termine.Bot.Dialogs.Understanding;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Residents;

namespace Termine.Bot.Tests.Dialogs.Offers;

/// <summary>
/// The offers for wishes that cannot be met, against a real database and the shipped calendar; today is Tuesday
/// 24 November 2026, 09:00 (horizon of the service: 22 February 2027).
/// </summary>
public sealed class SlotOffersTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";
    private const int Limit = 5;

    private static readonly string[] Languages = ["de", "en", "fr", "tr", "ar", "ru", "uk"];

    private readonly TestDatabase _database;
    private BookingHost _host = null!;

    public SlotOffersTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() => _host = await StartAsync(_database);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task WednesdayAfternoon_IsClosed_OffersThatWednesdayMorning()
    {
        var wednesday = new DateOnly(2026, 12, 16);

        var offer = await FindAsync(Day(wednesday, notBefore: new TimeOnly(12, 0)));

        var alternatives = Assert.IsType<SlotOffer.Alternatives>(offer);
        var why = Assert.IsType<WishObstacle.ClosedPartOfDay>(alternatives.Why);
        Assert.Equal((DayOfWeek.Wednesday, DayPart.Afternoon), (why.Day, why.Part));
        var first = alternatives.Groups[0];
        Assert.Equal((WishChange.SameWeekdayOtherPartOfDay, DayPart.Morning), (first.Change, first.Part));
        Assert.All(first.Slots, s => Assert.True(On(s) == wednesday && s.Start.Hour < 12));
        await AssertFreeAsync(alternatives);
        AssertSays(offer, new()
        {
            ["de"] = ["Mittwochs haben wir nur vormittags geöffnet.", "Am Mittwoch, 16. Dezember, hätte ich vormittags noch frei:"],
            ["en"] = ["On Wednesdays we are open only in the morning.", "On Wednesday 16 December in the morning"],
            ["fr"] = ["Le mercredi, nous ne sommes ouverts que le matin.", "Le mercredi 16 décembre, le matin"],
            ["tr"] = ["Çarşambaları yalnızca öğleden önce açığız.", "16 Aralık Çarşamba günü öğleden önce"],
            ["ar"] = ["نفتح أيام الأربعاء قبل الظهر فقط.", "يوم الأربعاء 16 ديسمبر قبل الظهر"],
            ["ru"] = ["По средам мы работаем только до обеда.", "В среду, 16 декабря, до обеда"],
            ["uk"] = ["По середах ми працюємо лише до обіду.", "У середу, 16 грудня, до обіду"],
        });
    }

    [Theory]
    [InlineData(14, null, "Mittwochs haben wir nur bis 12:00 Uhr geöffnet.", "По средам мы работаем только до 12:00.")]
    [InlineData(null, 8, "Mittwochs öffnen wir erst um 8:00 Uhr.", "По средам мы открываемся только в 8:00.")]
    public async Task WednesdayOutsideAWindow_SaysTheHoursThatMatter(int? after, int? before, string german, string russian)
    {
        var wednesday = new DateOnly(2026, 12, 16);
        var notBefore = after is { } from ? new TimeOnly(from, 0) : (TimeOnly?)null;
        var startBefore = before is { } to ? new TimeOnly(to, 0) : (TimeOnly?)null;

        var offer = await FindAsync(Day(wednesday, notBefore, startBefore));

        var alternatives = Assert.IsType<SlotOffer.Alternatives>(offer);
        Assert.Equal(DayOfWeek.Wednesday, Assert.IsType<WishObstacle.OutsideOpeningHours>(alternatives.Why).Day);
        Assert.Equal(WishChange.SameWeekdayOtherPartOfDay, alternatives.Groups[0].Change);
        Assert.All(alternatives.Groups[0].Slots, s => Assert.Equal(wednesday, On(s)));
        Assert.StartsWith(german, SlotOfferText.Explain(offer, "de"));
        Assert.StartsWith(russian, SlotOfferText.Explain(offer, "ru"));
        await AssertFreeAsync(alternatives);
    }

    [Theory]
    [InlineData(12, DayOfWeek.Saturday)]
    [InlineData(13, DayOfWeek.Sunday)]
    public async Task Weekend_IsClosed_OffersTheNearestOpenDaysAroundIt(int day, DayOfWeek weekday)
    {
        var wished = new DateOnly(2026, 12, day);

        var offer = await FindAsync(Day(wished));

        var alternatives = Assert.IsType<SlotOffer.Alternatives>(offer);
        Assert.Equal(weekday, Assert.IsType<WishObstacle.ClosedWeekday>(alternatives.Why).Day);
        var first = alternatives.Groups[0];
        Assert.Equal(WishChange.SamePartOfDayNearestDays, first.Change);
        var days = first.Slots.Select(On).Distinct().ToList();
        Assert.Contains(new DateOnly(2026, 12, 11), days);
        Assert.Contains(new DateOnly(2026, 12, 14), days);
        Assert.All(first.Slots, s => Assert.InRange(On(s), new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 16)));
        await AssertFreeAsync(alternatives);
        var plural = weekday == DayOfWeek.Saturday
            ? new[] { "Samstags", "Saturdays", "samedi", "umartesileri", "السبت", "суббот", "субот" }
            : ["Sonntags", "Sundays", "dimanche", "azarları", "الأحد", "воскресень", "неділ"];
        AssertSays(offer, Languages.Zip(plural).ToDictionary(p => p.First, p => new[] { p.Second }));
    }

    [Fact]
    public async Task ChristmasDay_IsAHoliday_OffersTheNearestMorningsBeforeAndAfter()
    {
        var christmas = new DateOnly(2026, 12, 25);

        var offer = await FindAsync(Day(christmas, startBefore: new TimeOnly(12, 0)));

        var alternatives = Assert.IsType<SlotOffer.Alternatives>(offer);
        Assert.Equal(new WishObstacle.Holiday(christmas, HolidayKind.ChristmasDay), alternatives.Why);
        var first = alternatives.Groups[0];
        Assert.Equal((WishChange.SamePartOfDayNearestDays, DayPart.Morning), (first.Change, first.Part));
        var days = first.Slots.Select(On).Distinct().ToList();
        Assert.Contains(new DateOnly(2026, 12, 23), days);
        Assert.Contains(new DateOnly(2026, 12, 28), days);
        Assert.All(first.Slots, s => Assert.True(s.Start.Hour < 12));
        Assert.DoesNotContain(new DateOnly(2026, 12, 24), days);
        await AssertFreeAsync(alternatives);
        AssertSays(offer, new()
        {
            ["de"] = ["Der 25. Dezember ist ein Feiertag (1. Weihnachtstag).", "Das sind die nächsten freien Termine vormittags:"],
            ["en"] = ["25 December is a public holiday (Christmas Day).", "These are the nearest free appointments in the morning:"],
            ["fr"] = ["Le 25 décembre est un jour férié (jour de Noël).", "disponibles le matin\u202f:"],
            ["tr"] = ["25 Aralık resmî tatildir (Noel’in birinci günü).", "Öğleden önce en yakın"],
            ["ar"] = ["يوم 25 ديسمبر عطلة رسمية (عيد الميلاد).", "قبل الظهر"],
            ["ru"] = ["25 декабря — праздничный день (Рождество).", "Ближайшее свободное время до обеда:"],
            ["uk"] = ["25 грудня — святковий день (Різдво).", "Найближчий вільний час до обіду:"],
        });
    }

    [Fact]
    public async Task EasterMonday_IsAHoliday_NamedInEveryLanguage()
    {
        await using var host = await StartAsync(_database, new DateTimeOffset(2027, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var easterMonday = new DateOnly(2027, 3, 29);

        var offer = await host.Get<SlotOffers>().FindAsync(ServiceId, 1, Day(easterMonday), Limit, default);

        var alternatives = Assert.IsType<SlotOffer.Alternatives>(offer);
        Assert.Equal(new WishObstacle.Holiday(easterMonday, HolidayKind.EasterMonday), alternatives.Why);
        Assert.Equal(WishChange.SamePartOfDayNearestDays, alternatives.Groups[0].Change);
        Assert.DoesNotContain(alternatives.Slots, s => On(s) == new DateOnly(2027, 3, 26));
        AssertSays(offer, new()
        {
            ["de"] = ["Der 29. März ist ein Feiertag (Ostermontag)."],
            ["en"] = ["29 March is a public holiday (Easter Monday)."],
            ["fr"] = ["Le 29 mars est un jour férié (lundi de Pâques)."],
            ["tr"] = ["29 Mart resmî tatildir (Paskalya Pazartesisi)."],
            ["ar"] = ["يوم 29 مارس عطلة رسمية (اثنين الفصح)."],
            ["ru"] = ["29 марта — праздничный день (Пасхальный понедельник)."],
            ["uk"] = ["29 березня — святковий день (Великодній понеділок)."],
        });
    }

    [Fact]
    public async Task HalfPastFiveOnAMonday_IsAfterClosing_OffersThatMondayNearestTheTime()
    {
        var monday = new DateOnly(2026, 12, 14);

        var offer = await FindAsync(Day(monday, new TimeOnly(17, 30), new TimeOnly(18, 30)));

        var alternatives = Assert.IsType<SlotOffer.Alternatives>(offer);
        var why = Assert.IsType<WishObstacle.OutsideOpeningHours>(alternatives.Why);
        Assert.Equal((DayOfWeek.Monday, new TimeOnly(17, 30)), (why.Day, why.Wished));
        var first = alternatives.Groups[0];
        Assert.Equal(WishChange.SameDayOtherTime, first.Change);
        Assert.Equal(Limit, first.Slots.Count);
        Assert.All(first.Slots, s => Assert.True(On(s) == monday && s.Start.Hour >= 13));
        Assert.Contains(first.Slots, s => s.Start.TimeOfDay == new TimeSpan(15, 0, 0));
        await AssertFreeAsync(alternatives);
        AssertSays(offer, new()
        {
            ["de"] = ["Montags haben wir nur bis 15:30 Uhr geöffnet.", "Am Montag, 14. Dezember, hätte ich zu anderen Uhrzeiten"],
            ["en"] = ["On Mondays we are open only until 15:30.", "On Monday 14 December"],
            ["fr"] = ["Le lundi, nous ne sommes ouverts que jusqu’à 15 h 30.", "Le lundi 14 décembre"],
            ["tr"] = ["Pazartesileri kapanış saatimiz 15:30.", "14 Aralık Pazartesi günü"],
            ["ar"] = ["نفتح أيام الاثنين حتى الساعة 15:30 فقط.", "يوم الاثنين 14 ديسمبر"],
            ["ru"] = ["По понедельникам мы работаем только до 15:30.", "В понедельник, 14 декабря,"],
            ["uk"] = ["По понеділках ми працюємо лише до 15:30.", "У понеділок, 14 грудня,"],
        });
    }

    [Fact]
    public async Task FullyBookedTuesdayMorning_OffersThatTuesdayAfternoon()
    {
        var tuesday = new DateOnly(2026, 12, 15);
        await FillMorningAsync(tuesday);

        var offer = await FindAsync(Day(tuesday, startBefore: new TimeOnly(12, 0)));

        var alternatives = Assert.IsType<SlotOffer.Alternatives>(offer);
        Assert.Equal(new WishObstacle.FullyBooked(tuesday, tuesday, DayPart.Morning), alternatives.Why);
        var first = alternatives.Groups[0];
        Assert.Equal((WishChange.SameWeekdayOtherPartOfDay, DayPart.Afternoon), (first.Change, first.Part));
        Assert.All(first.Slots, s => Assert.True(On(s) == tuesday && s.Start.Hour >= 13));
        await AssertFreeAsync(alternatives);
        AssertSays(offer, new()
        {
            ["de"] = ["Am Dienstag, 15. Dezember, ist vormittags schon alles ausgebucht.", "Nachmittags ist an diesem Tag noch etwas frei:"],
            ["en"] = ["On Tuesday 15 December in the morning we are already fully booked.", "In the afternoon there are still appointments available that day:"],
            ["fr"] = ["Le mardi 15 décembre, le matin, tout est déjà complet.", "L’après-midi, il reste des créneaux ce jour-là\u202f:"],
            ["tr"] = ["15 Aralık Salı günü öğleden önce tüm randevular dolu.", "O gün öğleden sonra hâlâ boş randevu var:"],
            ["ar"] = ["جميع المواعيد يوم الثلاثاء 15 ديسمبر قبل الظهر محجوزة بالفعل.", "بعد الظهر"],
            ["ru"] = ["Во вторник, 15 декабря, до обеда всё уже занято.", "В этот день после обеда ещё есть свободное время:"],
            ["uk"] = ["У вівторок, 15 грудня, до обіду усе вже зайнято.", "Цього дня після обіду ще є вільний час:"],
        });
    }

    [Fact]
    public async Task BeyondTheHorizon_SaysUntilWhenAndOffersTheNearestFree()
    {
        var offer = await FindAsync(Day(new DateOnly(2027, 3, 15)));

        var alternatives = Assert.IsType<SlotOffer.Alternatives>(offer);
        Assert.Equal(new WishObstacle.BeyondHorizon(new DateOnly(2027, 2, 22)), alternatives.Why);
        Assert.Equal(WishChange.NearestFree, alternatives.Groups.Single().Change);
        Assert.Equal(Limit, alternatives.Slots.Count);
        await AssertFreeAsync(alternatives);
        AssertSays(offer, new()
        {
            ["de"] = ["nur bis zum 22. Februar."],
            ["en"] = ["up to 22 February."],
            ["fr"] = ["jusqu’au 22 février."],
            ["tr"] = ["en geç 22 Şubat tarihine kadar"],
            ["ar"] = ["حتى 22 فبراير."],
            ["ru"] = ["до 22 февраля."],
            ["uk"] = ["до 22 лютого."],
        });
    }

    [Fact]
    public async Task InThePast_IsSaid()
    {
        var offer = await FindAsync(Day(new DateOnly(2026, 11, 20)));

        var alternatives = Assert.IsType<SlotOffer.Alternatives>(offer);
        Assert.IsType<WishObstacle.InThePast>(alternatives.Why);
        await AssertFreeAsync(alternatives);
    }

    [Fact]
    public async Task WholeWeek_WithFreeSlots_MatchesSpreadOverSeveralDays()
    {
        var wish = new DateWish(new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 11), null, null, null, false);

        var offer = await FindAsync(wish);

        var matching = Assert.IsType<SlotOffer.Matching>(offer);
        Assert.Equal(Limit, matching.Slots.Count);
        Assert.True(matching.Slots.Select(On).Distinct().Count() >= 2);
        Assert.All(matching.Slots.GroupBy(On), day => Assert.True(day.Count() <= 3));
        Assert.All(matching.Slots, s => Assert.InRange(On(s), wish.From, wish.To));
        Assert.Equal(matching.Slots.OrderBy(s => s.Start), matching.Slots);
        Assert.All(Languages, language => Assert.EndsWith(":", SlotOfferText.Explain(offer, language)));
    }

    [Fact]
    public async Task WednesdayAfternoonsRecurring_OffersWednesdayMornings()
    {
        var wish = new DateWish(new DateOnly(2026, 11, 25), new DateOnly(2027, 1, 20), new HashSet<DayOfWeek> { DayOfWeek.Wednesday }, new TimeOnly(12, 0), null, false);

        var offer = await FindAsync(wish);

        var alternatives = Assert.IsType<SlotOffer.Alternatives>(offer);
        Assert.Equal(DayOfWeek.Wednesday, Assert.IsType<WishObstacle.ClosedPartOfDay>(alternatives.Why).Day);
        var first = alternatives.Groups[0];
        Assert.Equal(WishChange.SameWeekdayOtherPartOfDay, first.Change);
        Assert.All(first.Slots, s => Assert.True(s.Start.DayOfWeek == DayOfWeek.Wednesday && s.Start.Hour < 12));
        Assert.True(first.Slots.Select(On).Distinct().Count() >= 2);
        Assert.Contains("Mittwochs hätte ich vormittags noch frei:", SlotOfferText.Explain(offer, "de"));
    }

    private Task<SlotOffer> FindAsync(DateWish wish) => _host.Get<SlotOffers>().FindAsync(ServiceId, 1, wish, Limit, default);

    private static DateWish Day(DateOnly day, TimeOnly? notBefore = null, TimeOnly? startBefore = null) =>
        new(day, day, null, notBefore, startBefore, false);

    private static DateOnly On(Slot slot) => DateOnly.FromDateTime(slot.Start.DateTime);

    /// <summary>Each offered slot is really free, offered once, and none is one the wish itself asked for.</summary>
    private async Task AssertFreeAsync(SlotOffer.Alternatives alternatives)
    {
        Assert.Equal(alternatives.Slots.Count, alternatives.Slots.Select(s => s.Start).Distinct().Count());
        Assert.InRange(alternatives.Groups.Count, 1, 2);
        Assert.InRange(alternatives.Slots.Count, 1, Limit);
        foreach (var slot in alternatives.Slots)
        {
            var day = On(slot);
            var free = await _host.Get<SlotFinder>().FindAsync(new SlotQuery(ServiceId, day, day), default);
            Assert.Contains(free!, f => f.Start == slot.Start && f.End == slot.End);
        }
    }

    private static void AssertSays(SlotOffer offer, Dictionary<string, string[]> expected)
    {
        Assert.Equal(Languages.Order(), expected.Keys.Order());
        foreach (var (language, words) in expected)
        {
            var text = SlotOfferText.Explain(offer, language);
            Assert.All(words, word => Assert.Contains(word, text));
        }
    }

    private async Task FillMorningAsync(DateOnly day)
    {
        var bookings = _host.Get<BookingService>();
        var clock = _host.Get<OfficeClock>();
        var desks = _host.Get<SlotGrid>().DesksOf("residence");
        for (var start = new TimeOnly(8, 0); start < new TimeOnly(12, 0); start = start.AddMinutes(30))
        {
            for (var desk = 0; desk < desks; desk++)
            {
                var request = new BookingRequest(ServiceId, clock.ToInstant(day, start), 1, People.Resident($"morning-{start:HHmm}-{desk}@example.org"));
                Assert.IsType<BookingResult.Booked>(await bookings.BookAsync(request, $"client-{start:HHmm}-{desk}", null, default));
            }
        }
    }

    private static Task<BookingHost> StartAsync(TestDatabase database, DateTimeOffset? now = null) =>
        BookingHost.StartAsync(database, now: now, configureServices: services => services.AddSingleton<SlotOffers>());
}
