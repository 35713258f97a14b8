using System.Text.Json.Nodes;
using Microsoft.Bot.Schema;

namespace Termine.Bot.Conversation;

/// <summary>
/// A fixed sequence of steps. Each step usually asks something (a prompt) and the next one receives the answer as
/// <see cref="WaterfallStepContext{TValues}.Result"/>; what the steps collect lives in a typed
/// <typeparamref name="TValues"/> record that is stored with the dialog after every step.
/// </summary>
/// <typeparam name="TValues">The data the steps collect; a class (or record class) serialisable with System.Text.Json.</typeparam>
public class WaterfallDialog<TValues> : Dialog
    where TValues : class, new()
{
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string StepIndexKey = "stepIndex";

    private readonly IReadOnlyList<WaterfallStep<TValues>> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep<TValues>> steps)
        : base(dialogId)
    {
        _steps = [.. steps];
        if (_steps.Count == 0)
        {
            throw new ArgumentException("A waterfall needs at least one step.", nameof(steps));
        }
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(
        DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var instance = dc.ActiveDialog!;
        // Kept in stored form only, so the steps read options the same way on the first turn and after a restart.
        instance.SetState(OptionsKey, options);
        instance.SetState(ValuesKey, new TValues());
        return await RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A message resumes the waiting step with its text; other activities (typing, updates) are ignored.</summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(
        DialogContext dc, CancellationToken cancellationToken)
    {
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        return await ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken);
    }

    /// <summary>Runs the step after the one that handed over, with the result it is resumed with.</summary>
    public override Task<DialogTurnResult> ResumeDialogAsync(
        DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        var index = dc.ActiveDialog!.GetState<int>(StepIndexKey);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var instance = dc.ActiveDialog!;
        instance.SetState(StepIndexKey, index);
        var stepContext = new WaterfallStepContext<TValues>(
            this,
            dc,
            instance,
            instance.GetState<JsonNode>(OptionsKey),
            instance.GetState<TValues>(ValuesKey) ?? new TValues(),
            index,
            reason,
            result);
        var turnResult = await _steps[index](stepContext, cancellationToken);
        stepContext.SaveValues();
        return turnResult;
    }

    /// <summary>Stores the values a step collected.</summary>
    internal static void SaveValues(DialogInstance instance, TValues values) => instance.SetState(ValuesKey, values);
}
