namespace Termine.Bot.Conversation.Prompts;

/// <summary>
/// Decides whether a recognised answer is accepted. It may send its own explanation; the retry prompt is then not
/// sent. Validators are usually private static methods named <c>…ValidatorAsync</c>.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
