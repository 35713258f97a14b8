using System.Text.Json;
using System.Text.Json.Nodes;

namespace Termine.Bot.Conversation;

/// <summary>
/// The context of one waterfall step: a <see cref="DialogContext"/> on the waterfall's stack plus the step's input
/// (<see cref="Result"/>), the waterfall's options and its typed <see cref="Values"/>.
/// </summary>
/// <remarks>
/// <see cref="Values"/> are stored when the step hands over to another dialog (begin, prompt, end, replace, cancel,
/// next) or returns, whichever comes first: a dialog begun by the step may end within the same turn and run the next
/// step, which must see them. Changes made after handing over are not stored.
/// </remarks>
public sealed class WaterfallStepContext<TValues> : DialogContext
    where TValues : class, new()
{
    private readonly WaterfallDialog<TValues> _waterfall;
    private readonly DialogInstance _instance;
    private bool _valuesSaved;
    private bool _nextCalled;

    internal WaterfallStepContext(
        WaterfallDialog<TValues> waterfall,
        DialogContext dc,
        DialogInstance instance,
        JsonNode? options,
        TValues values,
        int index,
        DialogReason reason,
        object? result)
        : base(dc.Dialogs, dc.Context, dc.Stack, dc.Parent)
    {
        _waterfall = waterfall;
        _instance = instance;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The options the waterfall was begun with, in stored form; read them with <see cref="GetOptions{TOptions}"/>.</summary>
    public JsonNode? Options { get; }

    /// <summary>The data collected so far; mutate it or replace it (<c>Values = Values with { … }</c>).</summary>
    public TValues Values { get; set; }

    /// <summary>The zero-based position of this step.</summary>
    public int Index { get; }

    /// <summary>Why this step runs.</summary>
    public DialogReason Reason { get; }

    /// <summary>
    /// The input of this step: what the dialog begun by the previous step ended with (a prompt's recognised value),
    /// the text of the user's message, or the value given to <see cref="NextAsync"/>. Read it typed with
    /// <see cref="ResultAs{T}"/>.
    /// </summary>
    public object? Result { get; }

    /// <summary>The options the waterfall was begun with, or <c>default</c> when it had none.</summary>
    public TOptions? GetOptions<TOptions>() => Options is null ? default : Options.Deserialize<TOptions>(DialogJson.Options);

    /// <summary><see cref="Result"/> as <typeparamref name="T"/>, or <c>default</c> when there is none.</summary>
    /// <exception cref="InvalidOperationException">The result is of another type.</exception>
    public T? ResultAs<T>() => Result switch
    {
        null => default,
        T value => value,
        _ => throw new InvalidOperationException(
            $"Step {Index} of '{_waterfall.Id}' expected a {typeof(T).Name} result but got a {Result.GetType().Name}."),
    };

    /// <summary>Skips to the next step within this turn, handing it <paramref name="result"/>.</summary>
    /// <exception cref="InvalidOperationException">Called twice in one step.</exception>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        SaveValues();
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }

    /// <summary>Stores <see cref="Values"/> once, at the first hand-over or when the step returns.</summary>
    internal void SaveValues()
    {
        if (_valuesSaved)
        {
            return;
        }

        _valuesSaved = true;
        WaterfallDialog<TValues>.SaveValues(_instance, Values);
    }

    private protected override void OnHandingOver() => SaveValues();
}
