using System.Text.Json.Serialization;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Quan hệ giữa các chỉ tiêu: the figure of one metric cannot exceed the figure of another for the same subject and
/// period, because it counts a part of what the other counts (petitions within jurisdiction are among those received).
/// <see cref="ObservationValidator"/> checks every relation (DV6210).
/// </summary>
/// <remarks>
/// <para>The relations of the built-in metrics are data, here in <see cref="BuiltIn"/>; those that follow from a ratio
/// (its numerator cannot exceed its denominator: resolved within within-jurisdiction) come from the catalog through
/// <see cref="FromRatios"/>, so a portal's own rates get theirs without declaring them. Compared by value; immutable.</para>
/// </remarks>
/// <example>
/// <code>
/// // Mediation cases settled cannot exceed those received.
/// var relation = new MetricRelation(MetricCode.Parse("hanoi.mediation-cases"), MetricCode.Parse("hanoi.mediation-cases-received"));
/// var validator = new ObservationValidator(catalog, relations: [.. MetricRelation.BuiltIn, relation]);
/// </code>
/// </example>
[JsonConverter(typeof(MetricRelationJsonConverter))]
public sealed class MetricRelation : IEquatable<MetricRelation>
{
    /// <summary>States that <paramref name="lesser"/>'s figure cannot exceed <paramref name="greater"/>'s.</summary>
    /// <exception cref="ArgumentException">A code is default, or both are the same.</exception>
    public MetricRelation(MetricCode lesser, MetricCode greater)
    {
        if (lesser.IsDefault || greater.IsDefault)
        {
            throw new ArgumentException("A relation needs two metric codes.", lesser.IsDefault ? nameof(lesser) : nameof(greater));
        }

        if (lesser == greater)
        {
            throw new ArgumentException($"A relation needs two different metrics; {lesser} is given twice.", nameof(greater));
        }

        Lesser = lesser;
        Greater = greater;
    }

    /// <summary>
    /// The relations among the built-in metrics beyond those of ratios: within jurisdiction is part of received;
    /// regular and thematic supervisions are part of all supervisions; recognised models of each field are part of
    /// all recognised models.
    /// </summary>
    public static IReadOnlyList<MetricRelation> BuiltIn { get; } = Array.AsReadOnly(
    [
        new MetricRelation(BuiltInMetrics.PetitionsWithinJurisdiction, BuiltInMetrics.PetitionsReceived),
        new MetricRelation(BuiltInMetrics.SupervisionRegularSessions, BuiltInMetrics.SupervisionSessions),
        new MetricRelation(BuiltInMetrics.SupervisionThematicSessions, BuiltInMetrics.SupervisionSessions),
        new MetricRelation(BuiltInMetrics.ModelsRecognisedEconomy, BuiltInMetrics.ModelsRecognised),
        new MetricRelation(BuiltInMetrics.ModelsRecognisedCultureSociety, BuiltInMetrics.ModelsRecognised),
        new MetricRelation(BuiltInMetrics.ModelsRecognisedDefenceSecurity, BuiltInMetrics.ModelsRecognised),
        new MetricRelation(BuiltInMetrics.ModelsRecognisedPoliticalSystem, BuiltInMetrics.ModelsRecognised),
    ]);

    /// <summary>The metric whose figure is the part.</summary>
    public MetricCode Lesser { get; }

    /// <summary>The metric whose figure is the whole.</summary>
    public MetricCode Greater { get; }

    /// <summary>For every rate or coverage of <paramref name="catalog"/> with part metrics: its numerator cannot exceed its denominator.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public static IEnumerable<MetricRelation> FromRatios(MetricCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.All
            .Where(definition => definition.Numerator.HasValue && definition.Denominator.HasValue && definition.Numerator != definition.Denominator)
            .Select(definition => new MetricRelation(definition.Numerator!.Value, definition.Denominator!.Value))
            .ToList();
    }

    /// <inheritdoc/>
    public bool Equals(MetricRelation? other) => other is not null && Lesser == other.Lesser && Greater == other.Greater;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MetricRelation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lesser, Greater);

    /// <summary>"petitions.within-jurisdiction ≤ petitions.received".</summary>
    public override string ToString() => $"{Lesser} ≤ {Greater}";
}
