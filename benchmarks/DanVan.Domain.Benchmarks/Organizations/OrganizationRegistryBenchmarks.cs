using BenchmarkDotNet.Attributes;
using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using NodaTime;

namespace DanVan.Domain.Benchmarks.Organizations;

/// <summary>
/// Registry queries. Target (issue 5): materialising the bodies of one commune, and a registry query by unit and date,
/// take no more than a few microseconds each, against a baseline of a plain list scan.
/// </summary>
/// <remarks>
/// Figures are per query over 64 communes (<c>OperationsPerInvoke</c>), half valid on 2020-03-26 and half on 2025-07-01.
/// The baseline holds every standing body of both dates, materialised in advance, in one <c>List&lt;Organization&gt;</c>
/// and scans it for the bodies of the unit valid on the date: what a portal would write without the registry.
/// </remarks>
[MemoryDiagnoser]
public class OrganizationRegistryBenchmarks
{
    private const int Count = 64;
    private static readonly LocalDate Before = new(2020, 3, 26);
    private static readonly LocalDate After = new(2025, 7, 1);

    private OrganizationRegistry _registry = null!;
    private (AdministrativeUnit Unit, LocalDate Date)[] _communes = [];
    private OrganizationId[] _ids = [];
    private List<Organization> _all = [];

    [GlobalSetup]
    public void Setup()
    {
        _registry = OrganizationRegistry.Default;
        var catalog = _registry.Catalog;
        var random = new Random(20261121);
        var before = catalog.AllAt(Before, AdministrativeLevel.Commune);
        var after = catalog.AllAt(After, AdministrativeLevel.Commune);
        _communes = [.. Enumerable.Range(0, Count).Select(i => i % 2 == 0 ? (before[random.Next(before.Count)], Before) : (after[random.Next(after.Count)], After))];
        _all = [.. catalog.AllAt(Before).Concat(catalog.AllAt(After)).SelectMany(unit => _registry.ForUnit(unit, unit.IsValidOn(Before) ? Before : After))];
        _ids = [.. _communes.Select(c => OrganizationId.For(OrganizationKind.PeoplesCommittee, c.Unit))];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count, Description = "List scan: bodies of a unit on a date")]
    public int ListScan()
    {
        var found = 0;
        foreach (var (unit, date) in _communes)
        {
            foreach (var body in _all)
            {
                if (body.Unit == unit.Code && body.IsValidOn(date))
                {
                    found++;
                }
            }
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "ForUnit(code, date): materialise a commune's bodies")]
    public int ForUnit()
    {
        var found = 0;
        foreach (var (unit, date) in _communes)
        {
            found += _registry.ForUnit(unit.Code, date).Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Find(kind, code, date)")]
    public int FindByKind()
    {
        var found = 0;
        foreach (var (unit, date) in _communes)
        {
            found += _registry.Find(OrganizationKind.PartyCommittee, unit.Code, date) is null ? 0 : 1;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Count, Description = "Find(id)")]
    public int FindById()
    {
        var found = 0;
        foreach (var id in _ids)
        {
            found += _registry.Find(id) is null ? 0 : 1;
        }

        return found;
    }
}
