using Microsoft.Bot.Builder;
using Termine.Bot.Conversation.Prompts;

namespace Termine.Bot.Conversation;

/// <summary>
/// One turn's view of a dialog stack: begins, continues, ends, replaces and cancels dialogs of <see cref="Dialogs"/>.
/// </summary>
public class DialogContext
{
    /// <summary>A context for the conversation's root stack.</summary>
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
        : this(dialogs, turnContext, state.DialogStack, parent: null)
    {
    }

    /// <summary>A context for a stack nested inside a dialog of <paramref name="parent"/> (a component's inner stack).</summary>
    public DialogContext(DialogSet dialogs, DialogContext parent, DialogState state)
        : this(dialogs, parent.Context, state.DialogStack, parent)
    {
    }

    /// <summary>A context sharing the stack of another one (a waterfall step's context).</summary>
    private protected DialogContext(
        DialogSet dialogs, ITurnContext turnContext, List<DialogInstance> stack, DialogContext? parent)
    {
        Dialogs = dialogs;
        Context = turnContext;
        Stack = stack;
        Parent = parent;
    }

    /// <summary>The dialogs this context can begin.</summary>
    public DialogSet Dialogs { get; }

    /// <summary>The current turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>The stack, active dialog first.</summary>
    public List<DialogInstance> Stack { get; }

    /// <summary>The context of the dialog whose inner stack this is, or null for the root.</summary>
    public DialogContext? Parent { get; }

    /// <summary>The instance on top of the stack, or null when the stack is empty.</summary>
    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Pushes the dialog with <paramref name="dialogId"/> and begins it.</summary>
    /// <exception cref="InvalidOperationException">No such dialog in <see cref="Dialogs"/>.</exception>
    public async Task<DialogTurnResult> BeginDialogAsync(
        string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindOrThrow(dialogId);
        OnHandingOver();
        Stack.Insert(0, new DialogInstance { Id = dialog.Id, Version = dialog.Version });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Begins the prompt with <paramref name="dialogId"/>; sugar for <see cref="BeginDialogAsync"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(
        string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Hands the turn to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await FindOrThrow(active.Id).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>
    /// Pops the active dialog and resumes the one below it with <paramref name="result"/>; when none is left, the
    /// stack is <see cref="DialogTurnStatus.Complete"/>.
    /// </summary>
    public async Task<DialogTurnResult> EndDialogAsync(
        object? result = null, CancellationToken cancellationToken = default)
    {
        OnHandingOver();
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken);
        if (ActiveDialog is not { } parent)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        return await FindOrThrow(parent.Id).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
    }

    /// <summary>Ends the active dialog and begins another one in its place, without resuming the dialog below.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(
        string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        OnHandingOver();
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Ends every dialog on this stack, top first.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        OnHandingOver();
        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to ask its question again (after an interruption, for example).</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } active)
        {
            await FindOrThrow(active.Id).RepromptDialogAsync(Context, active, cancellationToken);
        }
    }

    /// <summary>
    /// Called before control passes to another dialog, so that a context holding unsaved data (a waterfall step and
    /// its values) can store it before that dialog may run on and read it.
    /// </summary>
    private protected virtual void OnHandingOver()
    {
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return;
        }

        // Popped first so that a dialog ending itself cannot be routed to again.
        Stack.RemoveAt(0);
        await FindOrThrow(active.Id).EndDialogAsync(Context, active, reason, cancellationToken);
    }

    private Dialog FindOrThrow(string dialogId) =>
        Dialogs.Find(dialogId)
        ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' in this dialog set. Was it added?");
}
