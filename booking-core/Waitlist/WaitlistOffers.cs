using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Termine.Booking.Appointments;
using Termine.Booking.Catalog;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Booking.Scheduling;

namespace Termine.Booking.Waitlist;

/// <summary>
/// Offers free desk time to the waiting residents, most urgent first, and handles their answers. An offer holds its
/// slot as a held appointment whose desk time is claimed under the claims' unique index, and moves its entry from
/// waiting to offered with a conditional update: two hosts sweeping at once can neither offer the same desk time twice
/// nor make one resident two offers. Accepting books through <see cref="BookingService"/> with all its rules.
/// </summary>
public sealed class WaitlistOffers(
    ServiceCatalog catalog,
    SlotFinder slots,
    SlotGrid grid,
    OfficeClock clock,
    TokenKey tokenKey,
    BookingService bookings,
    WaitlistSignal signal,
    IOptions<WaitlistOptions> options,
    IOptions<MailOptions> mail,
    DatabaseWrites<BookingDbContext> writes,
    IDbContextFactory<BookingDbContext> contexts,
    IEnumerable<IWaitlistObserver> observers,
    WaitlistClosing closing,
    ILogger<WaitlistOffers> logger)
{
    /// <summary>A permit expired or expiring within this many days puts the resident ahead of everyone else.</summary>
    public const int UrgentWithinDays = 42;

    /// <summary>Stands for the held slot's owner in the holds' limit per client, which offers do not count against.</summary>
    public const string HoldClientKey = "waitlist";

    private readonly SlotClaimer _claimer = new(grid, clock);

    /// <summary>
    /// Passes on offers that ran out, closes stale entries (<see cref="WaitlistClosing"/>), then offers free desk time
    /// to the waiting residents in their order.
    /// </summary>
    /// <returns>How many offers were made.</returns>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await ExpireDueAsync(cancellationToken);
        await closing.CloseStaleAsync(cancellationToken);
        return await OfferFreeSlotsAsync(cancellationToken);
    }

    /// <summary>The order of the list: expired or expiring permits first (soonest first), then the time of joining.</summary>
    public static IOrderedEnumerable<WaitlistEntry> InUrgencyOrder(IEnumerable<WaitlistEntry> entries, DateOnly today) =>
        entries
            .OrderBy(e => e.PermitExpires is { } expires && expires <= today.AddDays(UrgentWithinDays) ? 0 : 1)
            .ThenBy(e => e.PermitExpires is { } expires && expires <= today.AddDays(UrgentWithinDays) ? expires : DateOnly.MaxValue)
            .ThenBy(e => e.JoinedAt)
            .ThenBy(e => e.Id);

    public async Task<OfferView?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        var found = await LoadAsync(token, cancellationToken);
        if (found is not var (offer, entry))
        {
            return null;
        }

        return new OfferView(entry.ServiceId, clock.ToLocal(offer.SlotStart), clock.ToLocal(offer.SlotEnd), entry.Persons, entry.Language,
            clock.ToLocal(offer.ExpiresAt), offer.Outcome, IsOpen(offer));
    }

    public async Task<OfferResult> AcceptAsync(string? token, CancellationToken cancellationToken)
    {
        if (await LoadAsync(token, cancellationToken) is not var (offer, entry))
        {
            return new OfferResult.NotFound();
        }

        if (!IsOpen(offer))
        {
            return new OfferResult.Gone();
        }

        // The entry's data was checked by the booking's rules when it joined; ConfirmAsync checks it again, and
        // WaitlistChangeHandler marks the offer accepted and the entry booked in the booking's own unit of work.
        var person = new PersonalData(entry.FullName, entry.BirthDate, entry.Email, entry.Phone, entry.Language);
        var result = await bookings.ConfirmAsync(offer.AppointmentId, person, entry.Channel, entry.ChannelAddress, cancellationToken);
        if (result is BookingResult.Booked)
        {
            await NotifyAsync(offer.Id, entry, OfferOutcome.Accepted, cancellationToken);
        }

        return result switch
        {
            BookingResult.Booked booked => new OfferResult.Booked(booked),
            BookingResult.NotFound or BookingResult.HoldExpired or BookingResult.SlotTaken => new OfferResult.Gone(),
            _ => new OfferResult.Refused(result),
        };
    }

    public async Task<OfferResult> DeclineAsync(string? token, CancellationToken cancellationToken)
    {
        if (await LoadAsync(token, cancellationToken) is not var (offer, entry))
        {
            return new OfferResult.NotFound();
        }

        if (!IsOpen(offer) || !await EndAsync(offer, OfferOutcome.Declined, cancellationToken))
        {
            return new OfferResult.Gone();
        }

        logger.OfferEnded(offer.Id, OfferOutcome.Declined);
        await NotifyAsync(offer.Id, entry, OfferOutcome.Declined, cancellationToken);
        signal.Wake();
        return new OfferResult.Declined();
    }

    /// <summary>
    /// Accepts or declines an offer from a chat button: the chat is the offer's proof, as the token is the link's, so
    /// only the chat the entry joined from can answer it; any other chat finds nothing.
    /// </summary>
    public async Task<OfferResult> AnswerInChatAsync(string channel, string chatAddress, OfferAnswer answer, CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var ownChat = await db.WaitlistOffers.AsNoTracking()
                .Where(o => o.Id == answer.OfferId)
                .Join(db.WaitlistEntries, o => o.EntryId, e => e.Id, (o, e) => e)
                .AnyAsync(e => e.Channel == channel && e.ChannelAddress == chatAddress, cancellationToken);
            if (!ownChat)
            {
                return new OfferResult.NotFound();
            }
        }

        var token = WaitlistTokens.Offer(tokenKey, answer.OfferId);
        return answer.Accept ? await AcceptAsync(token, cancellationToken) : await DeclineAsync(token, cancellationToken);
    }

    /// <summary>The entry's language and the offered slot's start, for the chat's answer to a press.</summary>
    public async Task<(string Language, DateTimeOffset SlotStart)?> ChatAnswerContextAsync(Guid offerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.WaitlistOffers.AsNoTracking()
            .Where(o => o.Id == offerId)
            .Join(db.WaitlistEntries, o => o.EntryId, e => e.Id, (o, e) => new { e.Language, o.SlotStart })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.Language, clock.ToLocal(found.SlotStart));
    }

    private bool IsOpen(WaitlistOffer offer) => offer.Outcome == OfferOutcome.Open && offer.ExpiresAt > clock.UtcNow;

    private async Task<(WaitlistOffer Offer, WaitlistEntry Entry)?> LoadAsync(string? token, CancellationToken cancellationToken)
    {
        if (WaitlistTokens.HashOf(token) is not { } hash)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var offer = await db.WaitlistOffers.AsNoTracking().SingleOrDefaultAsync(o => o.TokenHash == hash, cancellationToken);
        var entry = offer is null ? null : await db.WaitlistEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == offer.EntryId, cancellationToken);
        return offer is null || entry is null ? null : (offer, entry);
    }

    /// <summary>Ends the offer and puts its entry back among the waiting, in one unit of work.</summary>
    private async Task<bool> EndAsync(WaitlistOffer offer, OfferOutcome outcome, CancellationToken cancellationToken) =>
        await writes.RunAsync(async (db, ct) =>
        {
            var now = clock.UtcNow;
            if (!await OfferRelease.EndAsync(db, offer, outcome, now, ct))
            {
                return false;
            }

            await db.WaitlistEntries.Where(e => e.Id == offer.EntryId && e.State == WaitlistEntryState.Offered)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.State, WaitlistEntryState.Waiting), ct);
            return true;
        }, ended => ended, cancellationToken);

    private async Task ExpireDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        List<WaitlistOffer> due;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            due = await db.WaitlistOffers.AsNoTracking()
                .Where(o => o.Outcome == OfferOutcome.Open && o.ExpiresAt <= now).ToListAsync(cancellationToken);
        }

        foreach (var offer in due)
        {
            if (await EndAsync(offer, OfferOutcome.Expired, cancellationToken))
            {
                logger.OfferEnded(offer.Id, OfferOutcome.Expired);
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                if (await db.WaitlistEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == offer.EntryId, cancellationToken) is { } entry)
                {
                    await NotifyAsync(offer.Id, entry, OfferOutcome.Expired, cancellationToken);
                }
            }
        }
    }

    private async Task<int> OfferFreeSlotsAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today;
        List<WaitlistEntry> waiting;
        ILookup<Guid, DateTimeOffset> offeredBefore;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            waiting = await db.WaitlistEntries.AsNoTracking()
                .Where(e => e.State == WaitlistEntryState.Waiting && e.To >= today).ToListAsync(cancellationToken);
            var ids = waiting.Select(e => e.Id).ToList();
            offeredBefore = (await db.WaitlistOffers.AsNoTracking().Where(o => ids.Contains(o.EntryId))
                .Select(o => new { o.EntryId, o.SlotStart }).ToListAsync(cancellationToken))
                .ToLookup(o => o.EntryId, o => o.SlotStart);
        }

        // Free slots per service and number of persons, read when first needed and again after an offer took desk time.
        var free = new Dictionary<(string ServiceId, int Persons), List<Slot>>();
        var made = 0;
        foreach (var entry in InUrgencyOrder(waiting, today))
        {
            if (catalog.Find(entry.ServiceId) is not { } service)
            {
                continue;
            }

            var key = (service.Id, entry.Persons);
            if (!free.TryGetValue(key, out var candidates))
            {
                candidates = await FreeSlotsAsync(service, entry.Persons, cancellationToken);
                free[key] = candidates;
            }

            var slot = candidates.FirstOrDefault(s => Fits(entry, s) && !offeredBefore[entry.Id].Contains(s.Start.ToUniversalTime()));
            if (slot is null)
            {
                continue;
            }

            if (await TryOfferAsync(entry, service, slot, cancellationToken))
            {
                made++;
            }

            // Taken by this offer or by someone else meanwhile: the team's desk time is read again for the next one.
            foreach (var stale in free.Keys.Where(k => catalog.Find(k.ServiceId)?.Team == service.Team).ToList())
            {
                free.Remove(stale);
            }
        }

        return made;
    }

    private async Task<List<Slot>> FreeSlotsAsync(ServiceDefinition service, int persons, CancellationToken cancellationToken)
    {
        // A slot that begins before even the short hold is over could not be answered in time.
        var earliest = clock.UtcNow + options.Value.ShortOfferHoldTime;
        var found = await slots.FindAsync(new SlotQuery(service.Id, clock.Today, grid.Horizon(service), persons), cancellationToken);
        return found?.Where(s => s.Start >= earliest).ToList() ?? [];
    }

    private static bool Fits(WaitlistEntry entry, Slot slot)
    {
        var date = DateOnly.FromDateTime(slot.Start.DateTime);
        var time = TimeOnly.FromDateTime(slot.Start.DateTime);
        return date >= entry.From && date <= entry.To && entry.WantsDay(date.DayOfWeek)
            && (entry.NotBefore is not { } notBefore || time >= notBefore)
            && (entry.NotAfter is not { } notAfter || time < notAfter);
    }

    private async Task<bool> TryOfferAsync(WaitlistEntry entry, ServiceDefinition service, Slot slot, CancellationToken cancellationToken)
    {
        try
        {
            var offerId = await writes.RunAsync(async (db, ct) =>
            {
                var now = clock.UtcNow;
                var taken = await db.WaitlistEntries.Where(e => e.Id == entry.Id && e.State == WaitlistEntryState.Waiting)
                    .ExecuteUpdateAsync(s => s.SetProperty(e => e.State, WaitlistEntryState.Offered), ct);
                if (taken == 0)
                {
                    return Guid.Empty;
                }

                var start = slot.Start.ToUniversalTime();
                var hold = start - now < options.Value.ShortOfferWithin ? options.Value.ShortOfferHoldTime : options.Value.OfferHoldTime;
                var expires = now + hold < start ? now + hold : start;
                var appointment = new Appointment
                {
                    Id = Guid.CreateVersion7(now),
                    ServiceId = service.Id,
                    Team = service.Team,
                    Start = start,
                    End = start + service.DurationFor(entry.Persons),
                    Persons = entry.Persons,
                    HoldExpiresAt = expires,
                    ClientKey = HoldClientKey,
                    Language = entry.Language,
                    Channel = entry.Channel,
                    CreatedAt = now,
                };
                if (await _claimer.ClaimAsync(db, service, appointment, ct) is null)
                {
                    return Guid.Empty;
                }

                db.Appointments.Add(appointment);
                var id = Guid.CreateVersion7(now);
                db.WaitlistOffers.Add(new WaitlistOffer
                {
                    Id = id,
                    EntryId = entry.Id,
                    AppointmentId = appointment.Id,
                    SlotStart = appointment.Start,
                    SlotEnd = appointment.End,
                    TokenHash = AccessToken.Hash(WaitlistTokens.Offer(tokenKey, id)),
                    CreatedAt = now,
                    ExpiresAt = expires,
                    Outcome = OfferOutcome.Open,
                });
                WaitlistOutbox.Add(db, entry, appointment.Id, MessageKind.WaitlistOffer, now, mail.Value);
                await db.SaveChangesAsync(ct);
                return id;
            }, id => id != Guid.Empty, cancellationToken);
            if (offerId == Guid.Empty)
            {
                return false;
            }

            logger.OfferMade(offerId, service.Id);
            await NotifyAsync(offerId, entry, OfferOutcome.Open, cancellationToken);
            return true;
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            // Another host claimed this desk time first: its offer stands, this one never existed.
            return false;
        }
    }

    private async Task NotifyAsync(Guid offerId, WaitlistEntry entry, OfferOutcome outcome, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            await observer.OfferChangedAsync(offerId, entry.Reference, entry.ServiceId, outcome, cancellationToken);
        }
    }
}
