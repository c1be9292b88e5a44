using DanVan.Domain.Administration;
using NodaTime;

namespace DanVan.Domain.Metrics;

/// <summary>
/// What to aggregate and how: which metrics, up to which administrative level as of which date, by which period
/// granularity, whether by organization kind, and the policies for splits and overlaps. Every dimension is optional;
/// the default is one national figure per metric and reported period, in today's units of the catalog.
/// </summary>
/// <remarks>Immutable once built (init-only); set only what you need.</remarks>
/// <example>
/// <code>
/// // Supervision sessions per province of today, per quarter.
/// var query = new AggregationQuery
/// {
///     Metrics = [BuiltInMetrics.SupervisionSessions],
///     Level = AdministrativeLevel.Province,
///     Granularity = PeriodKind.Quarter,
/// };
/// </code>
/// </example>
public sealed record AggregationQuery
{
    private readonly IReadOnlyList<MetricCode>? _metrics;

    /// <summary>The metrics to aggregate; null for every metric of the set that can be aggregated (the others are listed in the result's issues).</summary>
    public IReadOnlyList<MetricCode>? Metrics
    {
        get => _metrics;
        init => _metrics = value is null ? null : ValueList<MetricCode>.From(value);
    }

    /// <summary>The level to roll up to; null for the whole country. District is possible only for dates before 2025-07-01.</summary>
    public AdministrativeLevel? Level { get; init; }

    /// <summary>The date whose units the result is expressed in; null for the catalog's newest state. Older units are translated.</summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>The period granularity to roll up to (months into quarters...); null keeps the periods as reported.</summary>
    public PeriodKind? Granularity { get; init; }

    /// <summary>One period to put every figure within it into (a term, "since 2011"); null to use <see cref="Granularity"/>.</summary>
    public ReportingPeriod? Period { get; init; }

    /// <summary>True to keep figures of different organization kinds apart (subjects without an organization form their own group).</summary>
    public bool ByOrganizationKind { get; init; }

    /// <summary>How figures of split units are shared out; default equal shares.</summary>
    public AllocationWeights Allocation { get; init; } = AllocationWeights.Equal;

    /// <summary>Which figure wins when a unit and units under it both reported; default <see cref="OverlapPolicy.PreferTotals"/>.</summary>
    public OverlapPolicy Overlap { get; init; }

    /// <summary>
    /// The level at which units are expected to report, for coverage and missing units; null for the finest level of
    /// the figures used (communes when that level no longer exists on <see cref="AsOf"/>).
    /// </summary>
    public AdministrativeLevel? ExpectedLevel { get; init; }

    /// <summary>Only figures whose period lies within these days; null for all.</summary>
    public DateInterval? Within { get; init; }
}
