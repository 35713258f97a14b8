using Microsoft.Bot.Builder;

namespace Termine.Bot.Conversation;

/// <summary>The dialogs that can be begun on one stack, by id.</summary>
public sealed class DialogSet
{
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    /// <summary>A set whose stack is loaded through <paramref name="dialogState"/> (the root of a conversation).</summary>
    public DialogSet(IStatePropertyAccessor<DialogState> dialogState)
    {
        ArgumentNullException.ThrowIfNull(dialogState);
        _dialogState = dialogState;
    }

    /// <summary>A set whose stack is kept by its owner (a component dialog's inner set).</summary>
    public DialogSet()
    {
    }

    /// <summary>Adds a dialog.</summary>
    /// <exception cref="ArgumentException">A dialog with the same id is already in the set.</exception>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        // Bot Framework silently renames a duplicate ("id2"), which leaves stored state pointing at the wrong dialog.
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        return this;
    }

    /// <summary>The dialog with <paramref name="dialogId"/>, or null.</summary>
    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    /// <summary>Loads the conversation's stack and returns a context for this turn.</summary>
    /// <exception cref="InvalidOperationException">The set was created without a state accessor.</exception>
    public async Task<DialogContext> CreateContextAsync(
        ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        if (_dialogState is null)
        {
            throw new InvalidOperationException("This dialog set has no state accessor; its owner creates its contexts.");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        // A storage that keeps no type names hands BotState a JObject, and GetAsync then returns a fresh copy on every
        // call without caching it: changes to that copy would never be saved. Setting it back makes it the cached one.
        await _dialogState.SetAsync(turnContext, state, cancellationToken);
        return new DialogContext(this, turnContext, state);
    }

    /// <summary>Whether every instance on <paramref name="stack"/> belongs to a dialog of this set in its current version.</summary>
    internal bool IsCurrent(IEnumerable<DialogInstance> stack) =>
        stack.All(instance => Find(instance.Id) is { } dialog && dialog.IsCurrent(instance));
}
