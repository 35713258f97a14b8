using System.Numerics;

namespace Termine.Booking.Scheduling;

/// <summary>
/// The desk time of one team claimed in a range of instants, as one bit per desk and unit in a flat array: the search
/// asks about every unit of every candidate slot, so the answer has to be an array read rather than a hash look-up
/// per unit and desk.
/// </summary>
/// <remarks>
/// Units are counted in UTC from the start of the range, so a day of 23 or 25 hours needs no special case. A claim
/// that does not fall on that grid (units of another length, written before the calendar changed) is kept in a set of
/// its own and only slots off the grid, whose units are the only ones it can equal, consult it.
/// </remarks>
internal sealed class ClaimedDeskTime
{
    private const int DesksPerWord = 64;

    private readonly long _fromTicks;
    private readonly long _unitTicks;
    private readonly int _desks;
    private readonly int _wordsPerUnit;
    private readonly long _units;
    private readonly ulong[] _claimed;
    private HashSet<(int Desk, long UtcTicks)>? _offGrid;

    public ClaimedDeskTime(DateTimeOffset from, DateTimeOffset to, TimeSpan unit, int desks)
    {
        _fromTicks = from.UtcTicks;
        _unitTicks = unit.Ticks;
        _desks = Math.Max(desks, 0);
        _wordsPerUnit = (_desks + DesksPerWord - 1) / DesksPerWord;
        _units = Math.Max(0, (to.UtcTicks - from.UtcTicks + _unitTicks - 1) / _unitTicks);
        _claimed = new ulong[_units * _wordsPerUnit];
    }

    /// <summary>Marks one unit of one desk as claimed; a desk the team no longer has is never offered, so it is ignored.</summary>
    public void Add(int desk, DateTimeOffset unitStart)
    {
        if (desk < 1 || desk > _desks)
        {
            return;
        }

        var offset = unitStart.UtcTicks - _fromTicks;
        if (offset % _unitTicks != 0)
        {
            (_offGrid ??= []).Add((desk, unitStart.UtcTicks));
            return;
        }

        var unit = offset / _unitTicks;
        if (unit >= 0 && unit < _units)
        {
            var bit = desk - 1;
            _claimed[(unit * _wordsPerUnit) + (bit / DesksPerWord)] |= 1UL << (bit % DesksPerWord);
        }
    }

    /// <summary>How many desks have every unit from start to end unclaimed.</summary>
    public int FreeDesks(DateTimeOffset start, DateTimeOffset end)
    {
        var offset = start.UtcTicks - _fromTicks;
        if (offset % _unitTicks != 0)
        {
            return FreeDesksOffGrid(start.UtcTicks, end.UtcTicks);
        }

        var first = offset / _unitTicks;
        var last = Math.Min(first + ((end.UtcTicks - start.UtcTicks + _unitTicks - 1) / _unitTicks), _units);
        first = Math.Max(first, 0);
        var free = 0;
        for (var word = 0; word < _wordsPerUnit; word++)
        {
            var busy = 0UL;
            for (var unit = first; unit < last; unit++)
            {
                busy |= _claimed[(unit * _wordsPerUnit) + word];
            }

            var desksInWord = Math.Min(DesksPerWord, _desks - (word * DesksPerWord));
            var desksMask = desksInWord == DesksPerWord ? ulong.MaxValue : (1UL << desksInWord) - 1;
            free += BitOperations.PopCount(~busy & desksMask);
        }

        return free;
    }

    private int FreeDesksOffGrid(long startTicks, long endTicks)
    {
        if (_offGrid is null)
        {
            return _desks;
        }

        var free = 0;
        for (var desk = 1; desk <= _desks; desk++)
        {
            var isFree = true;
            for (var unit = startTicks; unit < endTicks && isFree; unit += _unitTicks)
            {
                isFree = !_offGrid.Contains((desk, unit));
            }

            free += isFree ? 1 : 0;
        }

        return free;
    }
}
