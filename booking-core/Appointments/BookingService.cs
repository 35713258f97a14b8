using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Termine.Booking.Catalog;
using Termine.Booking.Localization;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Appointments;

/// <summary>Holds a slot, confirms a hold with the resident's data, or books both in one step.</summary>
public sealed class BookingService(
    ServiceCatalog catalog,
    BookingValidator validator,
    OfficeClock clock,
    IOptions<BookingOptions> options,
    IEnumerable<IAppointmentChangeHandler> changeHandlers,
    DatabaseWrites<BookingDbContext> writes,
    SlotGrid grid,
    TokenKey tokenKey)
{
    /// <summary>As long as the column; a chat id is far shorter.</summary>
    public const int MaxChannelAddressLength = 64;

    private readonly BookingTransaction _transaction = new(writes);
    private readonly SlotClaimer _claimer = new(grid, clock);

    public async Task<HoldResult> HoldAsync(
        string? serviceId, DateTimeOffset? start, int? persons, string clientKey, CancellationToken cancellationToken)
    {
        var errors = validator.ValidateSlot(serviceId, start, persons);
        if (errors.Count > 0)
        {
            return new HoldResult.Invalid(errors);
        }

        var service = catalog.Find(serviceId)!;
        return await _transaction.RunAsync<HoldResult>("termine.booking.hold", async (db, ct) =>
        {
            var now = clock.UtcNow;
            var holds = await db.Appointments.CountAsync(
                a => a.ClientKey == clientKey && a.Status == AppointmentStatus.Held && a.HoldExpiresAt > now, ct);
            if (holds >= options.Value.MaxHoldsPerClient)
            {
                return new HoldResult.LimitReached(BookingLimit.Holds);
            }

            var appointment = NewAppointment(service, start!.Value, persons!.Value, clientKey);
            appointment.HoldExpiresAt = now + options.Value.HoldDuration;
            if (await _claimer.ClaimAsync(db, service, appointment, ct) is null)
            {
                return new HoldResult.SlotTaken();
            }

            db.Appointments.Add(appointment);
            await db.SaveChangesAsync(ct);
            return new HoldResult.Held(appointment.Id, clock.ToLocal(appointment.Start), clock.ToLocal(appointment.End), appointment.HoldExpiresAt.Value);
        }, r => r is HoldResult.Held, () => new HoldResult.SlotTaken(), cancellationToken);
    }

    public Task<BookingResult> ConfirmAsync(
        Guid holdId, PersonalData person, string channel, CancellationToken cancellationToken) =>
        ConfirmAsync(holdId, person, channel, channelAddress: null, cancellationToken);

    /// <param name="channelAddress">The chat the resident booked in, where a chat channel sends the QR code and reminders too.</param>
    public async Task<BookingResult> ConfirmAsync(
        Guid holdId, PersonalData person, string channel, string? channelAddress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(channelAddress?.Length ?? 0, MaxChannelAddressLength, nameof(channelAddress));
        var errors = validator.ValidatePerson(person);
        if (errors.Count > 0)
        {
            return new BookingResult.Invalid(errors);
        }

        return await _transaction.RunAsync<BookingResult>("termine.booking.confirm", async (db, ct) =>
        {
            var appointment = await db.Appointments.SingleOrDefaultAsync(a => a.Id == holdId && a.Status == AppointmentStatus.Held, ct);
            if (appointment is null)
            {
                return new BookingResult.NotFound();
            }

            if (BookingValidator.ValidateCompanionCount(person, appointment.Persons) is { Count: > 0 } countErrors)
            {
                return new BookingResult.Invalid(countErrors);
            }

            if (await OpenLimitReachedAsync(db, person.Email!, appointment.ServiceId, ct))
            {
                return new BookingResult.LimitReached(BookingLimit.OpenAppointments);
            }

            var units = grid.UnitsOf(appointment.Start, appointment.End).Count();
            var kept = await db.SlotClaims.Where(c => c.AppointmentId == holdId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.ExpiresAt, (DateTimeOffset?)null), ct);
            if (kept != units)
            {
                // The hold ran out and someone else has taken part of its desk time since; the same time may still be
                // free at another desk, and then the resident keeps the time they chose.
                await db.SlotClaims.Where(c => c.AppointmentId == holdId).ExecuteDeleteAsync(ct);
                appointment.HoldExpiresAt = null;
                if (catalog.Find(appointment.ServiceId) is not { } service || await _claimer.ClaimAsync(db, service, appointment, ct) is null)
                {
                    return new BookingResult.HoldExpired();
                }
            }

            return await ConfirmInTransactionAsync(db, appointment, person, channel, channelAddress, ct);
        }, r => r is BookingResult.Booked, () => new BookingResult.SlotTaken(), cancellationToken);
    }

    /// <summary>Lets a held slot go at once, for a resident who chose another one or left.</summary>
    public async Task ReleaseHoldAsync(Guid holdId, CancellationToken cancellationToken)
    {
        await writes.RunAsync(async (db, ct) =>
        {
            await db.SlotClaims.Where(c => c.AppointmentId == holdId && c.ExpiresAt != null).ExecuteDeleteAsync(ct);
            await db.Appointments.Where(a => a.Id == holdId && a.Status == AppointmentStatus.Held).MayMoveTo(AppointmentStatus.Expired)
                .ExecuteUpdateAsync(s => s.MoveTo(AppointmentStatus.Expired), ct);
        }, cancellationToken);
    }

    /// <summary>
    /// Books a slot with the resident's data in one step. A retry with the same idempotency key returns the first
    /// answer (without the check-in token, which only the first answer's e-mail carries).
    /// </summary>
    public async Task<BookingResult> BookAsync(
        BookingRequest request, string clientKey, string? idempotencyKey, CancellationToken cancellationToken)
    {
        var errors = validator.ValidateSlot(request.ServiceId, request.Start, request.Persons)
            .Concat(validator.ValidatePerson(request))
            .Concat(BookingValidator.ValidateCompanionCount(request.Person, request.Persons)).ToList();
        if (errors.Count > 0)
        {
            return new BookingResult.Invalid(errors);
        }

        var service = catalog.Find(request.ServiceId)!;
        var requestHash = idempotencyKey is null ? null : HashRequest(request);
        return await _transaction.RunAsync<BookingResult>("termine.booking.book", async (db, ct) =>
        {
            if (idempotencyKey is not null && await PreviousAnswerAsync(db, idempotencyKey, requestHash!, ct) is { } previous)
            {
                return previous;
            }

            if (!string.IsNullOrWhiteSpace(request.Person.Email) && await OpenLimitReachedAsync(db, request.Person.Email, service.Id, ct))
            {
                return new BookingResult.LimitReached(BookingLimit.OpenAppointments);
            }

            var appointment = NewAppointment(service, request.Start!.Value, request.Persons!.Value, clientKey);
            if (await _claimer.ClaimAsync(db, service, appointment, ct) is null)
            {
                return new BookingResult.SlotTaken();
            }

            db.Appointments.Add(appointment);
            if (idempotencyKey is not null)
            {
                db.IdempotencyRecords.Add(new IdempotencyRecord
                {
                    Key = idempotencyKey, RequestHash = requestHash!, AppointmentId = appointment.Id, CreatedAt = clock.UtcNow,
                });
            }

            return await ConfirmInTransactionAsync(db, appointment, request.Person, request.Channel, null, ct);
        }, r => r is BookingResult.Booked, () => new BookingResult.SlotTaken(), cancellationToken);
    }

    private async Task<bool> OpenLimitReachedAsync(
        BookingDbContext db, string email, string serviceId, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var normalized = email.Trim().ToLowerInvariant();
        var open = await db.Appointments.CountAsync(a => a.Email == normalized && a.ServiceId == serviceId
            && a.Status == AppointmentStatus.Booked && a.Start > now, cancellationToken);
        return open >= options.Value.MaxOpenAppointmentsPerEmailAndService;
    }

    private async Task<BookingResult> ConfirmInTransactionAsync(
        BookingDbContext db, Appointment appointment, PersonalData person, string channel, string? channelAddress,
        CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var email = string.IsNullOrWhiteSpace(person.Email) ? null : person.Email.Trim().ToLowerInvariant();
        var tokens = AppointmentTokens.Issue(appointment, tokenKey);
        Languages.TryNormalize(person.Language, out var language);
        appointment.Reference = ReferenceGenerator.Next();
        // A hold (found as held, or just made): the table allows it.
        appointment.MoveTo(AppointmentStatus.Booked);
        appointment.HoldExpiresAt = null;
        appointment.FullName = person.FullName!.Trim();
        appointment.BirthDate = person.BirthDate;
        appointment.Companions = person.Companions
            .Select((c, i) => new AppointmentCompanion { AppointmentId = appointment.Id, Position = i, FullName = c.FullName.Trim(), BirthDate = c.BirthDate })
            .ToList();
        appointment.Email = email;
        appointment.Phone = string.IsNullOrWhiteSpace(person.Phone) ? null : Digits.ToAscii(person.Phone.Trim());
        appointment.Language = language;
        appointment.Channel = channel;
        appointment.ChannelAddress = string.IsNullOrWhiteSpace(channelAddress) ? null : channelAddress;
        appointment.BookedAt = now;
        foreach (var handler in changeHandlers)
        {
            await handler.OnChangedAsync(db, new AppointmentChange.Booked(appointment, tokens), cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new BookingResult.Booked(ToBooked(appointment), tokens);
    }

    private async Task<BookingResult?> PreviousAnswerAsync(
        BookingDbContext db, string key, byte[] requestHash, CancellationToken cancellationToken)
    {
        var record = await db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.Key == key, cancellationToken);
        if (record is null)
        {
            return null;
        }

        if (!record.RequestHash.AsSpan().SequenceEqual(requestHash))
        {
            return new BookingResult.KeyReused();
        }

        var appointment = await db.Appointments.AsNoTracking().SingleAsync(a => a.Id == record.AppointmentId, cancellationToken);
        return new BookingResult.Booked(ToBooked(appointment), null);
    }

    private Appointment NewAppointment(ServiceDefinition service, DateTimeOffset start, int persons, string clientKey)
    {
        var utcStart = start.ToUniversalTime();
        return new Appointment
        {
            Id = Guid.CreateVersion7(clock.UtcNow),
            ServiceId = service.Id,
            Team = service.Team,
            Start = utcStart,
            End = utcStart + service.DurationFor(persons),
            Persons = persons,
            ClientKey = clientKey,
            CreatedAt = clock.UtcNow,
        };
    }

    internal BookedAppointment ToBooked(Appointment a) =>
        new(a.Id, a.Reference!, a.ServiceId, clock.ToLocal(a.Start), clock.ToLocal(a.End), a.Persons, a.Language, a.Status);

    private static byte[] HashRequest(BookingRequest request) =>
        SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f',
            request.ServiceId, request.Start?.ToUniversalTime().ToString("O"), request.Persons, request.Person.FullName,
            request.Person.BirthDate?.ToString("O"), request.Person.Email, request.Person.Phone, request.Person.Language)
            // Appended only when given, so the hash of a request without companions is what it always was.
            + string.Concat(request.Person.Companions.Select(c => "\u001f" + c.FullName + "\u001f" + c.BirthDate.ToString("O")))));
}
