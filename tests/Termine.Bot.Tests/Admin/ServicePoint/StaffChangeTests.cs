using System.Net;
using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Booking.Scheduling;
using Termine.Bot.Admin.ActionLog;
using Termine.Testing.Databases;

namespace Termine.Bot.Tests.Admin.ServicePoint;

/// <summary>Staff cancel and move a resident's appointment; the resident hears of it in their own language.</summary>
public sealed class StaffChangeTests(TestDatabase database) : ServicePointTestHost(database), IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Cancel_CancelsAndMailsTheResidentInTheirLanguage_AndIsLogged()
    {
        var (reference, id, start) = await BookThroughApiAsync("2026-12-08", "Olena Kovalenko", "olena@example.org", "uk");

        var response = await Staff.PostFormAsync($"/admin/appointments/{id}?handler=Cancel", [], formPage: $"/admin/appointments/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Der Termin ist storniert.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var texts = AppointmentEmailComposer.Texts;
        var mail = Assert.Single(await MailsAsync("cancellation", reference));
        Assert.Equal(texts.Get("Subject.Cancellation", "uk", AppointmentTimes.DateAndTime(Get<OfficeClock>().ToLocal(start), "uk"), reference), mail.Message.Subject);
        Assert.Equal(AppointmentStatus.Cancelled, await InDatabaseAsync(db => db.Appointments.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
        var actions = await StaffActionsAsync();
        Assert.Contains(("appointment.viewed", reference), actions);
        Assert.Contains(("appointment.cancelled", reference), actions);
    }

    [Fact]
    public async Task Move_TakesTheChosenSlotAndMailsANewConfirmationInTheirLanguage()
    {
        var (reference, id, _) = await BookThroughApiAsync("2026-12-09", "Ahmet Demir", "ahmet@example.org", "tr");
        var page = await Staff.Client.GetStringAsync($"/admin/appointments/{id}?from=2026-12-14");
        var chosen = SlotValues(page, "start")[1];

        var response = await Staff.PostFormAsync($"/admin/appointments/{id}?handler=Move", new() { ["start"] = chosen }, formPage: $"/admin/appointments/{id}");

        Assert.Contains("Der Termin ist verlegt.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var newStart = DateTimeOffset.Parse(chosen, System.Globalization.CultureInfo.InvariantCulture);
        var texts = AppointmentEmailComposer.Texts;
        var expected = texts.Get("Subject.Confirmation", "tr", AppointmentTimes.DateAndTime(newStart, "tr"), reference);
        Assert.Contains(await MailsAsync("confirmation", reference), m => m.Message.Subject == expected);
        Assert.Contains(("appointment.moved", reference), await StaffActionsAsync());
    }

    [Fact]
    public async Task UnknownAppointment_IsNotFound()
    {
        var response = await Staff.Client.GetAsync($"/admin/appointments/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<List<(string Action, string? Subject)>> StaffActionsAsync()
    {
        await using var db = await Get<IDbContextFactory<Termine.Bot.State.BotDbContext>>().CreateDbContextAsync();
        return (await db.StaffActions.Select(a => new { a.Action, a.Subject }).ToListAsync()).Select(a => (a.Action, a.Subject)).ToList();
    }
}
