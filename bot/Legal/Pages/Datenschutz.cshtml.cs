using Microsoft.Extensions.Options;
using Termine.Booking.Office;
using Termine.Booking.Retention;
using Termine.Bot.Channels.Telegram;

namespace Termine.Bot.Legal.Pages;

/// <summary>
/// The privacy notice (Art. 13 GDPR) for the booking and the chat: what is stored, why, on which legal basis, for how
/// long (<c>Termine:Retention:Days</c>), who receives it, and the resident's rights. Telegram and Microsoft Teams are
/// named only when this installation uses them.
/// </summary>
public sealed class DatenschutzModel(
    IOptions<LegalOptions> legal, IOptions<OfficeOptions> office, IOptions<RetentionOptions> retention,
    IOptions<TelegramOptions> telegram, IConfiguration configuration) : LegalPageModel(legal, office)
{
    public int RetentionDays => retention.Value.Days;

    public bool UsesTelegram => telegram.Value.Enabled;

    /// <summary>Teams reaches the bot through the Bot Connector, which needs the bot's Microsoft app id.</summary>
    public bool UsesTeams => !string.IsNullOrWhiteSpace(configuration["MicrosoftAppId"]);
}
