using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using DanVan.Domain.Administration;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Tổng hợp số liệu: adds up observations correctly: by administrative level at an as-of date (translating units
/// that no longer exist through the catalog's lineage), by period granularity, by organization kind and by metric,
/// respecting each metric's additivity, and saying how every figure was made.
/// </summary>
/// <remarks>
/// <para>The rules (docs/metrics.md):</para>
/// <list type="bullet">
/// <item>Additive metrics are summed. Stocks take, per unit, the value of the latest period within each result
/// period, then are summed across units. Rates and coverage sum numerators and denominators, then divide; a
/// percentage given without its parts is set aside (DV6306). Scores and grades are refused
/// (<see cref="MetricAggregationException"/>, DV6301).</item>
/// <item>Figures of a unit that no longer exists on the as-of date go to the units that cover it now. When they all lie
/// in one result unit the transfer is exact; otherwise the figure is shared out by <see cref="AggregationQuery.Allocation"/>
/// and the aggregate is marked estimated.</item>
/// <item>When a unit and units below it both reported, <see cref="AggregationQuery.Overlap"/> picks one and
/// <see cref="AggregationResult.Reconciliations"/> shows both.</item>
/// <item>A repeated figure counts once (<see cref="ObservationSet.IsSuperseded"/>).</item>
/// <item>Sums are <see cref="decimal"/>: each stored value has at most 18 digits (below 10^19) and a set at most
/// 2^31 rows, so no sum can reach decimal's limit (about 7.9 × 10^28): overflow cannot happen.</item>
/// </list>
/// <para>Immutable and thread-safe; it caches the geography of each as-of date and level it has seen.</para>
/// </remarks>
/// <example>
/// <code>
/// var result = MetricAggregator.Default.Aggregate(set, new AggregationQuery
/// {
///     Metrics = [BuiltInMetrics.SupervisionSessions],
///     Level = AdministrativeLevel.Province,
///     Granularity = PeriodKind.Quarter,
/// });
/// foreach (var row in result.Rows)
///     Console.WriteLine($"{row.Unit!.FullName} {row.Period}: {row.Value} ({row.Provenance.ReportedUnits}/{row.Provenance.ExpectedUnits} reported)");
/// </code>
/// </example>
public sealed class MetricAggregator
{
    private const int CachedGeographies = 16;
    private readonly ConcurrentDictionary<(NodaTime.LocalDate, AdministrativeLevel?, AllocationWeights), AggregationGeography> _geographies = new();
    private readonly ConditionalWeakTable<ObservationSet, SubjectResolution> _resolutions = [];

    /// <summary>An aggregator over <paramref name="catalog"/> (default <see cref="AdministrativeCatalog.Default"/>) and <paramref name="metrics"/> (default <see cref="MetricCatalog.Default"/>).</summary>
    public MetricAggregator(AdministrativeCatalog? catalog = null, MetricCatalog? metrics = null)
    {
        Catalog = catalog ?? AdministrativeCatalog.Default;
        MetricCatalog = metrics ?? MetricCatalog.Default;
    }

    /// <summary>The aggregator over the built-in catalogs.</summary>
    public static MetricAggregator Default { get; } = new();

    /// <summary>The administrative catalog: hierarchy and lineage.</summary>
    public AdministrativeCatalog Catalog { get; }

    /// <summary>The metric definitions: how each metric may be combined.</summary>
    public MetricCatalog MetricCatalog { get; }

    /// <summary>Aggregates <paramref name="observations"/> as <paramref name="query"/> says (default: national figures per metric and reported period, in today's units).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentException">The query asks for a level that does not exist on its as-of date, or sets both a granularity and a period.</exception>
    /// <exception cref="MetricAggregationException">A requested metric is never added (a score or grade), or not in the metric catalog.</exception>
    public AggregationResult Aggregate(ObservationSet observations, AggregationQuery? query = null)
    {
        ArgumentNullException.ThrowIfNull(observations);
        query ??= new AggregationQuery();
        if (query.Granularity.HasValue && query.Period.HasValue)
        {
            throw new ArgumentException("Set a granularity or a period to aggregate into, not both.", nameof(query));
        }

        if (query.Granularity is { } g && !Enum.IsDefined(g))
        {
            throw new ArgumentException($"{g} is not a period kind.", nameof(query));
        }

        ArgumentNullException.ThrowIfNull(query.Allocation, nameof(query));
        var asOf = query.AsOf ?? Catalog.NewestState;
        var geography = Geography(asOf, query.Level, query.Allocation);
        var resolution = _resolutions.GetValue(observations, set => new SubjectResolution(set, Catalog));
        var issues = new List<ValidationIssue>();
        var rows = new List<Aggregate>();
        var reconciliations = new List<Reconciliation>();
        var buckets = new PeriodBuckets(observations.PeriodTable, query);
        foreach (var (metric, index) in MetricsOf(observations, query, issues))
        {
            var definition = MetricCatalog.Get(metric);
            new MetricAggregation(observations, index, definition, query, geography, resolution, buckets, issues).Run(rows, reconciliations);
        }

        return new AggregationResult(query, asOf, rows.AsReadOnly(), reconciliations.AsReadOnly(), new ValidationResult(issues), MetricCatalog);
    }

    private List<(MetricCode Metric, int Index)> MetricsOf(ObservationSet set, AggregationQuery query, List<ValidationIssue> issues)
    {
        if (query.Metrics is { } wanted)
        {
            var chosen = new List<(MetricCode, int)>();
            foreach (var metric in wanted.Distinct())
            {
                var definition = MetricCatalog.Find(metric) ?? throw new MetricAggregationException(
                    AggregationIssues.UnknownMetric.Create(string.Empty, metric.ToString(), new IssueArgument("metric", metric.ToString())));
                if (!definition.CanAggregate)
                {
                    throw new MetricAggregationException(NotAdditive(definition));
                }

                chosen.Add((metric, Array.IndexOf(set.MetricTable, metric)));
            }

            return chosen;
        }

        var all = new List<(MetricCode, int)>();
        for (var m = 0; m < set.MetricTable.Length; m++)
        {
            var metric = set.MetricTable[m];
            if (MetricCatalog.Find(metric) is not { } definition)
            {
                issues.Add(AggregationIssues.UnknownMetric.Create(string.Empty, metric.ToString(), new IssueArgument("metric", metric.ToString())));
            }
            else if (!definition.CanAggregate)
            {
                issues.Add(NotAdditive(definition));
            }
            else
            {
                all.Add((metric, m));
            }
        }

        // Ordered by code, so the result does not depend on the order rows were added in.
        all.Sort(static (a, b) => a.Item1.CompareTo(b.Item1));
        return all;
    }

    private static ValidationIssue NotAdditive(MetricDefinition definition) =>
        AggregationIssues.NotAdditive.Create(
            string.Empty, definition.Code.ToString(), new IssueArgument("metric", definition.Code.ToString()), new IssueArgument("kind", definition.Kind.ToString().ToLowerInvariant()));

    private AggregationGeography Geography(NodaTime.LocalDate asOf, AdministrativeLevel? level, AllocationWeights allocation)
    {
        if (_geographies.Count > CachedGeographies)
        {
            _geographies.Clear();
        }

        return _geographies.GetOrAdd((asOf, level, allocation), key => new AggregationGeography(Catalog, key.Item1, key.Item2, key.Item3));
    }
}
