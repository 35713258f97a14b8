using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Scheduling;
using Termine.Booking.Settings;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Booking.Tests.Settings;

/// <summary>The catalog and the calendar changed at run time, each test on a database of its own.</summary>
public sealed class SettingsEditingTests : IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";

    private readonly TestDatabase _database = new();
    private BookingHost _host = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        _host = await BookingHost.StartAsync(_database);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    private CatalogEditor Catalog => _host.Get<CatalogEditor>();

    private CalendarEditor Calendar => _host.Get<CalendarEditor>();

    [Fact]
    public async Task SaveCatalog_Renamed_IsInForceAtOnceAndStoredWithVersion1()
    {
        var (file, version) = Catalog.Current();
        var index = file.Services!.FindIndex(s => s.Id == ServiceId);
        file.Services[index].Name!["de"] = "Aufenthaltserlaubnis verlängern (neu)";

        var saved = Assert.IsType<SettingsSaveResult.Saved>(await Catalog.SaveAsync(file, version, "admin", default));

        Assert.Equal(1, saved.Version);
        Assert.Equal("Aufenthaltserlaubnis verlängern (neu)", _host.Get<ServiceCatalog>().Find(ServiceId)!.Name["de"]);
        var stored = await _host.Get<SettingsStore>().FindAsync(SettingsStore.CatalogKey, default);
        Assert.Equal("admin", stored!.ChangedBy);
        Assert.Contains("Aufenthaltserlaubnis verlängern (neu)", stored.Json);
    }

    [Fact]
    public async Task SaveCatalog_MissingUkrainianDocumentName_IsRefusedNamingTheFieldAndNothingIsStored()
    {
        var (file, version) = Catalog.Current();
        file.Services![3].Documents![1].Name!.Remove("uk");
        var before = _host.Get<ServiceCatalog>().Services;

        var invalid = Assert.IsType<SettingsSaveResult.Invalid>(await Catalog.SaveAsync(file, version, "admin", default));

        Assert.Contains(invalid.Problems, p => p.Field == "services[3].documents[1].name.uk");
        Assert.Null(await _host.Get<SettingsStore>().FindAsync(SettingsStore.CatalogKey, default));
        Assert.Same(before, _host.Get<ServiceCatalog>().Services);
    }

    [Fact]
    public async Task SaveCatalog_TwoEditorsFromTheSameVersion_TheSecondIsToldToReload()
    {
        var (first, version) = Catalog.Current();
        var (second, _) = Catalog.Current();
        first.Services![0].Name!["de"] = "Erste Änderung";
        second.Services![0].Name!["de"] = "Zweite Änderung";

        Assert.IsType<SettingsSaveResult.Saved>(await Catalog.SaveAsync(first, version, "anna", default));
        Assert.IsType<SettingsSaveResult.Conflict>(await Catalog.SaveAsync(second, version, "ben", default));

        Assert.Equal("Erste Änderung", _host.Get<ServiceCatalog>().Services[0].Name["de"]);
        Assert.Contains("Erste Änderung", (await _host.Get<SettingsStore>().FindAsync(SettingsStore.CatalogKey, default))!.Json);
    }

    [Fact]
    public async Task SaveCatalog_RemovingAServiceWithAnAppointmentAhead_IsRefused()
    {
        var start = new DateTimeOffset(2026, 12, 8, 8, 0, 0, TimeSpan.FromHours(1));
        Assert.IsType<HoldResult.Held>(await _host.Get<BookingService>().HoldAsync(ServiceId, start, 1, "client", default));
        var (file, version) = Catalog.Current();
        file.Services!.RemoveAll(s => s.Id == ServiceId);

        var invalid = Assert.IsType<SettingsSaveResult.Invalid>(await Catalog.SaveAsync(file, version, "admin", default));

        Assert.Contains(invalid.Problems, p => p.Field == $"removed.{ServiceId}");
        Assert.NotNull(_host.Get<ServiceCatalog>().Find(ServiceId));
    }

    [Fact]
    public async Task SaveCatalog_RemovingAServiceWithoutAppointments_TakesItOutOfTheCatalog()
    {
        var (file, version) = Catalog.Current();
        var removed = file.Services![^1].Id;
        file.Services.RemoveAt(file.Services.Count - 1);

        Assert.IsType<SettingsSaveResult.Saved>(await Catalog.SaveAsync(file, version, "admin", default));

        Assert.Null(_host.Get<ServiceCatalog>().Find(removed));
    }

    [Fact]
    public async Task SaveCalendar_NewClosingDay_ClosesItAtOnceAndTheGridHasNoSlotsThatDay()
    {
        var day = new DateOnly(2026, 12, 8);
        var grid = _host.Get<SlotGrid>();
        var service = _host.Get<ServiceCatalog>().Find(ServiceId)!;
        Assert.NotEmpty(grid.CandidatesOn(day, service, 1));
        var (calendar, version) = Calendar.Current();
        calendar.ClosingDays.Add(new ClosingDay { Date = day, Reason = "Personalversammlung" });

        Assert.IsType<SettingsSaveResult.Saved>(await Calendar.SaveAsync(calendar, version, "admin", default));

        Assert.True(_host.Get<HolidayCalendar>().IsClosed(day));
        Assert.Empty(grid.CandidatesOn(day, service, 1));
        Assert.NotEmpty(grid.CandidatesOn(day.AddDays(7), service, 1));
    }

    [Fact]
    public async Task SaveCalendar_TeamWithoutDesksThatServicesUse_IsRefused()
    {
        var (calendar, version) = Calendar.Current();
        calendar.Desks.Remove("residence");
        calendar.OpeningHours[DayOfWeek.Monday].Add(new OpeningInterval { From = new TimeOnly(11, 0), To = new TimeOnly(14, 0) });

        var invalid = Assert.IsType<SettingsSaveResult.Invalid>(await Calendar.SaveAsync(calendar, version, "admin", default));

        Assert.Contains(invalid.Problems, p => p.Field == "Desks.residence");
        Assert.Contains(invalid.Problems, p => p.Field == "OpeningHours.Monday");
        Assert.Equal(4, _host.Get<SlotGrid>().DesksOf("residence"));
    }

    [Fact]
    public async Task Refresh_OnASecondHost_BringsBothStoredDocumentsIntoForce()
    {
        await using var second = await BookingHost.StartAsync(_database);
        var (file, catalogVersion) = Catalog.Current();
        file.Services!.Single(s => s.Id == ServiceId).Name!["uk"] = "Нова назва";
        var (calendar, calendarVersion) = Calendar.Current();
        calendar.Desks["residence"] = 6;
        await Catalog.SaveAsync(file, catalogVersion, "admin", default);
        await Calendar.SaveAsync(calendar, calendarVersion, "admin", default);
        Assert.Equal(4, second.Get<SlotGrid>().DesksOf("residence"));

        Assert.Empty(await second.Get<SettingsRefresher>().RefreshAsync(default));

        Assert.Equal("Нова назва", second.Get<ServiceCatalog>().Find(ServiceId)!.Name["uk"]);
        Assert.Equal(6, second.Get<SlotGrid>().DesksOf("residence"));
        Assert.Equal(1, second.Get<ServiceCatalog>().Version);
    }
}
