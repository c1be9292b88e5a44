using System.Text.Json.Serialization;
using DanVan.Domain.Text;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Chỉ tiêu: the definition of a metric that reports give figures for: its code, names, unit of measure, kind,
/// additivity and direction. After SDMX's measure and IATI's indicator.
/// </summary>
/// <remarks>
/// <para>The kind and the additivity decide what aggregation may do (docs/metrics.md):</para>
/// <list type="bullet">
/// <item><see cref="MetricKind.Count"/> and <see cref="MetricKind.Amount"/>: summed, or latest-then-summed for a
/// <see cref="Additivity.Stock"/>.</item>
/// <item><see cref="MetricKind.Rate"/> and <see cref="MetricKind.Coverage"/>: numerators and denominators summed, then
/// divided; the additivity is that of the parts. They are measured in <see cref="UnitOfMeasure.Percent"/>.</item>
/// <item><see cref="MetricKind.Score"/> and <see cref="MetricKind.Grade"/>: always <see cref="Additivity.NonAdditive"/>;
/// aggregation refuses them.</item>
/// </list>
/// <para>Names are stored in Unicode NFC. Compared by value. Immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var rate = new MetricDefinition(
///     MetricCode.Parse("petitions.resolution-rate"), "Tỷ lệ giải quyết đơn thuộc thẩm quyền",
///     "Resolution rate of petitions within jurisdiction", UnitOfMeasure.Percent, MetricKind.Rate,
///     Additivity.Additive, MetricDirection.HigherIsBetter,
///     numerator: MetricCode.Parse("petitions.resolved"), denominator: MetricCode.Parse("petitions.within-jurisdiction"));
/// </code>
/// </example>
[JsonConverter(typeof(MetricDefinitionJsonConverter))]
public sealed class MetricDefinition : IEquatable<MetricDefinition>
{
    /// <summary>Defines a metric.</summary>
    /// <param name="code">The stable code.</param>
    /// <param name="vietnameseName">The Vietnamese name: "Số cuộc giám sát".</param>
    /// <param name="englishName">The English name: "Supervision sessions".</param>
    /// <param name="unit">The unit of measure.</param>
    /// <param name="kind">The kind of figure.</param>
    /// <param name="additivity">Whether figures add across units and periods.</param>
    /// <param name="direction">Which way is better.</param>
    /// <param name="numerator">For a rate or coverage: the metric counting the numerator (optional).</param>
    /// <param name="denominator">For a rate or coverage: the metric counting the denominator (optional; given with <paramref name="numerator"/>).</param>
    /// <param name="grades">For a grade: the levels, best first; an observation's value is the 1-based position.</param>
    /// <param name="description">A longer explanation, or null.</param>
    /// <exception cref="ArgumentException">A code is default, a name is blank, or the parts do not fit the kind (see remarks).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An enum value is not defined.</exception>
    public MetricDefinition(
        MetricCode code,
        string vietnameseName,
        string englishName,
        UnitOfMeasure unit,
        MetricKind kind,
        Additivity additivity,
        MetricDirection direction,
        MetricCode? numerator = null,
        MetricCode? denominator = null,
        IEnumerable<string>? grades = null,
        string? description = null)
    {
        if (code.IsDefault)
        {
            throw new ArgumentException("A metric needs a code.", nameof(code));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(vietnameseName);
        ArgumentException.ThrowIfNullOrWhiteSpace(englishName);
        Defined(unit, nameof(unit));
        Defined(kind, nameof(kind));
        Defined(additivity, nameof(additivity));
        Defined(direction, nameof(direction));
        var levels = ValueList<string>.From(grades?.Select(g => VietnameseNormalization.Normalize(g)));
        Check(code, kind, additivity, unit, numerator, denominator, levels);
        Code = code;
        VietnameseName = VietnameseNormalization.Normalize(vietnameseName);
        EnglishName = VietnameseNormalization.Normalize(englishName);
        Unit = unit;
        Kind = kind;
        Additivity = additivity;
        Direction = direction;
        Numerator = numerator;
        Denominator = denominator;
        Grades = levels;
        Description = string.IsNullOrWhiteSpace(description) ? null : VietnameseNormalization.Normalize(description);
    }

    /// <summary>The stable code.</summary>
    public MetricCode Code { get; }

    /// <summary>Tên chỉ tiêu: the Vietnamese name.</summary>
    public string VietnameseName { get; }

    /// <summary>The English name.</summary>
    public string EnglishName { get; }

    /// <summary>Đơn vị tính: the unit of measure.</summary>
    public UnitOfMeasure Unit { get; }

    /// <summary>The kind of figure.</summary>
    public MetricKind Kind { get; }

    /// <summary>Whether figures add across units and periods (for a ratio: its parts).</summary>
    public Additivity Additivity { get; }

    /// <summary>Which way is better.</summary>
    public MetricDirection Direction { get; }

    /// <summary>For a rate or coverage: the metric that counts the numerator, if defined.</summary>
    public MetricCode? Numerator { get; }

    /// <summary>For a rate or coverage: the metric that counts the denominator, if defined.</summary>
    public MetricCode? Denominator { get; }

    /// <summary>For a grade: the levels, best first (value 1 is the first); empty otherwise.</summary>
    public IReadOnlyList<string> Grades { get; }

    /// <summary>A longer explanation, or null.</summary>
    public string? Description { get; }

    /// <summary>True for rates and coverage: figures have a numerator and a denominator.</summary>
    public bool IsRatio => Kind is MetricKind.Rate or MetricKind.Coverage;

    /// <summary>True when aggregation may combine figures of this metric (across units at least).</summary>
    public bool CanAggregate => Additivity != Additivity.NonAdditive;

    /// <inheritdoc/>
    public bool Equals(MetricDefinition? other) =>
        other is not null &&
        (ReferenceEquals(this, other) ||
         (Code == other.Code && VietnameseName == other.VietnameseName && EnglishName == other.EnglishName && Unit == other.Unit &&
          Kind == other.Kind && Additivity == other.Additivity && Direction == other.Direction && Numerator == other.Numerator &&
          Denominator == other.Denominator && Grades.Equals(other.Grades) && Description == other.Description));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MetricDefinition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Kind, Unit, Additivity, Direction);

