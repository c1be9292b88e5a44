using DanVan.Domain.Administration;
using NodaTime;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Where figures go for one as-of date, level and allocation: the result units, the units expected to report, and
/// for each source unit version the result units that cover it with their shares. A pure function of the catalog,
/// cached by <see cref="MetricAggregator"/>; thread-safe (placements are computed under a lock, once each).
/// </summary>
internal sealed class AggregationGeography
{
    private readonly AdministrativeCatalog _catalog;
    private readonly AllocationWeights _allocation;
    private readonly Dictionary<AdministrativeUnit, int> _targetIndex = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<AdministrativeUnit, Placement> _placements = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<AdministrativeLevel, ExpectedUnits> _expected = [];
    private readonly object _gate = new();

    public AggregationGeography(AdministrativeCatalog catalog, LocalDate asOf, AdministrativeLevel? level, AllocationWeights allocation)
    {
        _catalog = catalog;
        _allocation = allocation;
        AsOf = asOf;
        Level = level;
        if (level is { } l)
        {
            var units = catalog.AllAt(asOf, l);
            if (units.Count == 0)
            {
                throw new ArgumentException($"There are no {l.EnglishName()} units on {asOf:yyyy-MM-dd}; the district level ended on 2025-06-30.", nameof(level));
            }

            var ordered = units.OrderBy(u => u.Code).ToArray();
            for (var i = 0; i < ordered.Length; i++)
            {
                _targetIndex[ordered[i]] = i;
            }

            Targets = ordered;
        }
        else
        {
            Targets = [null];
        }

        Central = new Placement(null, 0, level is null ? [0] : [], level is null ? [1m] : [], false, level is null ? PlacementProblem.None : PlacementProblem.AboveLevel, [], false);
    }

    public LocalDate AsOf { get; }

    public AdministrativeLevel? Level { get; }

    /// <summary>The result units in code order; one null for the whole country.</summary>
    public AdministrativeUnit?[] Targets { get; }

    /// <summary>The placement of figures of central bodies.</summary>
    public Placement Central { get; }

    /// <summary>Where figures of <paramref name="unit"/> go.</summary>
    public Placement PlacementOf(AdministrativeUnit unit)
    {
        lock (_gate)
        {
            if (!_placements.TryGetValue(unit, out var placement))
            {
                placement = Place(unit);
                _placements.Add(unit, placement);
            }

            return placement;
        }
    }

    /// <summary>The units of <paramref name="level"/> on the as-of date, with their result units.</summary>
    public ExpectedUnits Expected(AdministrativeLevel level)
    {
        lock (_gate)
        {
            if (!_expected.TryGetValue(level, out var expected))
            {
                var units = _catalog.AllAt(AsOf, level).OrderBy(u => u.Code).ToArray();
                var target = new int[units.Length];
                for (var i = 0; i < units.Length; i++)
                {
                    target[i] = TargetOf(units[i]);
                }

                expected = new ExpectedUnits(level, units, target, Targets.Length);
                _expected.Add(level, expected);
            }

            return expected;
        }
    }

    /// <summary>The expected units of <paramref name="level"/> that figures of <paramref name="placement"/> cover.</summary>
    public int[] Covered(Placement placement, AdministrativeLevel level)
    {
        if (placement.KnownCovered(level) is { } known)
        {
            return known;
        }

        var expected = Expected(level);
        lock (_gate)
        {
            return placement.CoveredAt(level, () => Cover(placement, expected));
        }
    }

    private int[] Cover(Placement placement, ExpectedUnits expected)
    {
        if (placement.Unit is null)
        {
            return Enumerable.Range(0, expected.Units.Length).ToArray();
        }

        var found = new SortedSet<int>();
        foreach (var piece in placement.Pieces)
        {
            if (piece.Level == expected.Level)
            {
                Add(piece);
            }
            else if (piece.Level > expected.Level)
            {
                if (Up(piece, expected.Level) is { } ancestor)
                {
                    Add(ancestor);
                }
            }
            else
            {
                Down(piece);
            }
        }

        return [.. found];

        void Add(AdministrativeUnit unit)
        {
            if (expected.IndexOf(unit) is var i and >= 0)
            {
                found.Add(i);
            }
        }

        void Down(AdministrativeUnit unit)
        {
            foreach (var child in _catalog.Children(unit, AsOf))
            {
                if (child.Level == expected.Level)
                {
                    Add(child);
                }
                else if (child.Level < expected.Level)
                {
                    Down(child);
                }
            }
        }
    }

    private Placement Place(AdministrativeUnit unit)
    {
        // A unit not valid on the as-of date either ended before it (go forward) or began after it (go back).
        AdministrativeUnit[] pieces = unit.IsValidOn(AsOf)
            ? [unit]
            : unit.ValidUntil is { } until && until < AsOf
                ? [.. _catalog.Translate(unit, AsOf).Select(l => l.Unit)]
                : [.. _catalog.Predecessors(unit, AsOf).Select(l => l.Unit)];
        if (pieces.Length == 0)
        {
            return new Placement(unit, (int)unit.Level, [], [], false, PlacementProblem.NoSuccessor, pieces, false);
        }

        var weights = new Dictionary<int, decimal>();
        var anyWeight = false;
        foreach (var piece in pieces)
        {
            var target = TargetOf(piece);
            if (target < 0)
            {
                return new Placement(unit, (int)unit.Level, [], [], false, PlacementProblem.AboveLevel, pieces, false);
            }

            var weight = pieces.Length == 1 ? 1m : Math.Max(0m, _allocation.Weight(unit, piece));
            anyWeight |= weight > 0m;
            weights[target] = weights.GetValueOrDefault(target) + weight;
        }

        if (weights.Count == 1)
        {
            return new Placement(unit, (int)unit.Level, [weights.Keys.First()], [1m], false, PlacementProblem.None, pieces, false);
        }

        if (!anyWeight)
        {
            // No weight for any receiving unit: equal shares per piece, reported as such.
            weights.Clear();
            foreach (var piece in pieces)
            {
                var target = TargetOf(piece);
                weights[target] = weights.GetValueOrDefault(target) + 1m;
            }
        }

        var total = weights.Values.Sum();
        var targets = weights.Keys.Order().ToArray();
        var shares = targets.Select(t => weights[t] / total).ToArray();
        return new Placement(unit, (int)unit.Level, targets, shares, true, PlacementProblem.None, pieces, !anyWeight && _allocation != AllocationWeights.Equal);
    }

    /// <summary>The result unit containing <paramref name="unit"/> (a unit of the as-of date); -1 when it lies above the level.</summary>
    private int TargetOf(AdministrativeUnit unit)
    {
        if (Level is not { } level)
        {
            return 0;
        }

        return unit.Level < level ? -1 : Up(unit, level) is { } ancestor && _targetIndex.TryGetValue(ancestor, out var index) ? index : -1;
    }

    private AdministrativeUnit? Up(AdministrativeUnit unit, AdministrativeLevel level)
    {
        var current = unit;
        while (current is not null && current.Level > level)
        {
            current = _catalog.Parent(current, AsOf);
        }

        return current is not null && current.Level == level ? current : null;
    }
}
