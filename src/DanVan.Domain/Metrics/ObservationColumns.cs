using DanVan.Domain.Text;

namespace DanVan.Domain.Metrics;

/// <summary>The per-row columns of an <see cref="ObservationSet"/>. Arrays are owned by the set and never changed after building.</summary>
internal sealed class ObservationColumns
{
    private const int QualifierMask = 0x0F;
    private const int ProvisionalFlag = 0x10;

    public ObservationColumns(int count, int[] subject, int[] period, long[] value, byte[] scale, byte[] meta, long[]? denominator, byte[]? denominatorScale, int[]? source, byte[]? unit)
    {
        Count = count;
        Subject = subject;
        Period = period;
        Value = value;
        Scale = scale;
        Meta = meta;
        Denominator = denominator;
        DenominatorScale = denominatorScale;
        Source = source;
        Unit = unit;
    }

    public int Count { get; }

    public int[] Subject { get; }

    public int[] Period { get; }

    /// <summary>Mantissas of the values (for a ratio with parts: of the numerator).</summary>
    public long[] Value { get; }

    public byte[] Scale { get; }

    /// <summary>Qualifier in the low four bits, provisional flag above.</summary>
    public byte[] Meta { get; }

    /// <summary>Mantissas of denominators; null when no row has parts. A row without parts has scale <see cref="NoParts"/>.</summary>
    public long[]? Denominator { get; }

    public byte[]? DenominatorScale { get; }

    /// <summary>Indexes into the source table (0: none); null when no row has a source.</summary>
    public int[]? Source { get; }

    /// <summary>Units of measure as reported (0: not stated); null when no row states one.</summary>
    public byte[]? Unit { get; }

    /// <summary>The denominator scale of a row without parts.</summary>
    public const byte NoParts = byte.MaxValue;

    public static byte PackMeta(NumberQualifier qualifier, ObservationStatus status) =>
        (byte)((int)qualifier | (status == ObservationStatus.Provisional ? ProvisionalFlag : 0));

    public static NumberQualifier QualifierOf(byte meta) => (NumberQualifier)(meta & QualifierMask);

    public static bool IsProvisional(byte meta) => (meta & ProvisionalFlag) != 0;

    public bool HasParts(int row) => DenominatorScale is { } scales && scales[row] != NoParts;

    public UnitOfMeasure? UnitOf(int row) => Unit is { } units && units[row] != 0 ? (UnitOfMeasure)units[row] : null;

    public decimal ValueOf(int row) => StoredDecimal.Join(Value[row], Scale[row]);

    public decimal DenominatorOf(int row) => StoredDecimal.Join(Denominator![row], DenominatorScale![row]);

    public Observation Read(int row, MetricCode metric, ObservationSubject[] subjects, ReportingPeriod[] periods, string[] sources)
    {
        var meta = Meta[row];
        var qualifier = QualifierOf(meta);
        var status = IsProvisional(meta) ? ObservationStatus.Provisional : ObservationStatus.Final;
        var source = Source is { } s && s[row] != 0 ? sources[s[row]] : null;
        var subject = subjects[Subject[row]];
        var period = periods[Period[row]];
        var unit = UnitOf(row);
        return HasParts(row)
            ? Observation.Ratio(metric, subject, period, ValueOf(row), DenominatorOf(row), qualifier, status, source, unit)
            : new Observation(metric, subject, period, ValueOf(row), qualifier, status, source, unit);
    }
}
