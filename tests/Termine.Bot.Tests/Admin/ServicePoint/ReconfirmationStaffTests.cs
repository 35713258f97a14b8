using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Bot.Admin.ActionLog;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Admin.ServicePoint;

/// <summary>
/// Staff see in the day view which residents said they will come, and on the detail page when; a resident who says so
/// on the phone is confirmed by staff through the same core method, and that is logged.
/// </summary>
public sealed partial class ReconfirmationStaffTests(TestDatabase database) : ServicePointTestHost(database), IClassFixture<TestDatabase>
{
    [Fact]
    public async Task DayView_ShowsConfirmedAndNotConfirmed_PerAppointment()
    {
        var (confirmed, confirmedId, _) = await BookThroughApiAsync("2026-12-14", "Maria Schmidt", "confirmed@example.org", "de");
        var (open, _, _) = await BookThroughApiAsync("2026-12-14", "Jonas Weber", "open@example.org", "de");
        await Get<AppointmentChanges>().ReconfirmAsync(new AppointmentProof.StaffAccess(confirmedId), default);

        var day = WebUtility.HtmlDecode(await Staff.Client.GetStringAsync("/admin?date=2026-12-14"));

        Assert.Contains("<th scope=\"col\">Kommen bestätigt</th>", day);
        Assert.Equal("bestätigt", StateOf(day, confirmed));
        Assert.Equal("nicht bestätigt", StateOf(day, open));
    }

    [Fact]
    public async Task Detail_StaffConfirmForTheCaller_ShowsWhen_AndIsLogged()
    {
        var (reference, id, _) = await BookThroughApiAsync("2026-12-15", "Olena Kovalenko", "caller@example.org", "uk");
        var before = WebUtility.HtmlDecode(await Staff.Client.GetStringAsync($"/admin/appointments/{id}"));

        var response = await Staff.PostFormAsync($"/admin/appointments/{id}?handler=Reconfirm", [], formPage: $"/admin/appointments/{id}");
        var after = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("<dd id=\"reconfirmed\">nein</dd>", before);
        Assert.Contains("Kommen bestätigen</button>", before);
        Assert.Contains("Das Kommen ist bestätigt.", after);
        Assert.Contains("<dd id=\"reconfirmed\">ja, am Dienstag, 24. November 2026 um 09:00 Uhr</dd>", after);
        Assert.DoesNotContain("Kommen bestätigen</button>", after);
        Assert.Equal(BookingHost.DefaultNow, await InDatabaseAsync(db => db.Appointments.Where(a => a.Id == id).Select(a => a.ReconfirmedAt).SingleAsync()));
        await using var bot = await Get<IDbContextFactory<Termine.Bot.State.BotDbContext>>().CreateDbContextAsync();
        Assert.True(await bot.StaffActions.AnyAsync(a => a.Action == "appointment.reconfirmed" && a.Subject == reference));
    }

    [Fact]
    public async Task Detail_Released_SaysWhy()
    {
        var (_, id, _) = await BookThroughApiAsync("2026-12-16", "Ahmet Demir", "released@example.org", "tr");
        await InDatabaseAsync(async db =>
        {
            var appointment = await db.Appointments.SingleAsync(a => a.Id == id);
            Assert.True(appointment.MoveTo(AppointmentStatus.Cancelled));
            appointment.CancellationCause = CancellationCause.NotReconfirmed;
            await db.SaveChangesAsync();
            return true;
        });

        var detail = WebUtility.HtmlDecode(await Staff.Client.GetStringAsync($"/admin/appointments/{id}"));

        Assert.Contains("nicht rechtzeitig bestätigt (automatisch freigegeben)", detail);
        Assert.DoesNotContain("Kommen bestätigen</button>", detail);
    }

    /// <summary>The "Kommen bestätigt" cell of the row that links <paramref name="reference"/>.</summary>
    private static string StateOf(string html, string reference) =>
        Regex.Match(html, $@">{Regex.Escape(reference)}</a></td>.*?<td class=""reconfirmation"">([^<]*)</td>", RegexOptions.Singleline).Groups[1].Value;
}
