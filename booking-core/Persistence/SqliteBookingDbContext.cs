using Microsoft.EntityFrameworkCore;
using Termine.Booking.Persistence.Providers;

namespace Termine.Booking.Persistence;

public sealed class SqliteBookingDbContext(DbContextOptions<SqliteBookingDbContext> options) : BookingDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        SqliteConventions.ConfigureModel(configurationBuilder);
}
