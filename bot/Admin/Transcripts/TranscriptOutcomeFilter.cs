namespace Termine.Bot.Admin.Transcripts;

/// <summary>What the staff can filter the conversations by; "abandoned" and "open" split the open ones by quiet time.</summary>
public enum TranscriptOutcomeFilter
{
    Booked,
    Abandoned,
    AskedForPerson,
    Managed,
    Open,
    JoinedWaitlist,
}
