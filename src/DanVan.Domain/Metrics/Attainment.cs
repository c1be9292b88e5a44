using DanVan.Domain.Text;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Mức độ hoàn thành: how an actual figure compares with its target, honouring the metric's direction: for "higher is
/// better" reaching the target means at least the target; for "lower is better", at most.
/// </summary>
/// <remarks>
/// <para><see cref="Percent"/> is actual over target for higher-is-better metrics and target over actual for
/// lower-is-better ones, so 100 always means "just met" and more is always better; it is null for neutral metrics,
/// for a zero target of a higher-is-better metric, and for a zero actual of a lower-is-better one (which meets any
/// target).</para>
/// <para><see cref="IsCertain"/> is false when the verdict could change with the exact figure: an estimated actual, an
/// approximate one ("khoảng"), or a bound pointing the wrong way ("hơn 80" against a target of 90).</para>
/// <para>Immutable; compared by value.</para>
/// </remarks>
public sealed record Attainment
{
    /// <summary>The target.</summary>
    public required MetricTarget Target { get; init; }

    /// <summary>The actual figure, or null when nothing was reported.</summary>
    public decimal? Actual { get; init; }

    /// <summary>The direction used.</summary>
    public MetricDirection Direction { get; init; }

    /// <summary>Attainment in percent, 100 meaning exactly met (see remarks); null when not defined.</summary>
    public decimal? Percent { get; init; }

    /// <summary>True when the target is met, false when not, null for a neutral metric or a missing actual.</summary>
    public bool? Met { get; init; }

    /// <summary>False when the verdict could change with the exact figure (see remarks).</summary>
    public bool IsCertain { get; init; }

    /// <summary>Actual minus target; null when nothing was reported.</summary>
    public decimal? Gap => Actual - Target.Value;

    /// <summary>Compares <paramref name="actual"/> with <paramref name="target"/> for <paramref name="definition"/>'s direction.</summary>
    /// <param name="definition">The metric's definition (its direction).</param>
    /// <param name="target">The target.</param>
    /// <param name="actual">The actual figure, or null when nothing was reported.</param>
    /// <param name="qualifier">How exact the actual is.</param>
    /// <param name="estimated">True when the actual is estimated.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The definition and the target are for different metrics.</exception>
    public static Attainment Of(MetricDefinition definition, MetricTarget target, decimal? actual, NumberQualifier qualifier = NumberQualifier.Exact, bool estimated = false)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(target);
        if (definition.Code != target.Metric)
        {
            throw new ArgumentException($"The target is for {target.Metric}, the definition for {definition.Code}.", nameof(target));
        }

        var direction = definition.Direction;
        if (actual is not { } value || direction == MetricDirection.Neutral)
        {
            return new Attainment { Target = target, Actual = actual, Direction = direction, IsCertain = actual.HasValue && !estimated && qualifier == NumberQualifier.Exact };
        }

        var higher = direction == MetricDirection.HigherIsBetter;
        var met = higher ? value >= target.Value : value <= target.Value;
        decimal? percent = higher
            ? (target.Value == 0m ? null : value * 100m / target.Value)
            : (value == 0m ? null : target.Value * 100m / value);
        return new Attainment
        {
            Target = target,
            Actual = value,
            Direction = direction,
            Percent = percent,
            Met = met,
            IsCertain = !estimated && Settles(qualifier, met, higher),
        };
    }

    // A lower bound ("hơn", "ít nhất") settles a met higher-is-better target: the true figure is larger still.
    private static bool Settles(NumberQualifier qualifier, bool met, bool higher) => qualifier switch
    {
        NumberQualifier.Exact => true,
        NumberQualifier.MoreThan or NumberQualifier.AtLeast => met == higher,
        NumberQualifier.LessThan or NumberQualifier.AtMost or NumberQualifier.Nearly => met != higher,
        _ => false,
    };
}
