using DanVan.Domain.Administration;
using NodaTime;

namespace DanVan.Domain.Tests.Administration;

public partial class AdministrativeCatalogTest
{
    private static readonly LocalDate[] SampleDates =
        [new(2000, 1, 1), OldEnd, Reform, new(2025, 12, 31), new(2026, 4, 29), new(2026, 4, 30), new(2030, 1, 1)];

    // Every 7th code of the catalog plus codes that never existed: a spread of provinces, districts and communes.
    private static UnitCode[] SampleCodes() =>
        [.. Catalog.Units.Select(u => u.Code).Distinct().Where((_, i) => i % 7 == 0), Code("98"), Code("998"), Code("99998")];

    [Fact]
    public void Find_never_allocates()
    {
        var codes = SampleCodes();
        var hits = 0;
        for (var warmUp = 0; warmUp < 3; warmUp++)
        {
            hits = FindAll(codes);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < 20; round++)
        {
            hits = FindAll(codes);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        allocated.Should().Be(0, "{0} lookups by code and date must not allocate", 20 * codes.Length * (SampleDates.Length + 1));
        hits.Should().BeGreaterThan(codes.Length, "the lookups must find units, not only miss");
    }

    private static int FindAll(UnitCode[] codes)
    {
        var hits = 0;
        foreach (var code in codes)
        {
            foreach (var date in SampleDates)
            {
                hits += Catalog.Find(code, date) is null ? 0 : 1;
            }

            hits += Catalog.Find(code) is null ? 0 : 1;
        }

        return hits;
    }

    [Fact]
    public void Many_threads_get_the_same_answers_as_one()
    {
        var codes = SampleCodes();
        var work = (from code in codes from date in SampleDates select (code, date)).ToArray();
        var expected = work.Select(w => Answer(Catalog, w.code, w.date)).ToArray();

        var actual = new string[work.Length];
        var rounds = 4;
        for (var round = 0; round < rounds; round++)
        {
            Array.Clear(actual);
            Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Answer(Catalog, work[i].code, work[i].date));
            actual.Should().Equal(expected);
        }
    }

    [Fact]
    public void Many_threads_on_a_freshly_built_catalog_get_the_same_answers_as_one()
    {
        var fresh = Catalog.ToBuilder().Build();
        var codes = SampleCodes();
        var work = (from code in codes from date in SampleDates select (code, date)).ToArray();
        var actual = new string[work.Length];
        Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Answer(fresh, work[i].code, work[i].date));
        actual.Should().Equal(work.Select(w => Answer(Catalog, w.code, w.date)));
    }

    // One line per question, built from Find, Translate, Predecessors, Children, Ancestors and the validator.
    private static string Answer(AdministrativeCatalog catalog, UnitCode code, LocalDate date)
    {
        var unit = catalog.Find(code, date);
        if (unit is null)
        {
            return $"{code}@{date:yyyy-MM-dd}: none; {new AdministrativeValidator(catalog).ValidateReference(code, date).Issues.Single().EnglishMessage}";
        }

        var forward = catalog.Translate(code, date, date > catalog.NewestState ? date : catalog.NewestState);
        var back = catalog.Predecessors(unit, unit.ValidFrom is { } from && from > OldEnd ? OldEnd : date);
        return $"{code}@{date:yyyy-MM-dd}: {unit}; → {string.Join(", ", forward)}; ← {back.Count}; " +
               $"children {string.Join(",", catalog.Children(unit, date).Select(c => c.Code))}; path {catalog.FormatPath(unit, date)}";
    }
}
