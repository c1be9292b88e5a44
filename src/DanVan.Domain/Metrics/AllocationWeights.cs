using DanVan.Domain.Administration;

namespace DanVan.Domain.Metrics;

/// <summary>
/// How a figure of a unit that was split between several units is shared out among them when aggregation translates
/// it across a reform: equal shares, or in proportion to a weight of each receiving unit (its population or area,
/// which the caller supplies). Shared-out figures are marked estimated.
/// </summary>
/// <remarks>
/// The weight is asked for each unit that covers part of the old one (<see cref="AdministrativeCatalog.Translate(AdministrativeUnit, NodaTime.LocalDate)"/>).
/// When every weight of a split is zero or missing, the split falls back to equal shares and the result says so.
/// Implementations must be thread-safe and return non-negative weights. Immutable.
/// </remarks>
/// <example>
/// <code>
/// var population = new Dictionary&lt;UnitCode, decimal&gt; { [UnitCode.Parse("10183")] = 52_000m, ... };
/// var query = new AggregationQuery { Level = AdministrativeLevel.Province, Allocation = AllocationWeights.By(population) };
/// </code>
/// </example>
public abstract class AllocationWeights
{
    /// <summary>Equal shares among the units that took part of the old one.</summary>
    public static AllocationWeights Equal { get; } = new EqualWeights();

    /// <summary>Shares in proportion to a value of each receiving unit (population, area), keyed by its code.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="weights"/> is null.</exception>
    public static AllocationWeights By(IReadOnlyDictionary<UnitCode, decimal> weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var copy = weights.ToDictionary();
        return new FunctionWeights((_, to) => copy.GetValueOrDefault(to.Code));
    }

    /// <summary>Shares from a function of the old unit and a receiving unit.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="weight"/> is null.</exception>
    public static AllocationWeights By(Func<AdministrativeUnit, AdministrativeUnit, decimal> weight)
    {
        ArgumentNullException.ThrowIfNull(weight);
        return new FunctionWeights(weight);
    }

    /// <summary>The weight of <paramref name="newUnit"/> in sharing out figures of <paramref name="oldUnit"/>; zero or less counts as none.</summary>
    public abstract decimal Weight(AdministrativeUnit oldUnit, AdministrativeUnit newUnit);

    private sealed class EqualWeights : AllocationWeights
    {
        public override decimal Weight(AdministrativeUnit oldUnit, AdministrativeUnit newUnit) => 1m;
    }

    private sealed class FunctionWeights(Func<AdministrativeUnit, AdministrativeUnit, decimal> weight) : AllocationWeights
    {
        public override decimal Weight(AdministrativeUnit oldUnit, AdministrativeUnit newUnit) => weight(oldUnit, newUnit);
    }
}
