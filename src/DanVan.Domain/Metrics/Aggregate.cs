using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Text;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Số liệu tổng hợp: one aggregated figure: a metric for a unit (or the whole country), a period and optionally an
/// organization kind, with how it was made.
/// </summary>
/// <remarks>Immutable; compared by value.</remarks>
public sealed record Aggregate
{
    /// <summary>The metric.</summary>
    public required MetricCode Metric { get; init; }

    /// <summary>The unit on the as-of date, or null for the whole country.</summary>
    public AdministrativeUnit? Unit { get; init; }

    /// <summary>The period: a reported one, or the one figures were rolled up into.</summary>
    public required ReportingPeriod Period { get; init; }

    /// <summary>The organization kind, when aggregating by kind; null for figures without an organization or when not asked.</summary>
    public OrganizationKind? OrganizationKind { get; init; }

    /// <summary>
    /// The figure: a sum, a sum of latest values (stocks), or for a rate or coverage the percentage of the summed
    /// numerator over the summed denominator. Null only for a ratio whose denominators sum to 0.
    /// </summary>
    public decimal? Value { get; init; }

    /// <summary>For a rate or coverage: the summed numerator; null otherwise.</summary>
    public decimal? Numerator { get; init; }

    /// <summary>For a rate or coverage: the summed denominator; null otherwise.</summary>
    public decimal? Denominator { get; init; }

    /// <summary>
    /// How exact the figure is, from its parts: exact when all are; <see cref="NumberQualifier.MoreThan"/> or
    /// <see cref="NumberQualifier.AtLeast"/> when some are lower bounds ("hơn 700" + 79 is more than 779); the upper-bound
    /// kinds likewise; <see cref="NumberQualifier.About"/> when bounds of both directions or approximations are mixed.
    /// </summary>
    public NumberQualifier Qualifier { get; init; }

    /// <summary>True when part of the figure was shared out from a split unit by allocation weights.</summary>
    public bool IsEstimated { get; init; }

    /// <summary>How the figure was made.</summary>
    public required AggregateProvenance Provenance { get; init; }

    /// <summary>"supervision.sessions 01 2024-Q1: 1234".</summary>
    public override string ToString() =>
        $"{Metric} {(Unit is null ? "VN" : Unit.Code.ToString())} {Period}{(OrganizationKind is { } k ? " " + k : string.Empty)}: {Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "n/a"}";
}
