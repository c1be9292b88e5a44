using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Đối chiếu: a unit that reported its own total while units under it reported too. Shows both figures, their
/// difference, and which one the aggregate used (<see cref="AggregationQuery.Overlap"/>).
/// </summary>
/// <remarks>The parts are the nearest reporting units below (communes under a district, or the district when it reported). Immutable; compared by value.</remarks>
public sealed record Reconciliation
{
    /// <summary>The metric.</summary>
    public required MetricCode Metric { get; init; }

    /// <summary>The unit whose own total is compared (as it was on its figures' date); null for a national total of a central body.</summary>
    public AdministrativeUnit? Unit { get; init; }

    /// <summary>The period (as grouped by the query).</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>The organization kind of the figures, or null.</summary>
    public OrganizationKind? OrganizationKind { get; init; }

    /// <summary>The unit's own figure (for a ratio: its numerator).</summary>
    public decimal OwnTotal { get; init; }

    /// <summary>The sum of the figures of the nearest reporting units below (for a ratio: numerators).</summary>
    public decimal PartsTotal { get; init; }

    /// <summary>How many units below reported.</summary>
    public int Parts { get; init; }

    /// <summary><see cref="OwnTotal"/> minus <see cref="PartsTotal"/>: positive when the parts fall short.</summary>
    public decimal Difference => OwnTotal - PartsTotal;

    /// <summary>The policy that chose which figure counted.</summary>
    public OverlapPolicy Used { get; init; }
}
