namespace Termine.Bot.Dialogs.Understanding;

/// <summary>
/// An e-mail address read from a message, lower case. <paramref name="WasDictated"/> says it was put together from
/// spoken words ("anna dot schmidt at web dot de"), so it should be read back before it is used.
/// </summary>
public sealed record EmailReading(string Address, bool WasDictated);
