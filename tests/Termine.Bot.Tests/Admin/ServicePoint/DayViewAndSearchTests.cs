using System.Net;
using Termine.Booking.Appointments;
using Termine.Testing.Databases;
using Termine.Testing.Staff;

namespace Termine.Bot.Tests.Admin.ServicePoint;

/// <summary>The day view and the search over all dates, and that residents' text never reaches the page as markup.</summary>
public sealed class DayViewAndSearchTests(TestDatabase database) : ServicePointTestHost(database), IClassFixture<TestDatabase>
{
    [Fact]
    public async Task DayView_ListsTheDaysAppointmentsWithGermanStatus()
    {
        var (reference, _, _) = await BookThroughApiAsync("2026-12-10", "Maria Schmidt", "maria@example.org", "de");

        var day = await Staff.Client.GetStringAsync("/admin?date=2026-12-10");
        var otherDay = await Staff.Client.GetStringAsync("/admin?date=2026-12-11");
        var week = await Staff.Client.GetStringAsync("/admin?date=2026-12-11&week=true");

        Assert.Contains(reference, day);
        Assert.Contains("gebucht", day);
        Assert.Contains("Donnerstag, 10. Dezember 2026", WebUtility.HtmlDecode(day));
        Assert.DoesNotContain(reference, otherDay);
        Assert.Contains(reference, week);
    }

    [Fact]
    public async Task Search_FindsByReferenceNameOrEmail_CaseInsensitive_OverAllDates()
    {
        var (reference, _, _) = await BookThroughApiAsync("2027-01-15", "Herbert Müller-Lüdenscheidt", "herbert.m@example.org", "de");

        foreach (var term in new[] { reference.Replace("-", "").ToLowerInvariant(), "HERBERT", "müller-lüd", "Herbert.M@Example.org" })
        {
            var html = await Staff.Client.GetStringAsync($"/admin?q={Uri.EscapeDataString(term)}");

            Assert.True(html.Contains(reference, StringComparison.Ordinal), $"Searching for {term} did not find {reference}.");
        }

        Assert.Contains("Keine Termine gefunden.", await Staff.Client.GetStringAsync("/admin?q=niemand"));
    }

    [Fact]
    public async Task ResidentsText_IsShownAsText_NotAsMarkup()
    {
        var (apiReference, _, _) = await BookThroughApiAsync("2026-12-16", "Anna \"&\" O'Neil", "anna@example.org", "de");
        var id = await InsertAsync("<script>alert(1)</script>", new DateTimeOffset(2026, 12, 16, 13, 0, 0, TimeSpan.Zero));

        var day = await Staff.Client.GetStringAsync("/admin?date=2026-12-16");
        var detail = await Staff.Client.GetStringAsync($"/admin/appointments/{id}");
        var search = await Staff.Client.GetStringAsync($"/admin?q={Uri.EscapeDataString("script")}");

        Assert.Contains(apiReference, day);
        Assert.Contains("Anna &quot;&amp;&quot; O&#x27;Neil", day);
        foreach (var html in new[] { day, detail, search })
        {
            Assert.DoesNotContain("<script>alert(1)</script>", html);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        }
    }

    [Fact]
    public async Task TheApi_RefusesMarkupInAName()
    {
        using var client = StaffSession.CreateClient(Factory);
        var response = await client.PostAsync("/api/appointments", new StringContent(
            "{\"serviceId\":\"residence-permit-extension\",\"start\":\"2026-12-17T09:00:00+01:00\",\"fullName\":\"<script>alert(1)</script>\",\"birthDate\":\"1979-09-30\",\"email\":\"x@example.org\"}",
            System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    /// <summary>A row as an older import or another channel might have left it, bypassing the validator.</summary>
    private async Task<Guid> InsertAsync(string fullName, DateTimeOffset start) =>
        await InDatabaseAsync(async db =>
        {
            var appointment = new Appointment
            {
                Id = Guid.NewGuid(), Reference = "XHTM-LTAG", ServiceId = ServiceId, Team = "residence", Start = start,
                End = start.AddMinutes(20), Persons = 1, ClientKey = "test",
                FullName = fullName, BirthDate = new DateOnly(1980, 1, 1), Email = "markup@example.org", CreatedAt = start.AddDays(-10),
            };
            appointment.MoveTo(AppointmentStatus.Booked);
            db.Appointments.Add(appointment);
            await db.SaveChangesAsync();
            return appointment.Id;
        });
}
