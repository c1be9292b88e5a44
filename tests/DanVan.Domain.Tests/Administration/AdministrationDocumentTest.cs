using DanVan.Domain.Administration;
using NodaTime;

namespace DanVan.Domain.Tests.Administration;

/// <summary>The examples of docs/administration.md, so the guide stays true.</summary>
public class AdministrationDocumentTest
{
    private static readonly AdministrativeCatalog Catalog = AdministrativeCatalog.Default;
    private static readonly string Guide = File.ReadAllText(TestPaths.Repository("docs/administration.md"));

    [Fact]
    public void The_opening_example_prints_what_the_guide_says()
    {
        var benNghe = Catalog.Find(Code("26740"), new LocalDate(2020, 3, 26))!;
        Catalog.FormatPath(benNghe).Should().Be("Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh");
        var covering = Catalog.Translate(benNghe, new LocalDate(2026, 11, 21)).Single();
        $"{Catalog.FormatPath(covering.Unit)}: {covering.Coverage}".Should().Be("Phường Sài Gòn, Thành phố Hồ Chí Minh: Whole");
        var change = Catalog.ChangesOf(benNghe).Single();
        $"{change.Kind} on {change.Effective:yyyy-MM-dd}, by {string.Join(", ", change.LegalBasis)}".Should().Be("MergedInto on 2025-07-01, by 1685/NQ-UBTVQH15");
        Guide.Should().Contain("// Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh").And.Contain("// MergedInto on 2025-07-01, by 1685/NQ-UBTVQH15");
    }

    [Fact]
    public void The_unit_examples_hold()
    {
        var date = new LocalDate(2021, 12, 30);
        var lapThach = Catalog.Find(Code("246"), date)!;
        Catalog.Parent(lapThach)!.FullName.Should().Be("Tỉnh Vĩnh Phúc");
        Catalog.Children(lapThach).Should().HaveCount(19);
        var quangSon = Catalog.Find(Code("08764"), date)!;
        Catalog.Ancestors(quangSon).Select(a => a.FullName).Should().Equal("Huyện Lập Thạch", "Tỉnh Vĩnh Phúc");
        Catalog.FormatPath(quangSon).Should().Be("Xã Quang Sơn, Huyện Lập Thạch, Tỉnh Vĩnh Phúc");
        Catalog.FormatPath(quangSon, withDiacritics: false).Should().Be("Xa Quang Son, Huyen Lap Thach, Tinh Vinh Phuc");
        Catalog.AllAt(new LocalDate(2025, 7, 1), AdministrativeLevel.Province).Should().HaveCount(34);
    }

    [Fact]
    public void The_predecessors_of_Phuong_Sai_Gon_are_as_the_guide_and_the_XML_docs_list_them()
    {
        var saiGon = Catalog.Find(Code("26740"))!;
        var text = string.Join(", ", Catalog.Predecessors(saiGon, new LocalDate(2025, 6, 30))
            .OrderBy(l => l.Unit.Code).Select(l => $"{l.Unit.FullName} ({l.Unit.Code}) {l.Coverage.ToString().ToLowerInvariant()}"));
        text.Should().Be("Phường Đa Kao (26737) partial, Phường Bến Nghé (26740) whole, Phường Nguyễn Thái Bình (26746) partial");
        Guide.Should().Contain("// " + text);
    }

    [Fact]
    public void The_change_counts_in_the_guide_are_those_of_the_data()
    {
        var reform = Catalog.Changes.Where(c => c.Effective == new LocalDate(2025, 7, 1)).ToList();
        reform.Count(c => c.Kind == AdministrativeChangeKind.Dissolved).Should().Be(691);
        reform.Count(c => c.Kind == AdministrativeChangeKind.Split).Should().Be(439);
        reform.Count(c => c.Kind == AdministrativeChangeKind.MergedInto && c.Level == AdministrativeLevel.Province).Should().Be(52);
        Guide.Should().Contain("the 691 districts").And.Contain("| 439 communes |").And.Contain("52 provinces");
    }

    [Fact]
    public void The_kind_table_lists_every_kind_with_its_prefix_and_abbreviations()
    {
        foreach (var info in AdministrativeUnitKinds.All)
        {
            var row = Guide.Split('\n').SingleOrDefault(l => l.StartsWith($"| `{info.Kind}`", StringComparison.Ordinal));
            row.Should().NotBeNull($"{info.Kind} has a row");
            var cells = row!.Split('|').Select(c => c.Trim()).ToArray();
            cells[2].Should().Be(info.Level.EnglishName());
            cells[3].Should().Be(info.Prefix);
            cells[4].Should().Be(string.Join(", ", info.Abbreviations));
            cells[5].Should().Be(info.EnglishTitle);
        }
    }

    private static UnitCode Code(string text) => UnitCode.Parse(text, null);
}
