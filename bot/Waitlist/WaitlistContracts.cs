namespace Termine.Bot.Waitlist;

/// <summary>
/// Joining the waiting list as clients send it; dates and times stay strings here so a malformed one is named, not
/// just refused. <c>from</c>, <c>to</c>, <c>weekdays</c>, <c>notBefore</c>, <c>notAfter</c> and <c>permitExpires</c> may be left out.
/// </summary>
public sealed record WaitlistJoinBody(
    string? ServiceId,
    string? FullName,
    string? BirthDate,
    string? Email,
    string? Phone,
    int? Persons,
    string? Language,
    string? From,
    string? To,
    IReadOnlyList<string?>? Weekdays,
    string? NotBefore,
    string? NotAfter,
    string? PermitExpires);

public sealed record WaitlistJoinAnswer(string Reference);
