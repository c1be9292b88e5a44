using DanVan.Domain.Administration;

namespace DanVan.Domain.Metrics;

/// <summary>
/// The unit version each (subject, period) pair of a set names, found once per set and catalog: the date a code
/// refers to may depend on the period, so the pair is the key. Thread-safe: entries are filled idempotently.
/// </summary>
internal sealed class SubjectResolution
{
    private const int DenseLimit = 1 << 23;

    // Index + 2 into Units; 1 means "no unit on that date"; 0 not yet looked up.
    private readonly int[]? _dense;
    private readonly Dictionary<long, int>? _sparse;
    private readonly List<AdministrativeUnit> _units = [];
    private readonly Dictionary<AdministrativeUnit, int> _unitIndex = new(ReferenceEqualityComparer.Instance);
    private readonly ObservationSet _set;
    private readonly AdministrativeCatalog _catalog;
    private readonly object _gate = new();
    private readonly Dictionary<AggregationGeography, Placement?[]> _placements = new(ReferenceEqualityComparer.Instance);

    public SubjectResolution(ObservationSet set, AdministrativeCatalog catalog)
    {
        _set = set;
        _catalog = catalog;
        OrganizationKeys = new int[set.SubjectTable.Length];
        for (var s = 0; s < OrganizationKeys.Length; s++)
        {
            var organization = set.SubjectTable[s].RawOrganization;
            OrganizationKeys[s] = organization.IsDefault ? 0 : (int)organization.Kind + 1;
        }

        var pairs = (long)set.SubjectTable.Length * set.PeriodTable.Length;
        if (pairs <= DenseLimit)
        {
            _dense = new int[pairs];
        }
        else
        {
            _sparse = [];
        }
    }

    /// <summary>Per subject: 0 without an organization, else the organization kind plus one.</summary>
    public int[] OrganizationKeys { get; }

    /// <summary>The number of distinct unit versions found so far.</summary>
    public int UnitCount
    {
        get
        {
            lock (_gate)
            {
                return _units.Count;
            }
        }
    }

    /// <summary>The placement in <paramref name="geography"/> of the unit with index <paramref name="unit"/>, cached per geography.</summary>
    public Placement PlacementOf(AggregationGeography geography, int unit)
    {
        Placement?[] cache;
        lock (_gate)
        {
            if (!_placements.TryGetValue(geography, out cache!) || cache.Length <= unit)
            {
                if (cache is null && _placements.Count >= 16)
                {
                    // Bounded like the aggregator's own cache of geographies.
                    _placements.Clear();
                }

                var grown = new Placement?[Math.Max(Math.Max(_units.Count, unit + 1), (cache?.Length ?? 0) * 2)];
                cache?.CopyTo(grown, 0);
                _placements[geography] = cache = grown;
            }
        }

        // Computing one twice on a race is harmless: the geography returns the same placement.
        return Volatile.Read(ref cache[unit]) ?? (cache[unit] = geography.PlacementOf(UnitAt(unit)));
    }

    /// <summary>The catalog units are looked up in.</summary>
    public AdministrativeCatalog Catalog => _catalog;

    /// <summary>The distinct unit versions found so far; indexes returned by <see cref="Resolve"/> point here.</summary>
    public AdministrativeUnit UnitAt(int index)
    {
        lock (_gate)
        {
            return _units[index];
        }
    }

    /// <summary>Returned for a code that named no unit on its date.</summary>
    public const int NoUnit = -1;

    /// <summary>Returned for a subject without a unit: a central body.</summary>
    public const int Central = -4;

    /// <summary>The index of the unit the subject names on its date, or <see cref="NoUnit"/>, or <see cref="Central"/>.</summary>
    public int Resolve(int subject, int period)
    {
        var key = ((long)subject * _set.PeriodTable.Length) + period;
        int found;
        if (_dense is { } dense)
        {
            found = Volatile.Read(ref dense[key]);
            if (found != 0)
            {
                return found - 2;
            }
        }
        else
        {
            lock (_gate)
            {
                if (_sparse!.TryGetValue(key, out found))
                {
                    return found - 2;
                }
            }
        }

        found = Look(subject, period) + 2;
        if (_dense is { } cache)
        {
            Volatile.Write(ref cache[key], found);
        }
        else
        {
            lock (_gate)
            {
                _sparse![key] = found;
            }
        }

        return found - 2;
    }

    private int Look(int subject, int period)
    {
        var who = _set.SubjectTable[subject];
        if (who.EffectiveUnit is not { } code)
        {
            return Central;
        }

        var unit = _catalog.Find(code, who.EffectiveUnitDate(_set.PeriodTable[period]));
        if (unit is null)
        {
            return NoUnit;
        }

        lock (_gate)
        {
            if (!_unitIndex.TryGetValue(unit, out var index))
            {
                index = _units.Count;
                _units.Add(unit);
                _unitIndex.Add(unit, index);
            }

            return index;
        }
    }
}
