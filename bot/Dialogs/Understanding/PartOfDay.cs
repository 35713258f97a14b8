namespace Termine.Bot.Dialogs.Understanding;

/// <summary>A part of the day as residents name it; <see cref="Mention.WithPartOfDay"/> turns it into a window.</summary>
internal enum PartOfDay
{
    /// <summary>Slots starting before 12:00.</summary>
    Morning,

    /// <summary>Slots from 12:00.</summary>
    Afternoon,

    /// <summary>Slots from 16:00 (the office's late opening).</summary>
    Evening,
}
