using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using DanVan.Domain.Administration;

namespace DanVan.Domain.Benchmarks.Administration;

/// <summary>
/// Loading the default catalog (every state and the lineage) once, in a fresh process each time. Target (issue 4):
/// under 100 ms and under 30 MB allocated. Baseline: loading the same catalog from its 4 MB JSON form with
/// <see cref="AdministrativeCatalog.Load(Stream)"/>, also cold, which is what the embedded binary form replaces.
/// </summary>
/// <remarks>Each launch is a new process that runs one invocation (ColdStart): JIT, type loading and reading included.</remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 15, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class CatalogColdLoadBenchmarks
{
    private byte[] _json = [];

    [GlobalSetup]
    public void Setup() =>
        _json = File.ReadAllBytes(typeof(CatalogColdLoadBenchmarks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "DanVanAdminCatalogJson").Value!);

    [Benchmark(Baseline = true, Description = "Load(JSON form), cold")]
    public int LoadJson() => AdministrativeCatalog.Load(new MemoryStream(_json)).Units.Count;

    [Benchmark(Description = "Default (embedded binary), cold")]
    public int LoadDefault()
    {
        using var stream = typeof(AdministrativeCatalog).Assembly.GetManifestResourceStream("DanVan.Domain.Data.administrative-units.bin")!;
        return AdministrativeCatalogBinary.Read(stream).Units.Count;
    }
}
