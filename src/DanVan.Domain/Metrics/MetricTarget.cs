using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Chỉ tiêu kế hoạch: the figure a unit should reach for a metric in a period (IATI's result target), optionally with
/// the baseline it starts from.
/// </summary>
/// <param name="Metric">The metric.</param>
/// <param name="Unit">The unit (by its code on the aggregation's as-of date), or null for the whole country.</param>
/// <param name="Period">The period.</param>
/// <param name="Value">The target figure (for a rate: the percentage).</param>
/// <remarks>Immutable; compared by value.</remarks>
/// <example>
/// <code>
/// var target = new MetricTarget(BuiltInMetrics.PetitionsResolutionRate, UnitCode.Parse("25"), ReportingPeriod.CalendarYear(2026), 90m);
/// </code>
/// </example>
public sealed record MetricTarget(MetricCode Metric, UnitCode? Unit, ReportingPeriod Period, decimal Value)
{
    /// <summary>The figure at the start (IATI's baseline), or null.</summary>
    public decimal? Baseline { get; init; }

    /// <summary>The organization kind the target is for, or null.</summary>
    public OrganizationKind? OrganizationKind { get; init; }
}
