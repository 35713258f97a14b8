namespace Termine.Bot.Health;

public sealed class HealthOptions
{
    public const string SectionName = "Termine:Health";

    /// <summary>How long a due e-mail or chat message may wait unsent before the outbox counts as stuck.</summary>
    public TimeSpan OutboxMaxAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long readiness waits for the SMTP server's greeting.</summary>
    public TimeSpan SmtpTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
