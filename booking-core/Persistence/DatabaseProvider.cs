namespace Termine.Booking.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
