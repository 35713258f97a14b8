using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Bot.Admin.Access;
using Termine.Bot.Admin.ActionLog;
using Termine.Bot.State;
using Termine.Testing.Conversations;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Staff;

namespace Termine.Bot.Tests.Admin.Transcripts;

/// <summary>Conversations driven through the bot show up in the staff's list with their outcome, and read as they happened.</summary>
public sealed class TranscriptPagesTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private readonly TestDatabase _database;
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private TermineFactory _factory = null!;

    public TranscriptPagesTests(TestDatabase database) => _database = database;

    public Task InitializeAsync()
    {
        _factory = new TermineFactory(_database, new Dictionary<string, string?> { ["Termine:Mail:PickupDirectory"] = _pickup });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }

    [Fact]
    public async Task BookedConversation_IsListedAsBooked_AndLinksBothWays_AndTheViewIsLogged()
    {
        var conversationId = $"booked-{Guid.NewGuid():N}";
        var appointment = await ChatBooking.BookAsync(_factory, conversationId, $"{conversationId}@example.org");
        using var staff = await StaffSession.SignInAsync(_factory, "servicepoint", StaffRole.Staff);

        var list = await staff.Client.GetStringAsync("/admin/transcripts?Outcome=Booked&Language=de&Channel=webchat");
        var conversation = await staff.Client.GetStringAsync($"/admin/transcripts/webchat/{conversationId}");
        var fromAppointment = await staff.Client.GetAsync($"/admin/transcripts/by-appointment/{appointment.Id}");

        Assert.Contains($"/admin/transcripts/webchat/{conversationId}", list);
        Assert.Contains($"/admin/appointments/{appointment.Id}", list);
        var summary = await ChatBooking.SummaryAsync(_factory, "webchat", conversationId, _ => true);
        Assert.Equal("de", summary.Language);
        Assert.Equal(appointment.Id, summary.AppointmentId);
        Assert.Contains("Ich möchte meine Aufenthaltserlaubnis verlängern", conversation);
        Assert.Contains($"/admin/appointments/{appointment.Id}", conversation);
        Assert.Contains(appointment.Reference!, conversation);
        Assert.Contains("Angeboten:", conversation);
        Assert.Equal(HttpStatusCode.Redirect, fromAppointment.StatusCode);
        Assert.Equal($"/admin/transcripts/webchat/{conversationId}", fromAppointment.Headers.Location!.OriginalString);
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<BotDbContext>>().CreateDbContextAsync();
        Assert.True(await db.StaffActions.AnyAsync(a => a.UserName == "servicepoint" && a.Action == "transcript.viewed" && a.Subject == appointment.Reference));
    }

    [Fact]
    public async Task AskingForAPerson_IsTheOutcome()
    {
        var conversationId = $"person-{Guid.NewGuid():N}";
        var resident = new ConversationDriver(_factory.Services, conversationId, "tr-TR");
        await resident.SendAsync("Merhaba");

        await resident.SendAsync("Ich möchte mit einem Mitarbeiter sprechen");

        // A whole sentence in German is a clear sign: the conversation goes on in German. The summary's language comes
        // from the replies, which the transcript logger stores after the turn, so it is waited for like the outcome.
        var summary = await ChatBooking.SummaryAsync(_factory, "webchat", conversationId,
            s => s.Outcome == ConversationOutcome.AskedForPerson && s.Language == "de");
        Assert.Equal("de", summary.Language);
        using var staff = await StaffSession.SignInAsync(_factory, "servicepoint", StaffRole.Staff);
        var list = await staff.Client.GetStringAsync("/admin/transcripts?Outcome=AskedForPerson");
        Assert.Contains(conversationId, list);
    }

    [Fact]
    public async Task QuietOpenConversation_IsAbandoned_AfterHalfAnHour()
    {
        var conversationId = $"quiet-{Guid.NewGuid():N}";
        var resident = new ConversationDriver(_factory.Services, conversationId, "en-GB");
        await resident.SendAsync("Hello");
        await ChatBooking.SummaryAsync(_factory, "webchat", conversationId, s => s.ActivityCount >= 2);
        using var staff = await StaffSession.SignInAsync(_factory, "servicepoint", StaffRole.Staff);
        var openBefore = await staff.Client.GetStringAsync("/admin/transcripts?Outcome=Open");
        var abandonedBefore = await staff.Client.GetStringAsync("/admin/transcripts?Outcome=Abandoned");

        _factory.Time.Advance(TimeSpan.FromMinutes(31));

        var openAfter = await staff.Client.GetStringAsync("/admin/transcripts?Outcome=Open");
        var abandonedAfter = await staff.Client.GetStringAsync("/admin/transcripts?Outcome=Abandoned");
        Assert.Contains(conversationId, openBefore);
        Assert.DoesNotContain(conversationId, abandonedBefore);
        Assert.DoesNotContain(conversationId, openAfter);
        Assert.Contains(conversationId, abandonedAfter);
    }

    [Fact]
    public async Task MarkupTypedByAResident_IsShownAsText()
    {
        var conversationId = $"markup-{Guid.NewGuid():N}";
        var resident = new ConversationDriver(_factory.Services, conversationId, "de-DE");
        await resident.SendAsync("Hallo");
        await resident.SendAsync("<script>alert('x')</script><b onmouseover=\"x()\">fett</b>");
        await ChatBooking.SummaryAsync(_factory, "webchat", conversationId, s => s.ActivityCount >= 4);
        using var staff = await StaffSession.SignInAsync(_factory, "servicepoint", StaffRole.Staff);

        var page = await staff.Client.GetStringAsync($"/admin/transcripts/webchat/{conversationId}");

        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("<b onmouseover", page);
        Assert.Contains("&lt;script&gt;", page);
    }

    [Fact]
    public async Task UnknownConversation_IsNotFound_AndAnAppointmentWithoutOne_SaysSo()
    {
        using var staff = await StaffSession.SignInAsync(_factory, "servicepoint", StaffRole.Staff);

        var missing = await staff.Client.GetAsync("/admin/transcripts/webchat/nobody-here");
        var none = await staff.Client.GetAsync($"/admin/transcripts/by-appointment/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
        Assert.Contains("kein gespeichertes Gespräch", await none.Content.ReadAsStringAsync());
    }
}
