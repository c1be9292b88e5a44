using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Kết quả tổng hợp: the aggregates of a query, the reconciliations of totals against their parts, and the issues met
/// (figures set aside, estimated shares), with helpers to find a figure and to compare with targets.
/// </summary>
/// <remarks>Rows are ordered by metric (as in the query, else by code), period, organization kind and unit code. Immutable and thread-safe.</remarks>
public sealed class AggregationResult
{
    internal AggregationResult(AggregationQuery query, LocalDate asOf, IReadOnlyList<Aggregate> rows, IReadOnlyList<Reconciliation> reconciliations, ValidationResult issues, MetricCatalog metrics)
    {
        Query = query;
        AsOf = asOf;
        Rows = rows;
        Reconciliations = reconciliations;
        Issues = issues;
        MetricCatalog = metrics;
    }

    /// <summary>The query answered.</summary>
    public AggregationQuery Query { get; }

    /// <summary>The date whose units the rows are expressed in.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The aggregates.</summary>
    public IReadOnlyList<Aggregate> Rows { get; }

    /// <summary>Units whose own totals overlapped figures of units below them, with both figures.</summary>
    public IReadOnlyList<Reconciliation> Reconciliations { get; }

    /// <summary>What was set aside, estimated or disagreed (DV63xx), one issue per cause and metric.</summary>
    public ValidationResult Issues { get; }

    private MetricCatalog MetricCatalog { get; }

    /// <summary>The aggregate of <paramref name="metric"/> for the unit with <paramref name="unit"/> (null: the whole country) and <paramref name="period"/>, or null.</summary>
    public Aggregate? Find(MetricCode metric, UnitCode? unit, ReportingPeriod period, OrganizationKind? organizationKind = null)
    {
        foreach (var row in Rows)
        {
            if (row.Metric == metric && row.Period == period && row.Unit?.Code == unit && row.OrganizationKind == organizationKind)
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>
    /// Compares each target with the matching aggregate (same metric, unit code, period and organization kind),
    /// honouring each metric's direction. A target with no matching aggregate has a null actual.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="targets"/> is null.</exception>
    /// <exception cref="MetricAggregationException">A target's metric is not in the metric catalog.</exception>
    public IReadOnlyList<Attainment> Attainment(IEnumerable<MetricTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var byKey = new Dictionary<(MetricCode, UnitCode?, ReportingPeriod, OrganizationKind?), Aggregate>();
        foreach (var row in Rows)
        {
            byKey[(row.Metric, row.Unit?.Code, row.Period, row.OrganizationKind)] = row;
        }

        var result = new List<Attainment>();
        foreach (var target in targets)
        {
            ArgumentNullException.ThrowIfNull(target, nameof(targets));
            var definition = MetricCatalog.Find(target.Metric) ?? throw new MetricAggregationException(
                AggregationIssues.UnknownMetric.Create(string.Empty, target.Metric.ToString(), new IssueArgument("metric", target.Metric.ToString())));
            var actual = byKey.GetValueOrDefault((target.Metric, target.Unit, target.Period, target.OrganizationKind));
            result.Add(Metrics.Attainment.Of(definition, target, actual?.Value, actual?.Qualifier ?? Text.NumberQualifier.Exact, actual?.IsEstimated ?? false));
        }

        return result.AsReadOnly();
    }
}
