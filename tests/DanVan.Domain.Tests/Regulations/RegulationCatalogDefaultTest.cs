using DanVan.Domain.Regulations;
using NodaTime;

namespace DanVan.Domain.Tests.Regulations;

public class RegulationCatalogDefaultTest
{
    private static readonly RegulationCatalog Catalog = RegulationCatalog.Default;

    [Fact]
    public void The_built_in_catalog_loads_and_validates_without_errors()
    {
        Catalog.Count.Should().BeGreaterThan(60);
        var result = RegulationValidator.Validate(Catalog);
        result.Errors.Should().BeEmpty();
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void Quy_che_dan_van_290_is_succeeded_by_23()
    {
        var rules = Catalog.Find("290-QĐ/TW")!;
        rules.IssueDate.Should().Be(new LocalDate(2010, 2, 25));
        Catalog.Successor(rules)!.Number.ToString().Should().Be("23-QĐ/TW");
        Catalog.Predecessor(Catalog.Find("23-QD/TW")!)!.Should().BeSameAs(rules);
        Catalog.StatusAt(rules, new LocalDate(2021, 7, 29)).Should().Be(RegulationStatus.InForce);
        Catalog.StatusAt(rules, new LocalDate(2021, 7, 30)).Should().Be(RegulationStatus.NoLongerInForce);
        rules.StatusAt(new LocalDate(2021, 7, 30)).Should().Be(RegulationStatus.InForce, "on its own, 290 records no end");
        Catalog.Related(rules, RelationKind.ImplementedBy).Select(r => r.Number.ToString()).Should().Equal("2034-QĐ/TU");
    }

    [Fact]
    public void Every_built_in_regulation_names_a_source()
    {
        Catalog.Regulations.Should().OnlyContain(r => r.Sources.Count > 0);
    }
}
