using BenchmarkDotNet.Attributes;
using DanVan.Domain.Metrics;

namespace DanVan.Domain.Benchmarks.Metrics;

/// <summary>
/// Target (issue 6): an <see cref="ObservationSet"/> of 10 million observations holds under 400 MB. Setup prints the
/// memory the built set retains (GC heap after a full collection, minus before); the benchmark measures building it
/// from plain arrays, against copying the same arrays (the baseline).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ObservationSetMemoryBenchmarks
{
    private SyntheticObservations _data = null!;

    [GlobalSetup]
    public void Setup()
    {
        _data = SyntheticObservations.Instance;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var set = _data.BuildSet();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"// ObservationSet retained: {(after - before) / (1024.0 * 1024.0):F1} MB for {set.Count:N0} observations ({(double)(after - before) / set.Count:F1} bytes each)");
        GC.KeepAlive(set);
    }

    [Benchmark(Baseline = true, Description = "Copy the plain arrays")]
    public int CopyArrays()
    {
        var metric = (int[])_data.MetricOf.Clone();
        var value = (long[])_data.ValueOf.Clone();
        return metric.Length + value.Length;
    }

    [Benchmark(Description = "Build the ObservationSet")]
    public int Build() => _data.BuildSet().Count;
}
