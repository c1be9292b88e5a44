using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Metrics;

/// <summary>
/// The aggregation of one metric: a first pass finds each row's result period and source unit (and, for stocks, the
/// latest row of each unit), overlaps between totals and their parts are settled when figures come from more than one
/// level, and a second pass adds the rows into dense arrays of cells.
/// </summary>
internal sealed partial class MetricAggregation
{
    private const int Skip = -1;
    private readonly ObservationSet _set;
    private readonly int _metricIndex;
    private readonly MetricDefinition _definition;
    private readonly AggregationQuery _query;
    private readonly AggregationGeography _geography;
    private readonly SubjectResolution _resolution;
    private readonly PeriodBuckets _buckets;
    private readonly List<ValidationIssue> _issues;
    private readonly List<Placement> _placements = [];
    private readonly Dictionary<int, Accumulator[]> _cells = [];
    private readonly Dictionary<long, ulong[]> _covered = [];
    private int[] _source = [];
    private AdministrativeLevel _expectedLevel;
    private HashSet<(int Bucket, int Organization, int Source)>? _excluded;

    public MetricAggregation(
        ObservationSet set,
        int metricIndex,
        MetricDefinition definition,
        AggregationQuery query,
        AggregationGeography geography,
        SubjectResolution resolution,
        PeriodBuckets buckets,
        List<ValidationIssue> issues)
    {
        _set = set;
        _metricIndex = metricIndex;
        _definition = definition;
        _query = query;
        _geography = geography;
        _resolution = resolution;
        _buckets = buckets;
        _issues = issues;
    }

    private int First => _metricIndex < 0 ? 0 : _set.MetricStart[_metricIndex];

    private int End => _metricIndex < 0 ? 0 : _set.MetricStart[_metricIndex + 1];

    public void Run(List<Aggregate> rows, List<Reconciliation> reconciliations)
    {
        if (_metricIndex < 0)
        {
            return;
        }

        var levels = Locate();
        if (System.Numerics.BitOperations.PopCount((uint)levels) > 1)
        {
            Settle(reconciliations);
        }

        Add();
        Emit(rows);
    }

    /// <summary>First pass: for each row, its source (an index into <see cref="_placements"/>) or <see cref="Skip"/>; returns the levels seen as bits.</summary>
    private int Locate()
    {
        var columns = _set.Columns;
        var count = End - First;
        _source = new int[count];
        var sourceOf = new int[Math.Max(16, _resolution.UnitCount)];
        sourceOf.AsSpan().Fill(-1);
        var central = -1;
        var levels = 0;
        var finest = 0;
        var tally = new Tally(this);
        Dictionary<(int Source, int Organization, int Bucket), int>? latest = _definition.Additivity == Additivity.Stock ? [] : null;
        for (var i = 0; i < count; i++)
        {
            var row = First + i;
            _source[i] = Skip;
            if (_set.IsSupersededRow(row))
            {
                tally.Superseded++;
                continue;
            }

            var bucket = _buckets.BucketOf[columns.Period[row]];
            if (bucket < 0)
            {
                if (bucket == PeriodBuckets.DoesNotFit)
                {
                    Tally.Note(ref tally.DoesNotFit, row);
                }

                continue;
            }

            if (_definition.IsRatio && !columns.HasParts(row))
            {
                Tally.Note(ref tally.WithoutParts, row);
                continue;
            }

            var resolved = _resolution.Resolve(columns.Subject[row], columns.Period[row]);
            int source;
            if (resolved == SubjectResolution.NoUnit)
            {
                Tally.Note(ref tally.UnknownUnit, row);
                continue;
            }

            if (resolved == SubjectResolution.Central)
            {
                if (central < 0)
                {
                    central = _placements.Count;
                    _placements.Add(_geography.Central);
                }

                source = central;
            }
            else
            {
                if (resolved >= sourceOf.Length)
                {
                    var old = sourceOf.Length;
                    Array.Resize(ref sourceOf, Math.Max(resolved + 1, old * 2));
                    sourceOf.AsSpan(old).Fill(-1);
                }

                source = sourceOf[resolved];
                if (source < 0)
                {
                    source = sourceOf[resolved] = _placements.Count;
                    _placements.Add(_resolution.PlacementOf(_geography, resolved));
                }
            }

            var placement = _placements[source];
            if (placement.Problem != PlacementProblem.None)
            {
                if (placement.Problem == PlacementProblem.AboveLevel)
                {
                    Tally.Note(ref tally.AboveLevel, row);
                }
                else
                {
                    Tally.Note(ref tally.NoSuccessor, row);
                }

                continue;
            }

            if (placement.MissingWeights && tally.WeightsReported.Add(source))
            {
                _issues.Add(AggregationIssues.MissingWeights.Create(string.Empty, placement.Unit?.Code.ToString(), new IssueArgument("subject", placement.Unit?.ToString() ?? string.Empty)));
            }

            levels |= 1 << placement.Level;
            finest = Math.Max(finest, placement.Level);
            _source[i] = source;
            if (latest is not null)
            {
                // A stock counts once per unit and result period: the row of the latest period, the later row on a tie.
                var key = (source, OrganizationKey(row), bucket);
                if (!latest.TryGetValue(key, out var kept) || _set.PeriodTable[columns.Period[First + kept]].End <= _set.PeriodTable[columns.Period[row]].End)
                {
                    if (latest.ContainsKey(key))
                    {
                        _source[kept] = Skip;
                    }

                    latest[key] = i;
                }
                else
                {
                    _source[i] = Skip;
                }
            }
        }

        tally.Report();
        _expectedLevel = ExpectedLevel(finest);
        return levels;
    }

