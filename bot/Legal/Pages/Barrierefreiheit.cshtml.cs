using Microsoft.Extensions.Options;
using Termine.Booking.Office;

namespace Termine.Bot.Legal.Pages;

/// <summary>
/// The accessibility statement (BITV NRW, Directive (EU) 2016/2102): scope, conformity status, the known limitations,
/// the date, the feedback contact and the enforcement procedure with the state's ombuds office.
/// </summary>
public sealed class BarrierefreiheitModel(IOptions<LegalOptions> legal, IOptions<OfficeOptions> office) : LegalPageModel(legal, office)
{
    /// <summary>The limitations the statement names, each a text key; none when the site is fully compliant.</summary>
    public IReadOnlyList<string> Limitations => Legal.AccessibilityConformity == AccessibilityConformity.Full
        ? []
        : ["Access.Limit.Script", "Access.Limit.Voice", "Access.Limit.Camera", "Access.Limit.EasyLanguage"];

    public string StatementDate => LegalTexts.Date(Legal.AccessibilityStatementDate, Language);
}
