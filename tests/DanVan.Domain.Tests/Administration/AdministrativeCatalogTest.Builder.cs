using DanVan.Domain.Administration;
using NodaTime;

namespace DanVan.Domain.Tests.Administration;

public partial class AdministrativeCatalogTest
{
    private static AdministrativeUnit Unit(string code, AdministrativeUnitKind kind, string name, string? parent = null, LocalDate? from = null, LocalDate? until = null) =>
        new(Code(code), kind, name, parent is null ? null : Code(parent), from, until);

    [Fact]
    public void Add_AddRange_and_AddSources_collect_and_count()
    {
        var builder = new AdministrativeCatalogBuilder();
        builder.UnitCount.Should().Be(0);
        builder.ChangeCount.Should().Be(0);
        builder.Add(Unit("01", AdministrativeUnitKind.Municipality, "Hà Nội")).Should().BeSameAs(builder);
        builder.AddRange([Unit("001", AdministrativeUnitKind.UrbanDistrict, "Ba Đình", "01", until: OldEnd), Unit("002", AdministrativeUnitKind.UrbanDistrict, "Hoàn Kiếm", "01", until: OldEnd)])
            .Should().BeSameAs(builder);
        builder.Add(new AdministrativeChange(AdministrativeChangeKind.Dissolved, Reform, Code("001"))).Should().BeSameAs(builder);
        builder.AddRange([new AdministrativeChange(AdministrativeChangeKind.Dissolved, Reform, Code("002"))]).Should().BeSameAs(builder);
        builder.AddSources(["a (MIT)", " ", "", "b"]).Should().BeSameAs(builder);
        builder.UnitCount.Should().Be(3);
        builder.ChangeCount.Should().Be(2);

        var catalog = builder.Build();
        catalog.Units.Select(u => u.Code.ToString()).Should().Equal("01", "001", "002");
        catalog.Changes.Select(c => c.Unit.ToString()).Should().Equal("001", "002");
        catalog.Sources.Should().Equal("a (MIT)", "b");
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        var builder = new AdministrativeCatalogBuilder();
        FluentActions.Invoking(() => builder.Add((AdministrativeUnit)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => builder.Add((AdministrativeChange)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => builder.AddRange((IEnumerable<AdministrativeUnit>)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => builder.AddRange((IEnumerable<AdministrativeChange>)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => builder.AddRange([Unit("01", AdministrativeUnitKind.Province, "X"), null!])).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => builder.AddRange(new AdministrativeChange[] { null! })).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => builder.AddSources(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => builder.RemoveUnits(null!)).Should().Throw<ArgumentNullException>();
        builder.UnitCount.Should().Be(1, "the units before the null one were added");
    }

    [Fact]
    public void RemoveUnits_corrects_data_that_Validate_reports_and_Build_refuses()
    {
        var builder = new AdministrativeCatalogBuilder()
            .Add(Unit("01", AdministrativeUnitKind.Municipality, "Hà Nội"))
            .Add(Unit("001", AdministrativeUnitKind.UrbanDistrict, "Ba Đình", "01"))
            .Add(Unit("001", AdministrativeUnitKind.UrbanDistrict, "Ba Đình cũ", "01", until: OldEnd));
        builder.Validate().Errors.Select(i => i.Code.ToString()).Should().Equal("DV2105");
        FluentActions.Invoking(builder.Build).Should().Throw<InvalidOperationException>().WithMessage("*DV2105*");

        builder.RemoveUnits(u => u.Name == "Ba Đình cũ").Should().BeSameAs(builder);
        builder.UnitCount.Should().Be(2);
        builder.Validate().IsValid.Should().BeTrue();
        builder.Build().Units.Should().HaveCount(2);
        builder.RemoveUnits(_ => false).UnitCount.Should().Be(2);
    }

    [Fact]
    public void A_built_catalog_does_not_change_when_the_builder_does()
    {
        var builder = new AdministrativeCatalogBuilder().Add(Unit("01", AdministrativeUnitKind.Municipality, "Hà Nội"));
        var first = builder.Build();
        builder.Add(Unit("02", AdministrativeUnitKind.Province, "Hà Giang")).AddSources(["x"]);
        var second = builder.Build();
        first.Units.Should().HaveCount(1);
        first.Sources.Should().BeEmpty();
        first.Find(Code("02")).Should().BeNull();
        second.Units.Should().HaveCount(2);
        builder.RemoveUnits(_ => true);
        second.Units.Should().HaveCount(2);
    }

    [Fact]
    public void Units_and_changes_are_ordered_whatever_the_order_they_were_added_in()
    {
        var catalog = new AdministrativeCatalogBuilder()
            .Add(Unit("00004", AdministrativeUnitKind.Ward, "Ba Đình", "01", from: Reform))
            .Add(Unit("00004", AdministrativeUnitKind.Ward, "Trúc Bạch", "001", until: OldEnd))
            .Add(Unit("001", AdministrativeUnitKind.UrbanDistrict, "Ba Đình", "01", until: OldEnd))
            .Add(Unit("01", AdministrativeUnitKind.Municipality, "Hà Nội"))
            .Add(new AdministrativeChange(AdministrativeChangeKind.MergedInto, Reform, Code("00004"), [new UnitSuccessor(Code("00004"), Coverage.Whole)]))
            .Add(new AdministrativeChange(AdministrativeChangeKind.Established, Reform, Code("00004")))
            .Add(new AdministrativeChange(AdministrativeChangeKind.Dissolved, Reform, Code("001")))
            .Build();
        catalog.Units.Select(u => u.Name).Should().Equal("Hà Nội", "Ba Đình", "Trúc Bạch", "Ba Đình");
        catalog.Units.Select(u => u.Level).Should().BeInAscendingOrder();
        catalog.Changes.Select(c => c.Unit.ToString()).Should().Equal("001", "00004", "00004");
        catalog.Versions(Code("00004")).Select(u => u.Name).Should().Equal("Trúc Bạch", "Ba Đình");
        catalog.NewestState.Should().Be(Reform);
    }

    [Fact]
    public void An_empty_builder_builds_an_empty_catalog()
    {
        var catalog = new AdministrativeCatalogBuilder().Build();
        catalog.Units.Should().BeEmpty();
        catalog.Changes.Should().BeEmpty();
        catalog.Sources.Should().BeEmpty();
        catalog.Find(Code("01")).Should().BeNull();
        catalog.AllAt(Reform).Should().BeEmpty();
        new AdministrativeCatalogBuilder().Validate().Issues.Should().BeEmpty();
    }

    [Fact]
    public void ToBuilder_of_the_default_catalog_builds_an_equal_catalog()
    {
        var builder = Catalog.ToBuilder();
        builder.UnitCount.Should().Be(Catalog.Units.Count);
        builder.ChangeCount.Should().Be(Catalog.Changes.Count);
        var copy = builder.Build();
        copy.Should().NotBeSameAs(Catalog);
        copy.Units.Should().Equal(Catalog.Units);
        copy.Changes.Should().Equal(Catalog.Changes);
        copy.Sources.Should().Equal(Catalog.Sources);
        copy.NewestState.Should().Be(Catalog.NewestState);
        copy.Find(Code("26740"), new LocalDate(2020, 3, 26)).Should().Be(Catalog.Find(Code("26740"), new LocalDate(2020, 3, 26)));
    }

    [Fact]
    public void ToBuilder_extends_a_catalog_without_changing_it()
    {
        var catalog = new AdministrativeCatalogBuilder().Add(Unit("01", AdministrativeUnitKind.Municipality, "Hà Nội")).AddSources(["s"]).Build();
        var extended = catalog.ToBuilder().Add(Unit("00004", AdministrativeUnitKind.Ward, "Ba Đình", "01", from: Reform)).Build();
        extended.Units.Should().HaveCount(2);
        extended.Sources.Should().Equal("s");
        catalog.Units.Should().HaveCount(1);
    }
}
