using DanVan.Domain.Administration;
using NodaTime;
using Xunit.Abstractions;

namespace DanVan.Domain.Tests.Administration;

/// <summary><see cref="AdministrativeCatalog.Search"/> on the built-in catalog: the examples, ranking rules, every commune, hostile text.</summary>
public partial class AdministrativeSearchTest(ITestOutputHelper output)
{
    private static readonly AdministrativeCatalog Catalog = AdministrativeCatalog.Default;
    private static readonly LocalDate OldState = new(2025, 6, 30);
    private static readonly LocalDate ReformState = new(2025, 7, 1);
    private static readonly LocalDate State2026 = new(2026, 4, 30);

    private readonly ITestOutputHelper _output = output;

    private static UnitCode Code(string text) => UnitCode.Parse(text, null);

    private static IReadOnlyList<UnitMatch> Search(string? text, LocalDate? asOf = null, string? within = null, int limit = 10) =>
        Catalog.Search(text, asOf, limit, within is null ? null : Code(within));

    private static UnitMatch First(string text, LocalDate? asOf = null, string? within = null)
    {
        var matches = Search(text, asOf, within);
        matches.Should().NotBeEmpty("'{0}' should find something", text);
        return matches[0];
    }

    private static IEnumerable<string> Codes(IEnumerable<UnitMatch> matches) => matches.Select(m => m.Unit.Code.ToString());
}
