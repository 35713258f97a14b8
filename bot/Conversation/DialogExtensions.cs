using Microsoft.Bot.Builder;

namespace Termine.Bot.Conversation;

/// <summary>Runs a root dialog for one turn.</summary>
public static class DialogExtensions
{
    /// <summary>
    /// Continues the conversation's active dialog, or begins <paramref name="dialog"/> when none is active. State is
    /// changed in the accessor's cache only; the caller saves it at the end of a successful turn.
    /// </summary>
    public static Task<DialogTurnResult> RunAsync(
        this Dialog dialog,
        ITurnContext turnContext,
        IStatePropertyAccessor<DialogState> accessor,
        CancellationToken cancellationToken = default) =>
        dialog.RunAsync(turnContext, accessor, onVersionChanged: null, cancellationToken);

    /// <summary>
    /// As <see cref="RunAsync(Dialog, ITurnContext, IStatePropertyAccessor{DialogState}, CancellationToken)"/>, but when the
    /// stored stack was written by other dialog versions (or names dialogs that no longer exist) it is dropped,
    /// <paramref name="onVersionChanged"/> is called (to tell the user the conversation starts over), and the root
    /// begins again.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(
        this Dialog dialog,
        ITurnContext turnContext,
        IStatePropertyAccessor<DialogState> accessor,
        Func<ITurnContext, CancellationToken, Task>? onVersionChanged,
        CancellationToken cancellationToken = default)
    {
        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken);
        if (!dialogSet.IsCurrent(dc.Stack))
        {
            // Not ended one by one: the stored instances may belong to dialogs that no longer exist.
            dc.Stack.Clear();
            if (onVersionChanged is not null)
            {
                await onVersionChanged(turnContext, cancellationToken);
            }
        }

        var result = await dc.ContinueDialogAsync(cancellationToken);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(dialog.Id, null, cancellationToken)
            : result;
    }
}
