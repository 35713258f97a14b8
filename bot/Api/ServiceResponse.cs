namespace Termine.Bot.Api;

public sealed record ServiceResponse(
    string Id,
    string Name,
    string Description,
    int DurationMinutes,
    IReadOnlyList<DocumentResponse> Documents,
    int MaxDaysAhead,
    int MinNoticeHours,
    string Language);

public sealed record DocumentResponse(string Name, string Note);

public sealed record SlotResponse(DateTimeOffset Start, DateTimeOffset End, int Available);
