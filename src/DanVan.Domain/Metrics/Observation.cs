using System.Text.Json.Serialization;
using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Số liệu: one figure of a report: a metric, for a subject, over a period, with its value (or the numerator and
/// denominator of a rate), how exact it is, whether it is final, and where it comes from. After SDMX's observation and
/// IATI's result actual.
/// </summary>
/// <remarks>
/// <para>A plain figure has a <see cref="Value"/>. A ratio (rate or coverage) given as its parts has
/// <see cref="Numerator"/> and <see cref="Denominator"/>, and its <see cref="Value"/> is the percentage they make; a
/// ratio given only as a percentage ("giải quyết xong 100%") has a value and no parts, and cannot be aggregated.</para>
/// <para>Values keep up to 18 significant digits (they are stored that way in an <see cref="ObservationSet"/>).
/// Whether a value suits its metric (a negative count, a rate above 100 %) is for <c>ObservationValidator</c>
/// to say. Immutable and thread-safe; compared by value.</para>
/// </remarks>
/// <example>
/// <code>
/// // "tiếp nhận 79 đơn kiến nghị, phản ánh" (huyện Lập Thạch, 2021)
/// var received = new Observation(BuiltInMetrics.PetitionsReceived, ObservationSubject.Of(UnitCode.Parse("246")),
///     ReportingPeriod.CalendarYear(2021), 79m);
/// // "176/221 = 79,63%"
/// var rate = Observation.Ratio(BuiltInMetrics.PetitionsResolutionRate, subject, ReportingPeriod.CalendarYear(2021), 176m, 221m);
/// rate.Value; // 79.638009049773755656108597285m
/// </code>
/// </example>
[JsonConverter(typeof(ObservationJsonConverter))]
public sealed class Observation : IEquatable<Observation>
{
    /// <summary>A plain figure.</summary>
    /// <param name="metric">The metric.</param>
    /// <param name="subject">The unit and/or organization.</param>
    /// <param name="period">The period covered.</param>
    /// <param name="value">The figure.</param>
    /// <param name="qualifier">How exact it is: "hơn 700" is <see cref="NumberQualifier.MoreThan"/>.</param>
    /// <param name="status">Final or provisional.</param>
    /// <param name="source">The document or report it comes from ("Báo cáo số 12-BC/HU"), or null.</param>
    /// <param name="unit">The unit of measure the report wrote ("557 cuộc"), if any; <c>ObservationValidator</c> checks it against the definition.</param>
    /// <exception cref="ArgumentException">The metric, subject or period is default, an enum is not defined, or the value has more than 18 significant digits.</exception>
    public Observation(
        MetricCode metric,
        ObservationSubject subject,
        ReportingPeriod period,
        decimal value,
        NumberQualifier qualifier = NumberQualifier.Exact,
        ObservationStatus status = ObservationStatus.Final,
        string? source = null,
        UnitOfMeasure? unit = null)
        : this(metric, subject, period, value, null, qualifier, status, source, unit)
    {
    }

    private Observation(
        MetricCode metric,
        ObservationSubject subject,
        ReportingPeriod period,
        decimal value,
        decimal? denominator,
        NumberQualifier qualifier,
        ObservationStatus status,
        string? source,
        UnitOfMeasure? unit)
    {
        CheckFields(metric, subject, period, qualifier, status, unit);
        StoredDecimal.Check(value, nameof(value));
        if (denominator is { } d)
        {
            StoredDecimal.Check(d, nameof(denominator));
        }

        Metric = metric;
        Subject = subject;
        Period = period;
        Numerator = denominator.HasValue ? value : null;
        Denominator = denominator;
        Value = denominator is { } den ? Percentage(value, den)!.Value : value;
        Qualifier = qualifier;
        Status = status;
        Source = string.IsNullOrWhiteSpace(source) ? null : VietnameseNormalization.Normalize(source);
        Unit = unit;
    }

    /// <summary>The metric.</summary>
    public MetricCode Metric { get; }

    /// <summary>The unit and/or organization the figure is about.</summary>
    public ObservationSubject Subject { get; }

    /// <summary>The period covered.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The figure; for a ratio given as parts, the percentage <c>100 × Numerator / Denominator</c> (0 when the denominator is 0).</summary>
    public decimal Value { get; }

    /// <summary>The numerator of a ratio given as parts (176 in "176/221"), or null.</summary>
    public decimal? Numerator { get; }

    /// <summary>The denominator of a ratio given as parts (221 in "176/221"), or null.</summary>
    public decimal? Denominator { get; }

    /// <summary>True for a ratio given as its parts.</summary>
    public bool HasParts => Denominator.HasValue;

    /// <summary>How exact the figure is.</summary>
    public NumberQualifier Qualifier { get; }

    /// <summary>Final or provisional.</summary>
    public ObservationStatus Status { get; }

    /// <summary>The document or report the figure comes from, or null.</summary>
    public string? Source { get; }

    /// <summary>The unit of measure as the report wrote it, or null when not stated (the definition's applies).</summary>
    public UnitOfMeasure? Unit { get; }

    /// <summary>The date the subject's unit code is read at (see <see cref="ObservationSubject.EffectiveUnitDate"/>).</summary>
    public LocalDate UnitDate => Subject.EffectiveUnitDate(Period);

    /// <summary>A ratio given as its parts ("176/221").</summary>
    /// <exception cref="ArgumentException">The metric, subject or period is default, a part has more than 18 significant digits, or an enum is not defined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A part is negative, or the percentage they make is beyond <see cref="decimal"/>'s range.</exception>
    public static Observation Ratio(
        MetricCode metric,
        ObservationSubject subject,
        ReportingPeriod period,
        decimal numerator,
        decimal denominator,
        NumberQualifier qualifier = NumberQualifier.Exact,
        ObservationStatus status = ObservationStatus.Final,
        string? source = null,
        UnitOfMeasure? unit = null)
    {
        CheckParts(numerator, denominator);
        return new Observation(metric, subject, period, numerator, denominator, qualifier, status, source, unit);
    }

    /// <summary>The checks every observation passes, whether made as an object or added to a set's columns.</summary>
    internal static void CheckFields(MetricCode metric, ObservationSubject subject, ReportingPeriod period, NumberQualifier qualifier, ObservationStatus status, UnitOfMeasure? unit)
    {
        if (metric.IsDefault || subject.IsDefault || period.IsDefault)
        {
            throw new ArgumentException("An observation needs a metric, a subject and a period.", metric.IsDefault ? nameof(metric) : subject.IsDefault ? nameof(subject) : nameof(period));
        }

        if (!Enum.IsDefined(qualifier) || !Enum.IsDefined(status) || (unit is { } u && !Enum.IsDefined(u)))
        {
            throw new ArgumentException("The qualifier, status or unit is not defined.", nameof(qualifier));
        }
    }

    /// <summary>The parts of a ratio: not negative, and making a percentage within decimal's range (so every row of a set reads back).</summary>
    internal static void CheckParts(decimal numerator, decimal denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegative(denominator);
        if (Percentage(numerator, denominator) is null)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "The ratio is too large to express as a percentage.");
        }
    }

    /// <summary>100 × numerator / denominator (0 for a zero denominator); null when it is beyond decimal's range.</summary>
    internal static decimal? Percentage(decimal numerator, decimal denominator)
    {
        if (denominator == 0m)
        {
            return 0m;
        }

        try
        {
            return numerator * 100m / denominator;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <inheritdoc/>
    public bool Equals(Observation? other) =>
        other is not null &&
        (ReferenceEquals(this, other) ||
         (Metric == other.Metric && Subject == other.Subject && Period == other.Period && Value == other.Value &&
          Numerator == other.Numerator && Denominator == other.Denominator && Qualifier == other.Qualifier &&
          Status == other.Status && Source == other.Source && Unit == other.Unit));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Observation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Metric, Subject, Period, Value, Denominator, Qualifier, Status);

    /// <summary>"supervision.sessions 279 2020: 557".</summary>
    public override string ToString() =>
        $"{Metric} {Subject} {Period}: {(Qualifier == NumberQualifier.Exact ? string.Empty : Qualifier + " ")}{(HasParts ? $"{Numerator}/{Denominator}" : Value.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
}
