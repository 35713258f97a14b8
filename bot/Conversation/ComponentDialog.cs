using Microsoft.Bot.Builder;

namespace Termine.Bot.Conversation;

/// <summary>
/// A dialog made of dialogs: it runs its own inner stack, kept inside its instance's state, so a sub-journey nests
/// anywhere and can be tested alone. Override <see cref="OnContinueDialogAsync"/> to intercept every message before
/// the inner dialogs see it (interruptions such as "help" or "cancel").
/// </summary>
public class ComponentDialog : Dialog
{
    private const string InnerStackKey = "dialogs";

    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The dialog begun when the component begins; defaults to the first one added.</summary>
    public string? InitialDialogId { get; set; }

    /// <summary>The inner dialogs.</summary>
    public DialogSet Dialogs { get; } = new();

    /// <summary>Adds an inner dialog.</summary>
    /// <exception cref="ArgumentException">A dialog with the same id is already in the component.</exception>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var innerState = new DialogState();
        var result = await OnBeginDialogAsync(new DialogContext(Dialogs, dc, innerState), options, cancellationToken);
        return await AfterInnerTurnAsync(dc, instance, innerState, result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(
        DialogContext dc, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        var innerState = ReadInnerState(instance);
        var result = await OnContinueDialogAsync(new DialogContext(Dialogs, dc, innerState), cancellationToken);
        return await AfterInnerTurnAsync(dc, instance, innerState, result, cancellationToken);
    }

    /// <summary>
    /// Components are usually leaves of the outer stack; if the outer context pushed a dialog on top of this one and
    /// it ended, the user is asked the inner question again.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(
        ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        await new DialogContext(Dialogs, turnContext, ReadInnerState(instance)).RepromptDialogAsync(cancellationToken);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken);
    }

    public override async Task EndDialogAsync(
        ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason == DialogReason.CancelCalled)
        {
            // Inner dialogs get their own end call, so they can clean up as if cancelled directly.
            await new DialogContext(Dialogs, turnContext, ReadInnerState(instance)).CancelAllDialogsAsync(cancellationToken);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken);
    }

    /// <summary>Begins the inner stack; by default with <see cref="InitialDialogId"/> and the component's options.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(
        DialogContext innerDc, object? options, CancellationToken cancellationToken) =>
        innerDc.BeginDialogAsync(
            InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs."),
            options,
            cancellationToken);

    /// <summary>
    /// Routes a message to the inner stack. Override to intercept it first; return <see cref="Dialog.EndOfTurn"/> to
    /// keep waiting, any other status ends the component with the result's value.
    /// </summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(
        DialogContext innerDc, CancellationToken cancellationToken) =>
        innerDc.ContinueDialogAsync(cancellationToken);

    /// <summary>Called after the inner dialogs were asked to reprompt.</summary>
    protected virtual Task OnRepromptDialogAsync(
        ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Called when the component leaves the outer stack.</summary>
    protected virtual Task OnEndDialogAsync(
        ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    internal override bool IsCurrent(DialogInstance instance) =>
        base.IsCurrent(instance) && Dialogs.IsCurrent(ReadInnerState(instance).DialogStack);

    private static DialogState ReadInnerState(DialogInstance instance) =>
        instance.GetState<DialogState>(InnerStackKey) ?? new DialogState();

    private static async Task<DialogTurnResult> AfterInnerTurnAsync(
        DialogContext dc,
        DialogInstance instance,
        DialogState innerState,
        DialogTurnResult innerResult,
        CancellationToken cancellationToken)
    {
        instance.SetState(InnerStackKey, innerState);
        // An inner dialog may have gone through innerDc.Parent and ended, replaced or covered this component already;
        // ending "the active dialog" then would end someone else.
        if (innerResult.Status == DialogTurnStatus.Waiting || !ReferenceEquals(dc.ActiveDialog, instance))
        {
            return innerResult;
        }

        return await dc.EndDialogAsync(innerResult.Result, cancellationToken);
    }
}
