namespace Termine.Bot.Channels.DirectLine;

/// <summary>A token and its lifetime in seconds, as Direct Line's <c>expires_in</c>.</summary>
public sealed record IssuedToken(string Token, int ExpiresIn);
