namespace Termine.Bot.Admin.Access;

public enum StaffRole
{
    /// <summary>Service point and waiting area: appointments, walk-in bookings, check-in, calls, transcripts.</summary>
    Staff = 0,

    /// <summary>Also the catalog, opening hours, desks and closing days, and the staff accounts.</summary>
    Administrator = 1,
}
