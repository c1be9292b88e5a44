using BenchmarkDotNet.Attributes;
using DanVan.Domain.Administration;
using NodaTime;

namespace DanVan.Domain.Benchmarks.Administration;

/// <summary>
/// Lookups in the default catalog. Targets (issue 4): <c>Find(code, date)</c> allocates nothing and stays within 2x of a
/// plain <c>Dictionary&lt;string, T&gt;</c> lookup; <c>Translate</c> of an old commune takes no more than 1 µs.
/// </summary>
/// <remarks>
/// Figures are per lookup over 64 codes of both states (<c>OperationsPerInvoke</c>): communes, districts and provinces
/// valid on 2025-06-30 and on the newest date, looked up on those dates. The baseline holds the same units in a
/// <c>Dictionary&lt;string, AdministrativeUnit&gt;</c> keyed by code string (one state only, so it does less: no dates).
/// </remarks>
[MemoryDiagnoser]
public class CatalogLookupBenchmarks
{
    private const int Count = 64;
    private static readonly LocalDate Old = new(2025, 6, 30);

    private AdministrativeCatalog _catalog = null!;
    private (UnitCode Code, LocalDate Date)[] _queries = [];
    private string[] _keys = [];
    private Dictionary<string, AdministrativeUnit> _dictionary = [];
    private AdministrativeUnit[] _oldCommunes = [];

    [GlobalSetup]
    public void Setup()
    {
        _catalog = AdministrativeCatalog.Default;
        var random = new Random(20251121);
        var old = _catalog.AllAt(Old);
        var current = _catalog.AllAt(_catalog.NewestState);
        _queries = Enumerable.Range(0, Count)
            .Select(i => i % 2 == 0 ? (old[random.Next(old.Count)].Code, Old) : (current[random.Next(current.Count)].Code, _catalog.NewestState))
            .ToArray();
        _dictionary = old.ToDictionary(u => u.Code.ToString(), u => u);
        _keys = _queries.Select(q => q.Code.ToString()).Where(_dictionary.ContainsKey).Take(Count / 2)
            .Concat(old.Take(Count / 2).Select(u => u.Code.ToString())).Take(Count)
            .Select(k => new string(k.AsSpan())).ToArray();
        _oldCommunes = old.Where(u => u.Level == AdministrativeLevel.Commune).OrderBy(_ => random.Next()).Take(Count).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "Dictionary<string, T> lookup")]
    public int DictionaryLookup()
    {
        var found = 0;
        foreach (var key in _keys)
        {
            found += _dictionary.TryGetValue(key, out var unit) ? unit.Name.Length : 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Find(code, date)")]
    public int Find()
    {
        var found = 0;
        foreach (var (code, date) in _queries)
        {
            found += _catalog.Find(code, date)?.Name.Length ?? 0;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Translate(old commune, newest)")]
    public int Translate()
    {
        var found = 0;
        foreach (var commune in _oldCommunes)
        {
            found += _catalog.Translate(commune, _catalog.NewestState).Count;
        }

        return found;
    }
}