    /// <summary>The code and the Vietnamese name: "supervision.sessions (Số cuộc giám sát)".</summary>
    public override string ToString() => $"{Code} ({VietnameseName})";

    private static void Defined<T>(T value, string name)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"Not a defined {typeof(T).Name}.");
        }
    }

    private static void Check(MetricCode code, MetricKind kind, Additivity additivity, UnitOfMeasure unit, MetricCode? numerator, MetricCode? denominator, ValueList<string> grades)
    {
        if (numerator.HasValue != denominator.HasValue || numerator is { IsDefault: true } || denominator is { IsDefault: true })
        {
            throw new ArgumentException($"{code}: give both a numerator and a denominator metric, or neither.", nameof(numerator));
        }

        var isRatio = kind is MetricKind.Rate or MetricKind.Coverage;
        if (numerator.HasValue && !isRatio)
        {
            throw new ArgumentException($"{code}: only a rate or a coverage has numerator and denominator metrics.", nameof(numerator));
        }

        if (numerator == code || denominator == code)
        {
            throw new ArgumentException($"{code}: a ratio cannot be its own numerator or denominator.", nameof(numerator));
        }

        if (isRatio && unit != UnitOfMeasure.Percent)
        {
            throw new ArgumentException($"{code}: a rate or coverage is measured in percent.", nameof(unit));
        }

        if (kind is MetricKind.Score or MetricKind.Grade && additivity != Additivity.NonAdditive)
        {
            throw new ArgumentException($"{code}: a {kind.ToString().ToLowerInvariant()} is never added; its additivity must be NonAdditive.", nameof(additivity));
        }

        if ((kind == MetricKind.Grade) != (grades.Count > 0))
        {
            throw new ArgumentException($"{code}: a grade lists its levels, best first, and only a grade does.", nameof(grades));
        }

        if (grades.Any(string.IsNullOrWhiteSpace) || grades.Distinct(StringComparer.Ordinal).Count() != grades.Count)
        {
            throw new ArgumentException($"{code}: grade levels must be distinct and not blank.", nameof(grades));
        }
    }
}
