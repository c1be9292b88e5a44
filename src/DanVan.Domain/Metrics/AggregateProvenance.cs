using DanVan.Domain.Administration;

namespace DanVan.Domain.Metrics;

/// <summary>
/// How an aggregate was made: how many figures went into it, how many were estimated (shared out from a split unit),
/// qualified ("hơn", "khoảng") or provisional, and which expected units did not report.
/// </summary>
/// <remarks>Immutable; compared by value.</remarks>
public sealed record AggregateProvenance
{
    private readonly IReadOnlyList<UnitCode> _missingUnits = ValueList<UnitCode>.Empty;

    /// <summary>The number of figures (rows) used.</summary>
    public int Observations { get; init; }

    /// <summary>Figures shared out from a unit split between several result units (estimated).</summary>
    public int Estimated { get; init; }

    /// <summary>Figures with a qualifier other than exact ("hơn 700", "khoảng 300").</summary>
    public int Qualified { get; init; }

    /// <summary>Provisional figures.</summary>
    public int Provisional { get; init; }

    /// <summary>The level units were expected to report at.</summary>
    public AdministrativeLevel ExpectedLevel { get; init; }

    /// <summary>The units of <see cref="ExpectedLevel"/> in the aggregate's unit on the as-of date.</summary>
    public int ExpectedUnits { get; init; }

    /// <summary>How many of them are covered by at least one figure (their own, a predecessor's, or an ancestor's total).</summary>
    public int ReportedUnits { get; init; }

    /// <summary>The expected units that no figure covers, by code on the as-of date.</summary>
    public IReadOnlyList<UnitCode> MissingUnits
    {
        get => _missingUnits;
        init => _missingUnits = ValueList<UnitCode>.From(value);
    }

    /// <summary>Reported over expected units ("28/29"), as a fraction from 0 to 1; null when no unit was expected.</summary>
    public decimal? Coverage => ExpectedUnits == 0 ? null : (decimal)ReportedUnits / ExpectedUnits;
}
