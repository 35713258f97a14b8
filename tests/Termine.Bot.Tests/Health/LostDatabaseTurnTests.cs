using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging.Abstractions;
using Termine.Booking.Persistence.Identity;
using Termine.Bot.Channels;

namespace Termine.Bot.Tests.Health;

/// <summary>A turn that met a lost database still ends with the apology, though the dialog state cannot be cleared.</summary>
public sealed class LostDatabaseTurnTests
{
    [Fact]
    public async Task TurnFailedOnALostDatabase_StateCannotBeCleared_ResidentStillGetsTheApology()
    {
        var adapter = new TestAdapter();
        var turn = new TurnContext(adapter, new Activity
        {
            Type = ActivityTypes.Message, Text = "Termin buchen", Locale = "de-DE", ChannelId = "telegram",
            Conversation = new ConversationAccount(id: "lost-db"), From = new ChannelAccount("resident"), Recipient = new ChannelAccount("bot"),
        });
        var handler = new TurnErrorHandler(new ConversationState(new LostStorage()), new Apology(), NullLogger<TurnErrorHandler>.Instance);

        await handler.HandleAsync(turn, new DatabaseUnavailableException(DatabaseUnavailableReason.FileMissing));

        var reply = Assert.IsAssignableFrom<IMessageActivity>(adapter.GetNextReply());
        Assert.Equal("sorry", reply.Text);
    }

    private sealed class Apology : ITurnApology
    {
        public IMessageActivity For(string? locale) => MessageFactory.Text("sorry");
    }

    /// <summary>Storage whose database file is gone: every call fails as the guard makes it fail.</summary>
    private sealed class LostStorage : IStorage
    {
        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            throw new DatabaseUnavailableException(DatabaseUnavailableReason.FileMissing);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
            throw new DatabaseUnavailableException(DatabaseUnavailableReason.FileMissing);

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
            throw new DatabaseUnavailableException(DatabaseUnavailableReason.FileMissing);
    }
}
