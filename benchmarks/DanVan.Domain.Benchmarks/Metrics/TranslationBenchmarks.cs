using BenchmarkDotNet.Attributes;
using DanVan.Domain.Administration;
using DanVan.Domain.Metrics;

namespace DanVan.Domain.Benchmarks.Metrics;

/// <summary>
/// Target (issue 6): translating all 2024 observations (~10 million, every metric) into the units after the 2025
/// reform and rolling them up to provinces takes under 1 second. The baseline is the same roll-up in the units of
/// 2025-03-01, where nothing needs translating.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class TranslationBenchmarks
{
    private ObservationSet _set = null!;
    private MetricAggregator _aggregator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var data = SyntheticObservations.Instance;
        _set = data.BuildSet();
        _aggregator = new MetricAggregator(AdministrativeCatalog.Default, data.Catalog);
    }

    [Benchmark(Baseline = true, Description = "All metrics to 2025-03-01 provinces per year (no translation)")]
    public int Untranslated() => _aggregator.Aggregate(_set, Query(SyntheticObservations.State)).Rows.Count;

    [Benchmark(Description = "All metrics translated to 2025-07-01 provinces per year")]
    public int Translated() => _aggregator.Aggregate(_set, Query(SyntheticObservations.AfterReform)).Rows.Count;

    [Benchmark(Description = "Same, cold (new aggregator: lineage looked up)")]
    public int TranslatedCold() => new MetricAggregator(AdministrativeCatalog.Default, SyntheticObservations.Instance.Catalog).Aggregate(_set, Query(SyntheticObservations.AfterReform)).Rows.Count;

    private static AggregationQuery Query(NodaTime.LocalDate asOf) =>
        new() { Level = AdministrativeLevel.Province, AsOf = asOf, Granularity = PeriodKind.Year };
}
