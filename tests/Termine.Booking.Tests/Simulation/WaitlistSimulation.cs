using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Reconfirmation;
using Termine.Booking.Scheduling;
using Termine.Booking.Waitlist;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Booking.Tests.Simulation;

/// <summary>
/// A month (or a few days) of the foreigners' authority driven through the real booking core on a real database with
/// a clock the simulation moves: residents arrive, book, cancel, stay away, join the waiting list, answer offers and
/// confirm. Deterministic for a seed. The model and its figures: docs/PERFORMANCE.md, "Waiting list".
/// </summary>
public sealed class WaitlistSimulation
{
    public const string ServiceId = "residence-permit-extension";

    /// <summary>Three desks, every weekday 08:00–12:00 and 13:00–15:30, 30-minute appointments: 39 a weekday.</summary>
    public const int SlotsPerWeekday = 39;

    /// <summary>Monday 5 April 2027, 07:00 in Grevenbroich: a month without public or customary holidays follows.</summary>
    public static readonly DateTimeOffset Start = new(2027, 4, 5, 5, 0, 0, TimeSpan.Zero);

    private const double DemandFactor = 1.5;
    private const double NoShowRate = 0.15;
    private const double CancelRate = 0.10;
    private const double UrgentShare = 0.2;
    private const int RetryDays = 5;
    private const double AcceptRate = 0.7;
    private const double DeclineRate = 0.15;
    private const double ComingConfirmRate = 0.95;
    private const double NoShowConfirmRate = 0.3;
    private const int WarmUpDays = 7;

    private static readonly TimeSpan Tick = TimeSpan.FromHours(1);

    private readonly SimulationMode _mode;
    private readonly int _days;
    private readonly Random _random;
    private readonly List<Resident> _residents = [];
    private readonly PriorityQueue<Func<Task>, (DateTimeOffset, long)> _events = new();
    private readonly HashSet<Guid> _seenOffers = [];
    private readonly HashSet<Guid> _seenReminders = [];
    private readonly Dictionary<string, Resident> _byEmail = [];
    private long _sequence;
    private int _acceptsRefused;
    private BookingHost _host = null!;

    public WaitlistSimulation(SimulationMode mode, int days, int seed)
    {
        _mode = mode;
        _days = days;
        _random = new Random(seed);
    }

