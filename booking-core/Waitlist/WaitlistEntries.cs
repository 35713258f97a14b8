using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Termine.Booking.Appointments;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Waitlist;

/// <summary>
/// Joining and leaving the waiting list. Joining checks the resident's data with the booking's own rules
/// (<see cref="BookingValidator"/>), refuses while slots that fit are free (book one instead) and while the address
/// already waits for the service or has an appointment for it; it writes the "you are on the list" e-mail in the same
/// unit of work.
/// </summary>
public sealed class WaitlistEntries(
    BookingValidator validator,
    SlotFinder slots,
    OfficeClock clock,
    TokenKey tokenKey,
    IOptions<WaitlistOptions> options,
    IOptions<MailOptions> mail,
    DatabaseWrites<BookingDbContext> writes,
    IDbContextFactory<BookingDbContext> contexts)
{
    /// <summary>How many free slots a refused join names, so the resident can book one of them.</summary>
    public const int FreeSlotsShown = 10;

    private readonly BookingTransaction _transaction = new(writes);

    public async Task<JoinResult> JoinAsync(JoinRequest request, CancellationToken cancellationToken)
    {
        var errors = Validate(request, out var from, out var to);
        if (errors.Count > 0)
        {
            return new JoinResult.Invalid(errors);
        }

        var persons = request.Persons!.Value;
        var free = await slots.FindAsync(
            new SlotQuery(request.ServiceId!, from, to, persons, request.Weekdays, request.NotBefore, request.NotAfter, FreeSlotsShown),
            cancellationToken);
        if (free is { Count: > 0 })
        {
            return new JoinResult.SlotsFree(free);
        }

        var email = request.Person.Email!.Trim().ToLowerInvariant();
        Languages.TryNormalize(request.Person.Language, out var language);
        return await _transaction.RunAsync<JoinResult>("termine.waitlist.join", async (db, ct) =>
        {
            var now = clock.UtcNow;
            if (await db.WaitlistEntries.AnyAsync(e => e.Email == email && e.ServiceId == request.ServiceId
                    && (e.State == WaitlistEntryState.Waiting || e.State == WaitlistEntryState.Offered), ct))
            {
                return new JoinResult.AlreadyWaiting();
            }

            if (await db.Appointments.AnyAsync(a => a.Email == email && a.ServiceId == request.ServiceId
                    && a.Status == AppointmentStatus.Booked && a.Start > now, ct))
            {
                return new JoinResult.AlreadyBooked();
            }

            var id = Guid.CreateVersion7(now);
            var entry = new WaitlistEntry
            {
                Id = id,
                Reference = WaitingReference.Next(),
                ServiceId = request.ServiceId!,
                Persons = persons,
                From = from,
                To = to,
                Weekdays = WaitlistEntry.WeekdayBits(request.Weekdays ?? new HashSet<DayOfWeek>()),
                NotBefore = request.NotBefore,
                NotAfter = request.NotAfter,
                PermitExpires = request.PermitExpires,
                FullName = request.Person.FullName!.Trim(),
                BirthDate = request.Person.BirthDate!.Value,
                Email = email,
                Phone = string.IsNullOrWhiteSpace(request.Person.Phone) ? null : Digits.ToAscii(request.Person.Phone.Trim()),
                Language = language,
                Channel = request.Channel,
                ChannelAddress = string.IsNullOrWhiteSpace(request.ChannelAddress) ? null : request.ChannelAddress,
                LeaveTokenHash = AccessToken.Hash(WaitlistTokens.Leave(tokenKey, id)),
                JoinedAt = now,
                State = WaitlistEntryState.Waiting,
            };
            db.WaitlistEntries.Add(entry);
            WaitlistOutbox.Add(db, entry, null, MessageKind.WaitlistJoined, now, mail.Value);
            await db.SaveChangesAsync(ct);
            return new JoinResult.Joined(id, entry.Reference);
        }, r => r is JoinResult.Joined, () => new JoinResult.AlreadyWaiting(), cancellationToken);
    }

    /// <summary>Leaves the list with the reference and the e-mail address as proof; an open offer's slot is let go.</summary>
    /// <returns>Whether an entry that was still waiting was found and closed.</returns>
    public async Task<bool> LeaveAsync(string? reference, string? email, CancellationToken cancellationToken)
    {
        var normalized = WaitingReference.Normalize(reference);
        var address = email?.Trim().ToLowerInvariant();
        if (normalized is null || string.IsNullOrEmpty(address))
        {
            return false;
        }

        return await LeaveWhereAsync(e => e.Reference == normalized && e.Email == address, cancellationToken);
    }

    /// <summary>Leaves the list through the join e-mail's link (the page's button, never its GET).</summary>
    public async Task<bool> LeaveByTokenAsync(string? token, CancellationToken cancellationToken) =>
        WaitlistTokens.HashOf(token) is { } hash && await LeaveWhereAsync(e => e.LeaveTokenHash == hash, cancellationToken);

    /// <summary>Takes an entry off the list for the staff (a caller asked to leave); an open offer's slot is let go.</summary>
    /// <returns>Whether an entry that was still waiting was found and closed.</returns>
    public async Task<bool> RemoveAsync(Guid entryId, CancellationToken cancellationToken) =>
        await LeaveWhereAsync(e => e.Id == entryId, cancellationToken);

    /// <summary>The entry behind a leave link, for its page; null for an unknown token.</summary>
    public async Task<WaitlistEntry?> FindByLeaveTokenAsync(string? token, CancellationToken cancellationToken)
    {
        if (WaitlistTokens.HashOf(token) is not { } hash)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.WaitlistEntries.AsNoTracking().SingleOrDefaultAsync(e => e.LeaveTokenHash == hash, cancellationToken);
    }

    private async Task<bool> LeaveWhereAsync(
        System.Linq.Expressions.Expression<Func<WaitlistEntry, bool>> proof, CancellationToken cancellationToken) =>
        await writes.RunAsync(async (db, ct) =>
        {
            var now = clock.UtcNow;
            var entry = await db.WaitlistEntries.Where(proof)
                .SingleOrDefaultAsync(e => e.State == WaitlistEntryState.Waiting || e.State == WaitlistEntryState.Offered, ct);
            if (entry is null)
            {
                return false;
            }

            entry.State = WaitlistEntryState.Left;
            entry.ClosedAt = now;
            await db.SaveChangesAsync(ct);
            await OfferRelease.EndOpenOfAsync(db, entry.Id, OfferOutcome.Withdrawn, now, ct);
            return true;
        }, left => left, cancellationToken);

    private List<FieldError> Validate(JoinRequest request, out DateOnly from, out DateOnly to)
    {
        var errors = validator.ValidateSlot(request.ServiceId, start: null, request.Persons)
            .Where(e => e.Field != "start")
            .Concat(validator.ValidatePerson(request.Person))
            .ToList();
        var today = clock.Today;
        from = request.From ?? today;
        to = request.To ?? from.AddDays(options.Value.DefaultWindowDays);
        if (from < today)
        {
            errors.Add(new("from", "past", "The window must not begin in the past."));
        }

        if (to < from)
        {
            errors.Add(new("to", "beforeFrom", "The window's end must not lie before its beginning."));
        }
        else if (to > today.AddDays(options.Value.MaxDaysAhead))
        {
            errors.Add(new("to", "tooFar", $"The window may end at most {options.Value.MaxDaysAhead} days from today."));
        }

        if (request.NotBefore is { } notBefore && request.NotAfter is { } notAfter && notAfter <= notBefore)
        {
            errors.Add(new("notAfter", "beforeNotBefore", "'notAfter' must be later than 'notBefore'."));
        }

        if (request.ChannelAddress?.Length > WaitlistEntry.MaxChannelAddressLength)
        {
            errors.Add(new("channelAddress", "tooLong", $"The chat address may have at most {WaitlistEntry.MaxChannelAddressLength} characters."));
        }

        return errors;
    }
}
