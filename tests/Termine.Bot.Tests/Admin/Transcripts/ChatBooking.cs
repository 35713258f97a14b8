using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Persistence;
using Termine.Bot.State;
using Termine.Testing.Conversations;
using Termine.Testing.Hosts;
using Termine.Testing.Waiting;

namespace Termine.Bot.Tests.Admin.Transcripts;

/// <summary>A resident books through the bot in German, as in the journey tests; and waiting on the transcript writes.</summary>
internal static class ChatBooking
{
    public static async Task<Appointment> BookAsync(TermineFactory factory, string conversationId, string email)
    {
        var resident = new ConversationDriver(factory.Services, conversationId, "de-DE");
        foreach (var text in new[]
                 {
                     "Hallo", "Ich möchte meine Aufenthaltserlaubnis verlängern", "1", "nächsten Dienstag vormittags", "die zweite",
                     "Amina Haddad", "17.05.1990", email, "keine", "ja",
                 })
        {
            await resident.SendAsync(text);
        }

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var appointment = await db.Appointments.SingleAsync(a => a.Email == email);
        await SummaryAsync(factory, "webchat", conversationId, s => s.Outcome == ConversationOutcome.Booked && s.ActivityCount >= 20);
        return appointment;
    }

    /// <summary>
    /// The SDK's transcript middleware writes after the turn without waiting; this reads the summary until it shows what
    /// the test expects (Eventually's generous deadline ends only a wait that would never end).
    /// </summary>
    public static async Task<ConversationSummary> SummaryAsync(
        TermineFactory factory, string channelId, string conversationId, Func<ConversationSummary, bool> ready)
    {
        var contexts = factory.Services.GetRequiredService<IDbContextFactory<BotDbContext>>();
        return (await Eventually.GetAsync(
            async () =>
            {
                await using var db = await contexts.CreateDbContextAsync();
                return await db.ConversationSummaries.AsNoTracking().SingleOrDefaultAsync(s => s.ChannelId == channelId && s.ConversationId == conversationId);
            },
            summary => summary is not null && ready(summary),
            because: $"the summary of conversation {conversationId} to show what the test expects"))!;
    }
}