    /// <summary>Runs the simulation on its own database and returns its figures and the invariants' findings.</summary>
    public async Task<SimulationOutcome> RunAsync(TestDatabase database)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Termine:Scheduling:Desks:residence"] = "3",
            ["Termine:Scheduling:OpeningHours:Wednesday:1:From"] = "13:00",
            ["Termine:Scheduling:OpeningHours:Wednesday:1:To"] = "15:30",
            ["Termine:Scheduling:OpeningHours:Thursday:1:To"] = "15:30",
            ["Termine:Scheduling:OpeningHours:Friday:1:From"] = "13:00",
            ["Termine:Scheduling:OpeningHours:Friday:1:To"] = "15:30",
            ["Termine:Reconfirmation:ReleaseUnconfirmed"] = (_mode == SimulationMode.WaitlistAndRelease).ToString(),
        };
        await using var host = await BookingHost.StartAsync(database, settings, Start,
            services => services.AddSingleton<IEmailTransport, DiscardingEmailTransport>());
        _host = host;
        ScheduleArrivals();
        var end = Start.AddDays(_days);
        for (var now = Start; now <= end; now += Tick)
        {
            while (_events.TryPeek(out _, out var due) && due.Item1 <= now)
            {
                var action = _events.Dequeue();
                if (due.Item1 > host.Time.GetUtcNow())
                {
                    host.Time.SetUtcNow(due.Item1);
                }

                await action();
            }

            host.Time.SetUtcNow(now);
            await OfficeWorkAsync(host);
        }

        return await OutcomeAsync(host, end);
    }

    private void ScheduleArrivals()
    {
        var perDay = DemandFactor * SlotsPerWeekday * 5 / 7;
        for (var day = 0; day < _days; day++)
        {
            var arrivals = (int)Math.Round(perDay * (0.85 + 0.3 * _random.NextDouble()));
            for (var i = 0; i < arrivals; i++)
            {
                var at = Start.AddDays(day).AddMinutes(_random.Next(0, 15 * 60));
                var arrivalDay = DateOnly.FromDateTime(at.UtcDateTime);
                var from = arrivalDay.AddDays(1);
                var urgent = _random.NextDouble() < UrgentShare;
                var resident = new Resident(
                    $"r{_residents.Count}@example.org",
                    at,
                    from,
                    from.AddDays(_random.Next(3, 15)),
                    urgent ? arrivalDay.AddDays(_random.Next(7, 42)) : null,
                    _random.NextDouble() < NoShowRate,
                    _random.NextDouble() < CancelRate);
                resident.Confirms = resident.NoShow ? _random.NextDouble() < NoShowConfirmRate : _random.NextDouble() < ComingConfirmRate;
                _residents.Add(resident);
                _byEmail[resident.Email] = resident;
                Schedule(at, () => TryBookAsync(resident));
            }
        }
    }

    private void Schedule(DateTimeOffset at, Func<Task> step) =>
        _events.Enqueue(step, (at, _sequence++));

    private async Task TryBookAsync(Resident resident)
    {
        var today = _host.Get<OfficeClock>().Today;
        var from = resident.From < today ? today : resident.From;
        resident.Tries++;
        if (from <= resident.To)
        {
            var free = await _host.Get<SlotFinder>().FindAsync(new SlotQuery(ServiceId, from, resident.To, Limit: 3), default);
            if (free is { Count: > 0 } && await BookAsync(resident, free[_random.Next(free.Count)].Start))
            {
                return;
            }
        }

        if (_mode == SimulationMode.RetryOnly || from > resident.To)
        {
            if (resident.Tries < RetryDays && from <= resident.To)
            {
                Schedule(_host.Time.GetUtcNow().AddDays(1).AddMinutes(_random.Next(-180, 180)), () => TryBookAsync(resident));
            }

            return;
        }

        var joined = await _host.Get<WaitlistEntries>().JoinAsync(
            new JoinRequest(ServiceId, 1, Person(resident), from, resident.To, null, null, null, resident.PermitExpires), default);
        if (joined is JoinResult.SlotsFree slots)
        {
            await BookAsync(resident, slots.Slots[0].Start);
        }
    }

    private async Task<bool> BookAsync(Resident resident, DateTimeOffset start)
    {
        var result = await _host.Get<BookingService>().BookAsync(
            new BookingRequest(ServiceId, start, 1, Person(resident)), "sim", null, default);
        if (result is not BookingResult.Booked booked)
        {
            return false;
        }

        Booked(resident, booked);
        return true;
    }

    private void Booked(Resident resident, BookingResult.Booked booked)
    {
        resident.ManageToken = booked.Tokens!.Manage;
        resident.AppointmentId = booked.Appointment.Id;
        resident.AppointmentStart = booked.Appointment.Start;
        var now = _host.Time.GetUtcNow();
        if (resident.Cancels)
        {
            var span = booked.Appointment.Start - now;
            Schedule(now + span * _random.NextDouble(), async () =>
                await _host.Get<AppointmentChanges>().CancelAsync(new AppointmentProof.ManageToken(resident.ManageToken), default));
        }
    }

    private static PersonalData Person(Resident resident) =>
        new("Amina Haddad", new DateOnly(1990, 5, 17), resident.Email, "+49 2181 12345", "de");

    /// <summary>What the hosts' workers do every minute; an hour's step is fine for a month.</summary>
    private async Task OfficeWorkAsync(BookingHost host)
    {
        while (await host.Get<OutboxDispatcher>().DispatchDueAsync(default) > 0)
        {
        }

        if (_mode == SimulationMode.WaitlistAndRelease)
        {
            await host.Get<UnconfirmedRelease>().ReleaseDueAsync(default);
            await AnswerRemindersAsync(host);
        }

        if (_mode != SimulationMode.RetryOnly)
        {
            await host.Get<WaitlistOffers>().SweepAsync(default);
            await AnswerOffersAsync(host);
        }
    }

    private async Task AnswerOffersAsync(BookingHost host)
    {
        await using var db = await host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var open = await db.WaitlistOffers.AsNoTracking().Where(o => o.Outcome == OfferOutcome.Open)
            .Join(db.WaitlistEntries, o => o.EntryId, e => e.Id, (o, e) => new { o.Id, o.ExpiresAt, e.Email }).ToListAsync();
        var now = host.Time.GetUtcNow();
        foreach (var offer in open.Where(o => _seenOffers.Add(o.Id)))
        {
            var resident = _byEmail[offer.Email];
            var token = WaitlistTokens.Offer(host.Get<TokenKey>(), offer.Id);
            var draw = _random.NextDouble();
            var at = now + (offer.ExpiresAt - now) * _random.NextDouble();
            if (draw < AcceptRate)
            {
                Schedule(at, async () =>
                {
                    switch (await _host.Get<WaitlistOffers>().AcceptAsync(token, default))
                    {
                        case OfferResult.Booked booked:
                            Booked(resident, booked.Booking);
                            break;
                        case OfferResult.Refused:
                            _acceptsRefused++;
                            break;
                    }
                });
            }
            else if (draw < AcceptRate + DeclineRate)
            {
                Schedule(at, async () => await _host.Get<WaitlistOffers>().DeclineAsync(token, default));
            }
        }
    }

    private async Task AnswerRemindersAsync(BookingHost host)
    {
        await using var db = await host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var sent = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Kind == MessageKind.Reminder && m.Status == OutboxStatus.Sent && m.AppointmentId != null)
            .Select(m => m.AppointmentId!.Value).Distinct().ToListAsync();
        var now = host.Time.GetUtcNow();
        var deadline = host.Get<Microsoft.Extensions.Options.IOptions<ReconfirmationOptions>>().Value.ReleaseBefore;
        foreach (var resident in _residents.Where(r => r.AppointmentId is { } id && sent.Contains(id) && _seenReminders.Add(id) && r.Confirms))
        {
            var latest = resident.AppointmentStart - deadline - now;
            var wait = TimeSpan.FromHours(24) < latest ? TimeSpan.FromHours(24) : latest;
            var token = resident.ManageToken;
            Schedule(now + (wait > TimeSpan.Zero ? wait * _random.NextDouble() : TimeSpan.Zero), async () =>
                await _host.Get<AppointmentChanges>().ReconfirmAsync(new AppointmentProof.ManageToken(token), default));
        }
    }

    private async Task<SimulationOutcome> OutcomeAsync(BookingHost host, DateTimeOffset end)
    {
        await using var db = await host.Get<IDbContextFactory<BookingDbContext>>().CreateDbContextAsync();
        var appointments = await db.Appointments.AsNoTracking().Where(a => a.Status != AppointmentStatus.Held).ToListAsync();
        var offers = await db.WaitlistOffers.AsNoTracking().ToListAsync();
        var measureFrom = Start.AddDays(WarmUpDays);
        var capacity = Enumerable.Range(WarmUpDays, Math.Max(0, _days - WarmUpDays))
            .Select(d => Start.AddDays(d).DayOfWeek)
            .Count(d => d is not (DayOfWeek.Saturday or DayOfWeek.Sunday)) * SlotsPerWeekday;
        var kept = appointments.Where(a => a.Status == AppointmentStatus.Booked && a.Start >= measureFrom && a.Start < end).ToList();
        var attended = kept.Count(a => a.Email is { } email && !_byEmail[email].NoShow);
        // Residents who came after the first week and whose whole window lies inside the simulated days.
        var measured = _residents.Where(r => r.ArrivedAt >= measureFrom && r.To < DateOnly.FromDateTime(end.UtcDateTime)).ToList();
        var served = measured.Where(r => r.AppointmentId is not null).ToList();
        var waits = served.Select(r => (DateOnly.FromDateTime(r.AppointmentStart.UtcDateTime).DayNumber - DateOnly.FromDateTime(r.ArrivedAt.UtcDateTime).DayNumber))
            .Order().ToList();
        var released = appointments.Where(a => a.Status == AppointmentStatus.Cancelled && a.CancellationCause == CancellationCause.NotReconfirmed).ToList();
        var figures = new SimulationFigures(
            _mode,
            capacity,
            attended,
            measured.Count,
            served.Count,
            waits.Count == 0 ? 0 : waits[waits.Count / 2],
            offers.Count,
            offers.Count(o => o.Outcome == OfferOutcome.Accepted),
            offers.Count(o => o.Outcome == OfferOutcome.Declined),
            offers.Count(o => o.Outcome == OfferOutcome.Expired),
            appointments.Count(a => a.Status == AppointmentStatus.Cancelled && a.CancelledAt < a.Start),
            released.Count,
            released.Count(a => a.Email is { } email && !_byEmail[email].NoShow),
            _acceptsRefused,
            kept.Count - attended);
        return new SimulationOutcome(figures, appointments, offers, _residents.Where(r => r.AppointmentId is not null).Select(r => r.Email).ToList());
    }

    private sealed class Resident(
        string email, DateTimeOffset arrivedAt, DateOnly from, DateOnly to, DateOnly? permitExpires, bool noShow, bool cancels)
    {
        public string Email { get; } = email;

        public DateTimeOffset ArrivedAt { get; } = arrivedAt;

        public DateOnly From { get; } = from;

        public DateOnly To { get; } = to;

        public DateOnly? PermitExpires { get; } = permitExpires;

        public bool NoShow { get; } = noShow;

        public bool Cancels { get; } = cancels;

        public bool Confirms { get; set; }

        public int Tries { get; set; }

        public string? ManageToken { get; set; }

        public Guid? AppointmentId { get; set; }

        public DateTimeOffset AppointmentStart { get; set; }
    }
}
