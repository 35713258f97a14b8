using Microsoft.EntityFrameworkCore;

namespace Termine.Booking.Persistence;

public sealed class PostgresBookingDbContext(DbContextOptions<PostgresBookingDbContext> options) : BookingDbContext(options);