    private AdministrativeLevel ExpectedLevel(int finest)
    {
        if (_query.ExpectedLevel is { } given)
        {
            return given;
        }

        var level = finest == 0 ? AdministrativeLevel.Province : (AdministrativeLevel)finest;
        if (_query.Level is { } target && target > level)
        {
            level = target;
        }

        // The district level ended on 2025-06-30: district figures are expected of the communes that cover them now.
        return level == AdministrativeLevel.District && _geography.Expected(level).Units.Length == 0 ? AdministrativeLevel.Commune : level;
    }

    /// <summary>Second pass: adds the located rows into their cells.</summary>
    private void Add()
    {
        var columns = _set.Columns;
        var ratio = _definition.IsRatio;
        var targets = _geography.Targets.Length;
        var buckets = _buckets.Buckets.Length;
        var expected = _geography.Expected(_expectedLevel).Units.Length;
        var placements = _placements.ToArray();
        var covered = new int[placements.Length][];
        var organizationKeys = _resolution.OrganizationKeys;
        var bucketOf = _buckets.BucketOf;
        var periods = columns.Period;
        var subjects = columns.Subject;
        var values = columns.Value;
        var scales = columns.Scale;
        var metas = columns.Meta;
        var lastGroup = -1;
        Accumulator[] cells = [];
        var lastCover = -1L;
        ulong[] bits = [];
        for (var i = 0; i < _source.Length; i++)
        {
            var source = _source[i];
            if (source < 0)
            {
                continue;
            }

            var row = First + i;
            var bucket = bucketOf[periods[row]];
            var organization = organizationKeys[subjects[row]];
            if (_excluded is { } excluded && excluded.Contains((bucket, organization, source)))
            {
                continue;
            }

            var group = _query.ByOrganizationKind ? organization : 0;
            if (group != lastGroup)
            {
                if (!_cells.TryGetValue(group, out cells!))
                {
                    cells = new Accumulator[buckets * targets];
                    _cells.Add(group, cells);
                }

                lastGroup = group;
            }

            var placement = placements[source];
            var meta = metas[row];
            var cellTargets = placement.Targets;
            var scale = scales[row];
            if (!ratio && scale == 0 && !placement.Estimated)
            {
                cells[(bucket * targets) + cellTargets[0]].AddWhole(values[row], meta);
            }
            else
            {
                var value = columns.ValueOf(row);
                var denominator = ratio ? columns.DenominatorOf(row) : 0m;
                var shares = placement.Shares;
                for (var k = 0; k < cellTargets.Length; k++)
                {
                    var share = shares[k];
                    ref var cell = ref cells[(bucket * targets) + cellTargets[k]];
                    if (share == 1m)
                    {
                        cell.Add(value, denominator, meta, false);
                    }
                    else
                    {
                        cell.Add(value * share, denominator * share, meta, true);
                    }
                }
            }

            var coverKey = ((long)group << 32) | (uint)bucket;
            if (coverKey != lastCover)
            {
                if (!_covered.TryGetValue(coverKey, out bits!))
                {
                    bits = new ulong[(expected + 63) / 64];
                    _covered.Add(coverKey, bits);
                }

                lastCover = coverKey;
            }

            foreach (var unit in covered[source] ??= _geography.Covered(placement, _expectedLevel))
            {
                bits[unit >> 6] |= 1UL << (unit & 63);
            }
        }
    }

