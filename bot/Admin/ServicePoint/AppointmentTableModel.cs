namespace Termine.Bot.Admin.ServicePoint;

/// <summary>What the shared appointment table of the day view and the search shows.</summary>
public sealed record AppointmentTableModel(string Caption, IReadOnlyList<AppointmentRow> Rows, bool ShowDate);
