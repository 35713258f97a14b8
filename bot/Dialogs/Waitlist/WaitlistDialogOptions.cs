namespace Termine.Bot.Dialogs.Waitlist;

/// <param name="Known">What the booking conversation already knew, taken over as it is.</param>
/// <param name="Propose">Ask first whether the resident wants the list at all (nothing fitted their wish).</param>
public sealed record WaitlistDialogOptions(WaitlistForm Known, bool Propose);
