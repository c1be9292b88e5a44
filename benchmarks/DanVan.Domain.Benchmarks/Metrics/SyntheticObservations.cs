using DanVan.Domain.Administration;
using DanVan.Domain.Metrics;
using NodaTime;

namespace DanVan.Domain.Benchmarks.Metrics;

/// <summary>
/// The data of the metrics benchmarks (issue 6): every commune of the 2025-03-01 state, the 12 months of 2024 and 83
/// additive metrics (the built-in counts plus synthetic ones), one random value each from a fixed seed: about
/// 10 million observations. The same rows are kept as plain arrays (for the hand-written baseline) and, on demand,
/// as a list of records (for the LINQ comparison).
/// </summary>
internal sealed class SyntheticObservations
{
    public const int MetricCount = 83;
    public static readonly LocalDate State = new(2025, 3, 1);
    public static readonly LocalDate AfterReform = new(2025, 7, 1);

    private SyntheticObservations()
    {
        var catalog = AdministrativeCatalog.Default;
        Communes = [.. catalog.AllAt(State, AdministrativeLevel.Commune).OrderBy(u => u.Code)];
        var provinces = catalog.AllAt(State, AdministrativeLevel.Province).OrderBy(u => u.Code).ToList();
        ProvinceCount = provinces.Count;
        ProvinceOfCommune = [.. Communes.Select(c => provinces.IndexOf(catalog.Ancestors(c, State).Single(a => a.Level == AdministrativeLevel.Province)))];
        var builtIn = MetricCatalog.Default.All.Where(d => d.Kind == MetricKind.Count && d.Additivity == Additivity.Additive).ToList();
        var synthetic = Enumerable.Range(1, MetricCount - builtIn.Count)
            .Select(i => new MetricDefinition(MetricCode.Parse($"synthetic.metric-{i:D2}", null), $"Chỉ tiêu thử {i}", $"Synthetic metric {i}", UnitOfMeasure.Session, MetricKind.Count, Additivity.Additive, MetricDirection.HigherIsBetter))
            .ToArray();
        Catalog = MetricCatalog.Default.With(synthetic);
        Metrics = [.. builtIn.Select(d => d.Code), .. synthetic.Select(d => d.Code)];
        Target = BuiltInMetrics.SupervisionSessions;
        TargetIndex = Array.IndexOf(Metrics, Target);

        var count = Communes.Length * 12 * Metrics.Length;
        MetricOf = new int[count];
        CommuneOf = new int[count];
        MonthOf = new int[count];
        ValueOf = new long[count];
        var random = new Random(20261121);
        var row = 0;
        for (var c = 0; c < Communes.Length; c++)
        {
            for (var month = 1; month <= 12; month++)
            {
                for (var m = 0; m < Metrics.Length; m++)
                {
                    MetricOf[row] = m;
                    CommuneOf[row] = c;
                    MonthOf[row] = month;
                    ValueOf[row] = random.Next(0, 1000);
                    row++;
                }
            }
        }

        Count = count;
    }

    public static SyntheticObservations Instance => Lazy.Value;

    public int Count { get; }

    public AdministrativeUnit[] Communes { get; }

    public int ProvinceCount { get; }

    public int[] ProvinceOfCommune { get; }

    public MetricCatalog Catalog { get; }

    public MetricCode[] Metrics { get; }

    public MetricCode Target { get; }

    public int TargetIndex { get; }

    public int[] MetricOf { get; }

    public int[] CommuneOf { get; }

    public int[] MonthOf { get; }

    public long[] ValueOf { get; }

    private static Lazy<SyntheticObservations> Lazy { get; } = new(() => new SyntheticObservations());

    /// <summary>The rows as an <see cref="ObservationSet"/>; subjects are the communes as of 2025-03-01.</summary>
    public ObservationSet BuildSet()
    {
        var builder = new ObservationSetBuilder(Count);
        var subjects = Communes.Select(c => ObservationSubject.Of(c.Code, State)).ToArray();
        var months = Enumerable.Range(1, 12).Select(m => ReportingPeriod.Month(2024, m)).ToArray();
        for (var i = 0; i < Count; i++)
        {
            builder.Add(Metrics[MetricOf[i]], subjects[CommuneOf[i]], months[MonthOf[i] - 1], ValueOf[i]);
        }

        return builder.Build();
    }

    /// <summary>The rows as records, as a portal without the library would hold them.</summary>
    public List<Row> BuildRecords()
    {
        var list = new List<Row>(Count);
        for (var i = 0; i < Count; i++)
        {
            list.Add(new Row(Metrics[MetricOf[i]].ToString(), Communes[CommuneOf[i]].Code, new LocalDate(2024, MonthOf[i], 1), ValueOf[i]));
        }

        return list;
    }

    /// <summary>One observation as a plain record.</summary>
    public sealed record Row(string Metric, UnitCode Commune, LocalDate Month, decimal Value);
}
