using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Localization;
using Termine.Booking.Office;
using Termine.Booking.Persistence;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Notifications;

/// <summary>
/// A booked appointment shown again from its manage token, as its confirmation e-mail shows it (the same check-in
/// token, documents and calendar file), for the web booking's confirmation page; and the recognition of a booking
/// form sent twice.
/// </summary>
public sealed class AppointmentConfirmations(
    IDbContextFactory<BookingDbContext> contexts,
    BookingService bookings,
    TokenKey tokenKey,
    ServiceCatalog catalog,
    OfficeClock clock,
    AppointmentEmailComposer composer,
    IOptions<SiteOptions> site,
    IOptions<OfficeOptions> office)
{
    public async Task<ConfirmationLookup> FindAsync(string? manageToken, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var appointment = await FindByTokenAsync(db, manageToken, cancellationToken);
        if (appointment is null || catalog.Find(appointment.ServiceId) is not { } service)
        {
            return new ConfirmationLookup.NotFound();
        }

        var booked = bookings.ToBooked(appointment);
        if (appointment.Status == AppointmentStatus.Cancelled)
        {
            return new ConfirmationLookup.Cancelled(booked,
                EmailContent.For(appointment, MessageKind.Cancellation, null, service, clock, site.Value, office.Value));
        }

        return new ConfirmationLookup.Found(booked,
            EmailContent.For(appointment, MessageKind.Confirmation, TokensOf(appointment), service, clock, site.Value, office.Value));
    }

    /// <summary>
    /// The calendar file of the confirmation e-mail (the same event, sequence and location), or null when the token
    /// finds no booked appointment.
    /// </summary>
    public async Task<string?> CalendarFileAsync(string? manageToken, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var appointment = await FindByTokenAsync(db, manageToken, cancellationToken);
        if (appointment is not { Status: AppointmentStatus.Booked } || catalog.Find(appointment.ServiceId) is null)
        {
            return null;
        }

        var sequence = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.AppointmentId == appointment.Id && m.Kind == MessageKind.Confirmation && m.Channel == OutboxMessage.EmailChannel)
            .MaxAsync(m => (int?)m.CalendarSequence, cancellationToken) ?? 0;
        return composer.CalendarFile(appointment, sequence);
    }

    /// <summary>
    /// The booking a hold already became, when a form is sent again (a double click, a reload): found only when every
    /// value sent matches what was booked, so a second sender with other data learns nothing of the first.
    /// </summary>
    public async Task<BookingResult.Booked?> FindResubmittedAsync(Guid holdId, PersonalData person, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var appointment = await db.Appointments.AsNoTracking().Include(a => a.Companions)
            .SingleOrDefaultAsync(a => a.Id == holdId && a.Status == AppointmentStatus.Booked, cancellationToken);
        return appointment is not null && appointment.TokenGeneration > 0 && Matches(appointment, person)
            ? new BookingResult.Booked(bookings.ToBooked(appointment), TokensOf(appointment))
            : null;
    }

    private static bool Matches(Appointment appointment, PersonalData person) =>
        appointment.FullName == person.FullName?.Trim()
        && appointment.BirthDate == person.BirthDate
        && appointment.Email == person.Email?.Trim().ToLowerInvariant()
        && appointment.Phone == (string.IsNullOrWhiteSpace(person.Phone) ? null : Digits.ToAscii(person.Phone.Trim()))
        && appointment.Companions.OrderBy(c => c.Position).Select(c => (c.FullName, c.BirthDate))
            .SequenceEqual(person.Companions.Select(c => (c.FullName.Trim(), c.BirthDate)));

    // Tokens from before derived tokens (generation 0) were random and exist only in the e-mail.
    private AppointmentTokens? TokensOf(Appointment appointment) =>
        appointment.TokenGeneration > 0 ? tokenKey.TokensOf(appointment.Id, appointment.TokenGeneration) : null;

    private static async Task<Appointment?> FindByTokenAsync(BookingDbContext db, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64)
        {
            return null;
        }

        var hash = AccessToken.Hash(token);
        return await db.Appointments.AsNoTracking().Include(a => a.Companions)
            .SingleOrDefaultAsync(a => a.ManageTokenHash == hash && a.Reference != null, cancellationToken);
    }
}