    private void Emit(List<Aggregate> rows)
    {
        var expected = _geography.Expected(_expectedLevel);
        var targets = _geography.Targets;
        var emitted = new List<Aggregate>();
        foreach (var (group, cells) in _cells)
        {
            OrganizationKind? kind = group == 0 ? null : (OrganizationKind)(group - 1);
            for (var bucket = 0; bucket < _buckets.Buckets.Length; bucket++)
            {
                var bits = _covered.GetValueOrDefault(((long)group << 32) | (uint)bucket);
                for (var t = 0; t < targets.Length; t++)
                {
                    var cell = cells[(bucket * targets.Length) + t];
                    if (cell.Count == 0)
                    {
                        continue;
                    }

                    emitted.Add(Row(cell, kind, _buckets.Buckets[bucket], targets[t], expected, expected.ByTarget[t], bits));
                }
            }
        }

        emitted.Sort(static (a, b) =>
        {
            var byPeriod = a.Period.CompareTo(b.Period);
            if (byPeriod != 0)
            {
                return byPeriod;
            }

            var byKind = Nullable.Compare(a.OrganizationKind, b.OrganizationKind);
            return byKind != 0 ? byKind : Nullable.Compare(a.Unit?.Code, b.Unit?.Code);
        });
        rows.AddRange(emitted);
    }

    private Aggregate Row(Accumulator cell, OrganizationKind? kind, ReportingPeriod period, AdministrativeUnit? unit, ExpectedUnits expected, int[] expectedHere, ulong[]? bits)
    {
        var missing = new List<UnitCode>();
        var reported = 0;
        foreach (var e in expectedHere)
        {
            if (bits is not null && (bits[e >> 6] & (1UL << (e & 63))) != 0)
            {
                reported++;
            }
            else
            {
                missing.Add(expected.Units[e].Code);
            }
        }

        var ratio = _definition.IsRatio;
        return new Aggregate
        {
            Metric = _definition.Code,
            Unit = unit,
            Period = period,
            OrganizationKind = kind,
            Value = ratio ? (cell.Denominator == 0m ? null : cell.Sum * 100m / cell.Denominator) : cell.Sum,
            Numerator = ratio ? cell.Sum : null,
            Denominator = ratio ? cell.Denominator : null,
            Qualifier = cell.CombinedQualifier(),
            IsEstimated = cell.Estimated > 0,
            Provenance = new AggregateProvenance
            {
                Observations = cell.Count,
                Estimated = cell.Estimated,
                Qualified = cell.Qualified,
                Provisional = cell.Provisional,
                ExpectedLevel = expected.Level,
                ExpectedUnits = expectedHere.Length,
                ReportedUnits = reported,
                MissingUnits = missing,
            },
        };
    }

    /// <summary>0 for a subject without an organization, else the organization kind plus one.</summary>
    private int OrganizationKey(int row) => _resolution.OrganizationKeys[_set.Columns.Subject[row]];
}
