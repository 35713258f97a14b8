using Microsoft.Extensions.Options;
using Termine.Booking.Office;

namespace Termine.Bot.Legal.Pages;

/// <summary>The imprint: who provides the site, who represents it, how to reach it, who answers for the content.</summary>
public sealed class ImpressumModel(IOptions<LegalOptions> legal, IOptions<OfficeOptions> office) : LegalPageModel(legal, office);
