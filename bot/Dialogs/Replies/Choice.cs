namespace Termine.Bot.Dialogs.Replies;

/// <summary>A button: what it shows, and what it sends back when pressed (so typing the title works the same).</summary>
public sealed record ChoiceButton(string Title, string Value);
