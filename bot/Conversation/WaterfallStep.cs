namespace Termine.Bot.Conversation;

/// <summary>One step of a <see cref="WaterfallDialog{TValues}"/>; by convention a method named <c>…StepAsync</c>.</summary>
public delegate Task<DialogTurnResult> WaterfallStep<TValues>(
    WaterfallStepContext<TValues> stepContext, CancellationToken cancellationToken)
    where TValues : class, new();
