using Microsoft.Bot.Builder;
using Termine.Bot.Dialogs.Language;

namespace Termine.Bot.Dialogs;

/// <summary>The conversation's language, kept in the conversation state; switchable at any step.</summary>
public sealed class ConversationLanguage(ConversationState conversationState)
{
    private readonly IStatePropertyAccessor<ConversationProfile> _profile =
        conversationState.CreateProperty<ConversationProfile>(nameof(ConversationProfile));

    /// <summary>The language, or null before it was chosen or detected.</summary>
    public async Task<string?> FindAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await _profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken)).Language;

    /// <summary>The language; on the first turn taken from the channel's locale or the message itself.</summary>
    public async Task<string> GetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var profile = await _profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken);
        profile.Language ??= LanguageDetector.FirstGuess(turnContext.Activity.Locale, turnContext.Activity.Text);
        return profile.Language;
    }

    /// <summary>Remembers the buttons of the question just sent (see <see cref="ConversationProfile.Offered"/>).</summary>
    public async Task OfferAsync(ITurnContext turnContext, IEnumerable<string> buttons, CancellationToken cancellationToken) =>
        (await _profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken)).Offered = buttons.ToList();

    /// <summary>The buttons of the last question.</summary>
    public async Task<IReadOnlyList<string>> OfferedAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await _profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken)).Offered;

    /// <summary>Remembers that a service's documents were shown (see <see cref="ConversationProfile.DocumentsShown"/>).</summary>
    public async Task ShowedDocumentsAsync(ITurnContext turnContext, string? serviceId, CancellationToken cancellationToken) =>
        (await _profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken)).DocumentsShown = serviceId;

    /// <summary>The service whose documents were shown last, or null.</summary>
    public async Task<string?> DocumentsShownAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        (await _profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken)).DocumentsShown;

    public async Task SetAsync(ITurnContext turnContext, string language, CancellationToken cancellationToken) =>
        (await _profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken)).Language = language;
}
