namespace Termine.Bot.Conversation;

/// <summary>Why a dialog is being resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>A dialog was begun.</summary>
    BeginCalled,

    /// <summary>A new message continued the active dialog.</summary>
    ContinueCalled,

    /// <summary>The dialog ended normally (or a child ended and hands back its result).</summary>
    EndCalled,

    /// <summary>The dialog was replaced by another one.</summary>
    ReplaceCalled,

    /// <summary>The dialog was cancelled.</summary>
    CancelCalled,

    /// <summary>A waterfall step skipped ahead with <c>NextAsync</c>.</summary>
    NextCalled,
}
