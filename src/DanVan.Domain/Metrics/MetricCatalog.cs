using System.Collections.Frozen;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Danh mục chỉ tiêu: the metric definitions a portal knows, looked up by code. <see cref="Default"/> holds the
/// built-in set (<see cref="BuiltInMetrics"/>); add your own with <see cref="With(MetricDefinition[])"/>.
/// </summary>
/// <remarks>
/// A catalog is consistent: codes are unique, and a ratio's numerator and denominator metrics are in it. Immutable and
/// thread-safe; <see cref="With(MetricDefinition[])"/> returns a new catalog.
/// </remarks>
/// <example>
/// <code>
/// var mine = new MetricDefinition(MetricCode.Parse("hanoi.mediation-cases"), "Số vụ hòa giải thành",
///     "Mediation cases settled", UnitOfMeasure.Session, MetricKind.Count, Additivity.Additive, MetricDirection.HigherIsBetter);
/// var catalog = MetricCatalog.Default.With(mine);
/// catalog.Find(MetricCode.Parse("hanoi.mediation-cases")); // mine
/// </code>
/// </example>
public sealed partial class MetricCatalog
{
    private readonly FrozenDictionary<MetricCode, MetricDefinition> _byCode;

    private MetricCatalog(MetricDefinition[] definitions)
    {
        var byCode = new Dictionary<MetricCode, MetricDefinition>(definitions.Length);
        foreach (var definition in definitions)
        {
            ArgumentNullException.ThrowIfNull(definition, nameof(definitions));
            if (!byCode.TryAdd(definition.Code, definition))
            {
                throw new ArgumentException($"The metric {definition.Code} is defined twice.", nameof(definitions));
            }
        }

        foreach (var definition in definitions)
        {
            foreach (var part in new[] { definition.Numerator, definition.Denominator })
            {
                if (part is { } code && !byCode.ContainsKey(code))
                {
                    throw new ArgumentException($"{definition.Code} names {code} as a part, which is not in the catalog.", nameof(definitions));
                }
            }
        }

        _byCode = byCode.ToFrozenDictionary();
        All = Array.AsReadOnly(definitions);
    }

    /// <summary>The built-in metrics of dân vận reports (see <see cref="BuiltInMetrics"/> and docs/metrics-definitions.md).</summary>
    public static MetricCatalog Default { get; } = new(BuiltInMetrics.Definitions());

    /// <summary>An empty catalog, for portals that define every metric themselves.</summary>
    public static MetricCatalog Empty { get; } = new([]);

    /// <summary>Every definition, in the order added.</summary>
    public IReadOnlyList<MetricDefinition> All { get; }

    /// <summary>A catalog of exactly <paramref name="definitions"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="definitions"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A code is defined twice, or a ratio names a part that is not given.</exception>
    public static MetricCatalog Of(IEnumerable<MetricDefinition> definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        return new MetricCatalog([.. definitions]);
    }

    /// <summary>This catalog plus <paramref name="definitions"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="definitions"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A code is already defined, or a ratio names a part that is in neither.</exception>
    public MetricCatalog With(params MetricDefinition[] definitions)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        return new MetricCatalog([.. All, .. definitions]);
    }

    /// <summary>The definition of <paramref name="code"/>, or null.</summary>
    public MetricDefinition? Find(MetricCode code) => _byCode.GetValueOrDefault(code);

    /// <summary>The definition of <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">The catalog does not define the code.</exception>
    public MetricDefinition Get(MetricCode code) =>
        _byCode.TryGetValue(code, out var definition) ? definition : throw new KeyNotFoundException($"The metric catalog does not define {code}.");

    /// <summary>True when the catalog defines <paramref name="code"/>.</summary>
    public bool Contains(MetricCode code) => _byCode.ContainsKey(code);
}
