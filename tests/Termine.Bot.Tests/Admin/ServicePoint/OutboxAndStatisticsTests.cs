using System.Net;
using Microsoft.EntityFrameworkCore;
using Termine.Booking.Appointments;
using Termine.Booking.Notifications;
using Termine.Testing.Databases;

namespace Termine.Bot.Tests.Admin.ServicePoint;

/// <summary>The outbox page's retry, and the statistics on a small data set whose figures are known.</summary>
public sealed class OutboxAndStatisticsTests(TestDatabase database) : ServicePointTestHost(database), IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Outbox_ListsARefusedMessage_AndRetryMakesItDueNow()
    {
        var (reference, id, _) = await BookThroughApiAsync("2026-12-10", "Maria Schmidt", "maria@example.org", "de");
        var messageId = await InDatabaseAsync(async db =>
        {
            var message = await db.OutboxMessages.FirstAsync(m => m.AppointmentId == id && m.Kind == MessageKind.Confirmation);
            message.Status = OutboxStatus.Failed;
            message.Attempts = 1;
            message.LastError = "refused: 550 MailboxUnavailable";
            message.NextAttemptAt = Factory.Time.GetUtcNow().AddDays(-1);
            await db.SaveChangesAsync();
            return message.Id;
        });

        var page = await Staff.Client.GetStringAsync("/admin/outbox");
        var response = await Staff.PostFormAsync("/admin/outbox?handler=Retry", new() { ["id"] = messageId.ToString() }, formPage: "/admin/outbox");

        Assert.Contains(reference, page);
        Assert.Contains("refused: 550 MailboxUnavailable", page);
        Assert.DoesNotContain("maria@example.org", page);
        Assert.Contains("Die Nachricht wird gleich erneut gesendet.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var retried = await InDatabaseAsync(db => db.OutboxMessages.SingleAsync(m => m.Id == messageId));
        Assert.Equal(OutboxStatus.Pending, retried.Status);
        Assert.Equal(Factory.Time.GetUtcNow(), retried.NextAttemptAt);
        Assert.Single(await MailsAsync("confirmation", reference));
    }

    [Fact]
    public async Task Statistics_CountsPerDayServiceChannelLanguage_AndTheNoShowRate()
    {
        // Monday 16 and Tuesday 17 November 2026 lie before the test's today (24 November).
        await InsertAsync("AAAA-AAA1", 16, AppointmentStatus.Done, "api", "de");
        await InsertAsync("AAAA-AAA2", 16, AppointmentStatus.Done, "telegram", "tr");
        await InsertAsync("AAAA-AAA3", 17, AppointmentStatus.Done, "servicepoint", "tr");
        await InsertAsync("AAAA-AAA4", 17, AppointmentStatus.NoShow, "telegram", "ar");
        await InsertAsync("AAAA-AAA6", 17, AppointmentStatus.Cancelled, "telegram", "ar");

        var html = WebUtility.HtmlDecode(await Staff.Client.GetStringAsync("/admin/statistics?From=2026-11-16&To=2026-11-17"));

        Assert.Contains("25,0 % nicht erschienen (1 von 4 abgeschlossenen Terminen vergangener Tage)", html.Replace('\u00a0', ' '));
        Assert.Contains("<tr><th scope=\"row\">Mo, 16.11.2026</th><td>2</td><td>0</td></tr>", html);
        Assert.Contains("<tr><th scope=\"row\">Di, 17.11.2026</th><td>2</td><td>1</td></tr>", html);
        Assert.Contains("<tr><th scope=\"row\">telegram</th><td>2</td></tr>", html);
        Assert.Contains("<tr><th scope=\"row\">Türkisch</th><td>2</td></tr>", html);
        Assert.Contains("<tr><th scope=\"row\">Arabisch</th><td>1</td></tr>", html);
        Assert.Matches("<table id=\"next-free\">[\\s\\S]*<td>\\d+</td>", html);
    }

    private async Task InsertAsync(string reference, int day, AppointmentStatus status, string channel, string language) =>
        await InDatabaseAsync(async db =>
        {
            var start = new DateTimeOffset(2026, 11, day, 9, 0, 0, TimeSpan.Zero);
            db.Appointments.Add(new Appointment
            {
                Id = Guid.NewGuid(), Reference = reference, ServiceId = ServiceId, Team = "residence", Start = start,
                End = start.AddMinutes(20), Persons = 1, ClientKey = "test", Channel = channel,
                Language = language, FullName = "Test Person", CreatedAt = start.AddDays(-10),
            }.WithStatus(status));
            return await db.SaveChangesAsync();
        });
}
