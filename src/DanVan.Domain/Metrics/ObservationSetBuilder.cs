using DanVan.Domain.Text;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Collects observations for an <see cref="ObservationSet"/>. Adding is cheap (no allocation per row for the
/// value-taking overloads); <see cref="Build"/> groups the rows by metric and finds repeated figures.
/// </summary>
/// <remarks>Not thread-safe: fill it from one thread, then build. The builder can be reused after <see cref="Build"/>.</remarks>
/// <example>
/// <code>
/// var builder = new ObservationSetBuilder();
/// builder.Add(BuiltInMetrics.PetitionsReceived, ObservationSubject.Of(UnitCode.Parse("246")), ReportingPeriod.CalendarYear(2021), 79m);
/// builder.AddRatio(BuiltInMetrics.PetitionsResolutionRate, ObservationSubject.Of(UnitCode.Parse("246")), ReportingPeriod.CalendarYear(2021), 176m, 221m);
/// var set = builder.Build();
/// </code>
/// </example>
public sealed class ObservationSetBuilder
{
    private readonly Dictionary<MetricCode, int> _metrics = [];
    private readonly Dictionary<ObservationSubject, int> _subjects = [];
    private readonly Dictionary<ReportingPeriod, int> _periods = [];
    private readonly Dictionary<string, int> _sources = new(StringComparer.Ordinal);
    private readonly List<MetricCode> _metricList = [];
    private readonly List<ObservationSubject> _subjectList = [];
    private readonly List<ReportingPeriod> _periodList = [];
    private readonly List<string> _sourceList = [string.Empty];
    private int[] _metric = [];
    private int[] _subject = [];
    private int[] _period = [];
    private long[] _value = [];
    private byte[] _scale = [];
    private byte[] _meta = [];
    private long[]? _denominator;
    private byte[]? _denominatorScale;
    private int[]? _source;
    private byte[]? _unit;
    private int _count;

    /// <summary>Creates an empty builder.</summary>
    public ObservationSetBuilder()
    {
    }

    /// <summary>Creates an empty builder with room for <paramref name="capacity"/> rows.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public ObservationSetBuilder(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Grow(capacity);
    }

    /// <summary>The number of rows added so far.</summary>
    public int Count => _count;

    /// <summary>Adds an observation.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is null.</exception>
    public ObservationSetBuilder Add(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return observation.HasParts
            ? AddRow(observation.Metric, observation.Subject, observation.Period, observation.Numerator!.Value, observation.Denominator, observation.Qualifier, observation.Status, observation.Source, observation.Unit)
            : AddRow(observation.Metric, observation.Subject, observation.Period, observation.Value, null, observation.Qualifier, observation.Status, observation.Source, observation.Unit);
    }

    /// <summary>Adds a plain figure without making an <see cref="Observation"/> first.</summary>
    /// <exception cref="ArgumentException">As for the <see cref="Observation"/> constructor.</exception>
    public ObservationSetBuilder Add(
        MetricCode metric,
        ObservationSubject subject,
        ReportingPeriod period,
        decimal value,
        NumberQualifier qualifier = NumberQualifier.Exact,
        ObservationStatus status = ObservationStatus.Final,
        string? source = null,
        UnitOfMeasure? unit = null) =>
        AddRow(metric, subject, period, value, null, qualifier, status, source, unit);

    /// <summary>Adds a ratio given as its parts without making an <see cref="Observation"/> first.</summary>
    /// <exception cref="ArgumentException">As for <see cref="Observation.Ratio"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A part is negative, or the percentage they make is beyond <see cref="decimal"/>'s range.</exception>
    public ObservationSetBuilder AddRatio(
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
        Observation.CheckParts(numerator, denominator);
        return AddRow(metric, subject, period, numerator, denominator, qualifier, status, source, unit);
    }

    /// <summary>Adds every observation of <paramref name="observations"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or one of them is null.</exception>
    public ObservationSetBuilder AddRange(IEnumerable<Observation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        foreach (var observation in observations)
        {
            Add(observation);
        }

        return this;
    }

    /// <summary>Builds the immutable set: rows grouped by metric, repeated figures marked. The builder is emptied.</summary>
    public ObservationSet Build()
    {
        var metricCount = _metricList.Count;
        var start = new int[metricCount + 1];
        for (var i = 0; i < _count; i++)
        {
            start[_metric[i] + 1]++;
        }

        for (var m = 0; m < metricCount; m++)
        {
            start[m + 1] += start[m];
        }

        // A counting sort by metric: each row's new position, stable within a metric.
        var next = start[..metricCount];
        var position = new int[_count];
        for (var i = 0; i < _count; i++)
        {
            position[i] = next[_metric[i]]++;
        }

        var columns = new ObservationColumns(
            _count,
            Scatter(_subject, position, _count),
            Scatter(_period, position, _count),
            Scatter(_value, position, _count),
            Scatter(_scale, position, _count),
            Scatter(_meta, position, _count),
            _denominator is null ? null : Scatter(_denominator, position, _count),
            _denominatorScale is null ? null : Scatter(_denominatorScale, position, _count),
            _source is null ? null : Scatter(_source, position, _count),
            _unit is null ? null : Scatter(_unit, position, _count));
        var superseded = FindSuperseded(columns, start, out var supersededCount);
        var set = new ObservationSet([.. _metricList], start, [.. _subjectList], [.. _periodList], [.. _sourceList], columns, superseded)
        {
            SupersededCount = supersededCount,
        };
        Reset();
        return set;
    }

    private static ulong[]? FindSuperseded(ObservationColumns columns, int[] start, out int count)
    {
        count = 0;
        ulong[]? bits = null;
        var winner = new Dictionary<long, int>();
        for (var m = 0; m + 1 < start.Length; m++)
        {
            winner.Clear();
            for (var row = start[m]; row < start[m + 1]; row++)
            {
                var key = ((long)columns.Subject[row] << 32) | (uint)columns.Period[row];
                if (!winner.TryGetValue(key, out var earlier))
                {
                    winner[key] = row;
                    continue;
                }

                // A final figure beats a provisional one; otherwise the later row is the correction.
                var loser = ObservationColumns.IsProvisional(columns.Meta[row]) && !ObservationColumns.IsProvisional(columns.Meta[earlier]) ? row : earlier;
                if (loser == earlier)
                {
                    winner[key] = row;
                }

                bits ??= new ulong[(columns.Count + 63) / 64];
                bits[loser >> 6] |= 1UL << (loser & 63);
                count++;
            }
        }

        return bits;
    }

    private static T[] Scatter<T>(T[] source, int[] position, int count)
    {
        var result = new T[count];
        for (var i = 0; i < count; i++)
        {
            result[position[i]] = source[i];
        }

        return result;
    }

    private ObservationSetBuilder AddRow(
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
        Observation.CheckFields(metric, subject, period, qualifier, status, unit);
        if (!StoredDecimal.TrySplit(value, out var mantissa, out var scale))
        {
            StoredDecimal.Check(value, nameof(value));
        }

        long denominatorMantissa = 0;
        var denominatorScale = ObservationColumns.NoParts;
        if (denominator is { } d && !StoredDecimal.TrySplit(d, out denominatorMantissa, out denominatorScale))
        {
            StoredDecimal.Check(d, nameof(denominator));
        }

        if (_count == _metric.Length)
        {
            Grow(Math.Max(16, _count * 2));
        }

        var row = _count++;
        _metric[row] = Index(_metrics, _metricList, metric);
        _subject[row] = Index(_subjects, _subjectList, subject);
        _period[row] = Index(_periods, _periodList, period);
        _value[row] = mantissa;
        _scale[row] = scale;
        _meta[row] = ObservationColumns.PackMeta(qualifier, status);
        if (denominator.HasValue || _denominator is not null)
        {
            if (_denominator is null)
            {
                _denominator = new long[_metric.Length];
                _denominatorScale = new byte[_metric.Length];
                _denominatorScale.AsSpan(0, row).Fill(ObservationColumns.NoParts);
            }

            _denominator[row] = denominatorMantissa;
            _denominatorScale![row] = denominatorScale;
        }

        if (!string.IsNullOrWhiteSpace(source) || _source is not null)
        {
            _source ??= new int[_metric.Length];
            _source[row] = string.IsNullOrWhiteSpace(source) ? 0 : Index(_sources, _sourceList, VietnameseNormalization.Normalize(source));
        }

        if (unit.HasValue || _unit is not null)
        {
            _unit ??= new byte[_metric.Length];
            _unit[row] = unit is { } stated ? (byte)stated : (byte)0;
        }

        return this;
    }

    private static int Index<T>(Dictionary<T, int> index, List<T> list, T key)
        where T : notnull
    {
        if (!index.TryGetValue(key, out var found))
        {
            found = list.Count;
            index.Add(key, found);
            list.Add(key);
        }

        return found;
    }

    private void Grow(int capacity)
    {
        Array.Resize(ref _metric, capacity);
        Array.Resize(ref _subject, capacity);
        Array.Resize(ref _period, capacity);
        Array.Resize(ref _value, capacity);
        Array.Resize(ref _scale, capacity);
        Array.Resize(ref _meta, capacity);
        if (_denominator is not null)
        {
            Array.Resize(ref _denominator, capacity);
            Array.Resize(ref _denominatorScale, capacity);
        }

        if (_source is not null)
        {
            Array.Resize(ref _source, capacity);
        }

        if (_unit is not null)
        {
            Array.Resize(ref _unit, capacity);
        }
    }

    private void Reset()
    {
        _metrics.Clear();
        _subjects.Clear();
        _periods.Clear();
        _sources.Clear();
        _metricList.Clear();
        _subjectList.Clear();
        _periodList.Clear();
        _sourceList.Clear();
        _sourceList.Add(string.Empty);
        _metric = [];
        _subject = [];
        _period = [];
        _value = [];
        _scale = [];
        _meta = [];
        _denominator = null;
        _denominatorScale = null;
        _source = null;
        _unit = null;
        _count = 0;
    }
}
