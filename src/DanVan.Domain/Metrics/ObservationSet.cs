using System.Collections;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Tập số liệu: an immutable collection of observations, stored in columns so that millions of rows take little memory
/// (about 18 bytes a row) and aggregation reads only the rows of the metrics it needs.
/// </summary>
/// <remarks>
/// <para>Build one with <see cref="ObservationSetBuilder"/>, with <see cref="From"/>, or by streaming a file
/// (docs/metrics-io.md). Rows are kept <b>grouped by metric</b> (in the order metrics were first seen) and, within a
/// metric, in the order they were added; enumeration and the indexer follow that order.</para>
/// <para><b>Repeated figures.</b> Two rows with the same metric, subject (as written) and period are the same figure
/// reported twice. Both are kept; aggregation uses one: a final figure over a provisional one, otherwise the row added
/// later (a correction). <see cref="IsSuperseded"/> tells which rows are set aside, and
/// <c>ObservationValidator</c> reports them (DV6204).</para>
/// <para>Compared by value (the same rows in the same order). Immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var builder = new ObservationSetBuilder();
/// builder.Add(BuiltInMetrics.SupervisionSessions, ObservationSubject.Of(UnitCode.Parse("279")),
///     ReportingPeriod.Custom(new LocalDate(2011, 1, 1), new LocalDate(2020, 3, 26)), 557m);
/// ObservationSet set = builder.Build();
/// set.Count; // 1
/// </code>
/// </example>
public sealed partial class ObservationSet : IReadOnlyList<Observation>, IEquatable<ObservationSet>
{
    internal ObservationSet(
        MetricCode[] metrics,
        int[] metricStart,
        ObservationSubject[] subjects,
        ReportingPeriod[] periods,
        string[] sources,
        ObservationColumns columns,
        ulong[]? superseded)
    {
        MetricTable = metrics;
        MetricStart = metricStart;
        SubjectTable = subjects;
        PeriodTable = periods;
        SourceTable = sources;
        Columns = columns;
        Superseded = superseded;
        Metrics = Array.AsReadOnly(metrics);
        Subjects = Array.AsReadOnly(subjects);
        Periods = Array.AsReadOnly(periods);
    }

    /// <summary>The empty set.</summary>
    public static ObservationSet Empty { get; } = new ObservationSetBuilder().Build();

    /// <summary>The number of rows.</summary>
    public int Count => Columns.Count;

    /// <summary>The distinct metrics, in the order rows are grouped.</summary>
    public IReadOnlyList<MetricCode> Metrics { get; }

    /// <summary>The distinct subjects, as written.</summary>
    public IReadOnlyList<ObservationSubject> Subjects { get; }

    /// <summary>The distinct periods.</summary>
    public IReadOnlyList<ReportingPeriod> Periods { get; }

    /// <summary>The number of rows set aside because the same figure was reported again (see remarks).</summary>
    public int SupersededCount { get; init; }

    internal MetricCode[] MetricTable { get; }

    /// <summary>Row ranges per metric: rows of metric <c>m</c> are <c>MetricStart[m]</c> up to <c>MetricStart[m + 1]</c>.</summary>
    internal int[] MetricStart { get; }

    internal ObservationSubject[] SubjectTable { get; }

    internal ReportingPeriod[] PeriodTable { get; }

    /// <summary>Sources; index 0 is "no source".</summary>
    internal string[] SourceTable { get; }

    internal ObservationColumns Columns { get; }

    internal ulong[]? Superseded { get; }

    /// <summary>The observation in row <paramref name="index"/>, made on demand from the columns.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the set.</exception>
    public Observation this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return Columns.Read(index, MetricOfRow(index), SubjectTable, PeriodTable, SourceTable);
        }
    }

    /// <summary>Builds a set from observations.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or one of them is null.</exception>
    public static ObservationSet From(IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var builder = new ObservationSetBuilder();
        foreach (var observation in observations)
        {
            builder.Add(observation);
        }

        return builder.Build();
    }

    /// <summary>True when row <paramref name="index"/> is set aside because the same figure was reported again.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside the set.</exception>
    public bool IsSuperseded(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return IsSupersededRow(index);
    }

    /// <summary>The number of rows of <paramref name="metric"/>.</summary>
    public int CountOf(MetricCode metric) => Array.IndexOf(MetricTable, metric) is var m and >= 0 ? MetricStart[m + 1] - MetricStart[m] : 0;

    /// <summary>The rows of <paramref name="metric"/>, in the order added.</summary>
    public IEnumerable<Observation> Of(MetricCode metric)
    {
        var m = Array.IndexOf(MetricTable, metric);
        if (m < 0)
        {
            yield break;
        }

        for (var row = MetricStart[m]; row < MetricStart[m + 1]; row++)
        {
            yield return Columns.Read(row, metric, SubjectTable, PeriodTable, SourceTable);
        }
    }

    /// <summary>A new set of the rows that satisfy <paramref name="predicate"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    public ObservationSet Where(Func<Observation, bool> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return From(this.Where<Observation>(predicate));
    }

    /// <summary>Enumerates the rows, grouped by metric.</summary>
    public IEnumerator<Observation> GetEnumerator()
    {
        for (var m = 0; m < MetricTable.Length; m++)
        {
            for (var row = MetricStart[m]; row < MetricStart[m + 1]; row++)
            {
                yield return Columns.Read(row, MetricTable[m], SubjectTable, PeriodTable, SourceTable);
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>True when both sets hold the same observations in the same order.</summary>
    public bool Equals(ObservationSet? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        return other is not null && other.Count == Count && MetricTable.AsSpan().SequenceEqual(other.MetricTable) &&
               MetricStart.AsSpan().SequenceEqual(other.MetricStart) && this.SequenceEqual(other);
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ObservationSet);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Count, MetricTable.Length, Count > 0 ? this[0] : null);

    /// <summary>"ObservationSet: 120 rows, 3 metrics".</summary>
    public override string ToString() => $"ObservationSet: {Count} rows, {MetricTable.Length} metrics";

    internal bool IsSupersededRow(int row) => Superseded is { } bits && (bits[row >> 6] & (1UL << (row & 63))) != 0;

    internal MetricCode MetricOfRow(int row)
    {
        var m = Array.BinarySearch(MetricStart, row);
        if (m < 0)
        {
            m = ~m - 1;
        }
        else
        {
            // Skip empty ranges that start at the same row.
            while (m + 1 < MetricStart.Length && MetricStart[m + 1] == row)
            {
                m++;
            }
        }

        return MetricTable[m];
    }
}
