using DanVan.Domain.Administration;
using NodaTime;

namespace DanVan.Domain.Tests.Administration;

/// <summary>Date-aware queries of the catalog (parents, children, states, versions, paths, changes) on the built-in data.</summary>
public partial class AdministrativeCatalogTest
{
    private static readonly AdministrativeCatalog Catalog = AdministrativeCatalog.Default;
    private static readonly LocalDate OldEnd = new(2025, 6, 30);
    private static readonly LocalDate Reform = new(2025, 7, 1);
    private static readonly LocalDate Before = new(2024, 1, 1);

    private static UnitCode Code(string text) => UnitCode.Parse(text, null);

    private static AdministrativeUnit QuangSon => Catalog.Find(Code("08764"), Before)!;

    [Fact]
    public void Parent_and_Ancestors_of_an_old_commune_go_up_to_its_province()
    {
        var quangSon = QuangSon;
        quangSon.FullName.Should().Be("Xã Quang Sơn");
        quangSon.ParentCode.Should().Be(Code("246"));
        Catalog.Parent(quangSon)!.FullName.Should().Be("Huyện Lập Thạch");
        Catalog.Parent(quangSon, Before)!.FullName.Should().Be("Huyện Lập Thạch");
        Catalog.Ancestors(quangSon).Select(a => a.FullName).Should().Equal("Huyện Lập Thạch", "Tỉnh Vĩnh Phúc");
        Catalog.Ancestors(quangSon, OldEnd).Select(a => a.Code.ToString()).Should().Equal("246", "26");
        Catalog.Parent(Catalog.Parent(quangSon)!)!.Code.Should().Be(Code("26"));
    }

    [Fact]
    public void Without_a_date_an_ended_unit_is_looked_at_on_its_last_day_and_a_current_one_in_the_newest_state()
    {
        // On its last day (2025-06-30) Lập Thạch still exists; in the newest state it would not.
        Catalog.Parent(QuangSon).Should().NotBeNull();
        Catalog.Parent(QuangSon, Reform).Should().BeNull("no unit has code 246 after the district level ended");
        Catalog.Ancestors(QuangSon, Reform).Should().BeEmpty();

        var saiGon = Catalog.Find(Code("26740"))!;
        saiGon.FullName.Should().Be("Phường Sài Gòn");
        Catalog.Parent(saiGon)!.FullName.Should().Be("Thành phố Hồ Chí Minh");
        Catalog.Ancestors(saiGon).Select(a => a.Code.ToString()).Should().Equal("79");
    }

    [Fact]
    public void A_province_has_no_parent_and_no_ancestors()
    {
        var hanoi = Catalog.Find(Code("01"))!;
        Catalog.Parent(hanoi).Should().BeNull();
        Catalog.Ancestors(hanoi).Should().BeEmpty();
        Catalog.Ancestors(hanoi, OldEnd).Should().BeEmpty();
    }

    [Fact]
    public void A_districts_children_are_its_communes_on_the_date_ordered_by_code()
    {
        var lapThach = Catalog.Find(Code("246"), OldEnd)!;
        var children = Catalog.Children(lapThach, OldEnd);
        children.Should().HaveCount(19).And.Contain(QuangSon);
        children.Select(c => c.Code).Should().BeInAscendingOrder();
        children.Should().OnlyContain(c => c.ParentCode == lapThach.Code && c.Level == AdministrativeLevel.Commune && c.IsValidOn(OldEnd));
        Catalog.Children(lapThach).Should().Equal(children, "without a date a unit that ended is looked at on its last day");
        Catalog.Children(lapThach, Before).Should().Equal(children, "the oldest state has an open start");
    }

    [Fact]
    public void Children_on_a_date_the_unit_is_not_valid_are_empty()
    {
        var lapThach = Catalog.Find(Code("246"), OldEnd)!;
        Catalog.Children(lapThach, Reform).Should().BeEmpty();
        Catalog.Children(lapThach, new LocalDate(2030, 1, 1)).Should().BeEmpty();

        var newPhuTho = Catalog.Find(Code("25"), Reform)!;
        newPhuTho.ValidFrom.Should().Be(Reform);
        Catalog.Children(newPhuTho, OldEnd).Should().BeEmpty("the new Phú Thọ did not exist the day before the reform");
        Catalog.Children(newPhuTho, Reform).Should().HaveCount(148);
    }

    [Fact]
    public void A_province_unchanged_by_the_reform_has_districts_before_and_communes_after()
    {
        var hanoi = Catalog.Find(Code("01"))!;
        hanoi.ValidFrom.Should().BeNull();
        hanoi.ValidUntil.Should().BeNull();
        Catalog.Children(hanoi, OldEnd).Should().HaveCount(30).And.OnlyContain(c => c.Level == AdministrativeLevel.District);
        Catalog.Children(hanoi, Reform).Should().HaveCount(126).And.OnlyContain(c => c.Level == AdministrativeLevel.Commune);
        Catalog.Children(hanoi).Should().HaveCount(126, "without a date, the newest state");
    }

    [Fact]
    public void AllAt_filters_by_date_and_level_ordered_by_level_and_code()
    {
        var all = Catalog.AllAt(OldEnd);
        all.Should().HaveCount(63 + 696 + 10_035);
        all.Should().OnlyContain(u => u.IsValidOn(OldEnd));
        all.Select(u => u.Code).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        foreach (var level in Enum.GetValues<AdministrativeLevel>())
        {
            var atLevel = Catalog.AllAt(OldEnd, level);
            atLevel.Should().OnlyContain(u => u.Level == level);
            atLevel.Should().Equal(all.Where(u => u.Level == level));
        }

        Catalog.AllAt(Reform, AdministrativeLevel.Province).Should().HaveCount(34);
        Catalog.AllAt(LocalDate.MaxIsoValue).Should().Equal(Catalog.AllAt(Catalog.NewestState));
        Catalog.AllAt(LocalDate.MinIsoValue).Should().Equal(all, "before the known states, the open-start state is assumed");
    }

    [Fact]
    public void Versions_lists_every_unit_that_had_a_code_oldest_first()
    {
        Catalog.Versions(Code("26740")).Select(v => v.FullName).Should().Equal("Phường Bến Nghé", "Phường Sài Gòn");
        Catalog.Versions(Code("75")).Select(v => (v.Name, v.ValidFrom, v.ValidUntil)).Should().Equal(
            ("Đồng Nai", null, OldEnd), ("Đồng Nai", Reform, new LocalDate(2026, 4, 29)), ("Đồng Nai", new LocalDate(2026, 4, 30), null));
        Catalog.Versions(Code("98")).Should().BeEmpty();
        Catalog.Versions(default).Should().BeEmpty();
        FluentActions.Invoking(() => ((IList<AdministrativeUnit>)Catalog.Versions(Code("15")))[0] = QuangSon).Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void Find_by_code_alone_answers_for_the_newest_state()
    {
        Catalog.NewestState.Should().Be(new LocalDate(2026, 4, 30));
        Catalog.Find(Code("75"))!.Kind.Should().Be(AdministrativeUnitKind.Municipality);
        Catalog.Find(Code("246")).Should().BeNull();
        Catalog.Find(default).Should().BeNull();
        Catalog.Find(default, OldEnd).Should().BeNull();
    }

    [Fact]
    public void FormatPath_gives_the_official_path_with_or_without_diacritics()
    {
        Catalog.FormatPath(QuangSon).Should().Be("Xã Quang Sơn, Huyện Lập Thạch, Tỉnh Vĩnh Phúc");
        Catalog.FormatPath(QuangSon, OldEnd).Should().Be("Xã Quang Sơn, Huyện Lập Thạch, Tỉnh Vĩnh Phúc");
        Catalog.FormatPath(QuangSon, withDiacritics: false).Should().Be("Xa Quang Son, Huyen Lap Thach, Tinh Vinh Phuc");
        Catalog.FormatPath(QuangSon, Reform).Should().Be("Xã Quang Sơn", "on a date its parents do not exist, the path stops at the unit");

        var saiGon = Catalog.Find(Code("26740"))!;
        Catalog.FormatPath(saiGon).Should().Be("Phường Sài Gòn, Thành phố Hồ Chí Minh");
        Catalog.FormatPath(saiGon, withDiacritics: false).Should().Be("Phuong Sai Gon, Thanh pho Ho Chi Minh");
        Catalog.FormatPath(Catalog.Find(Code("01"))!).Should().Be("Thành phố Hà Nội");
        Catalog.FormatPath(Catalog.Find(Code("772"), OldEnd)!, withDiacritics: false).Should().Be("Quan 11, Thanh pho Ho Chi Minh");
        FluentActions.Invoking(() => Catalog.FormatPath(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ChangesOf_gives_the_establishment_and_the_end_of_a_version()
    {
        var benNgheEnd = Catalog.ChangesOf(Code("26740"), OldEnd).Should().ContainSingle().Which;
        benNgheEnd.Kind.Should().Be(AdministrativeChangeKind.MergedInto);
        benNgheEnd.Effective.Should().Be(Reform);
        benNgheEnd.Successors.Should().Equal(new UnitSuccessor(Code("26740"), Coverage.Whole, "Nhập toàn bộ"));

        var saiGon = Catalog.Find(Code("26740"), Reform)!;
        Catalog.ChangesOf(saiGon).Should().Equal(Catalog.ChangesOf(Code("26740"), Reform));
        Catalog.ChangesOf(saiGon).Should().ContainSingle().Which.Should().Match<AdministrativeChange>(c => c.Effective == Reform && c.Kind == AdministrativeChangeKind.Established);

        Catalog.ChangesOf(Catalog.Find(Code("01"))!).Should().BeEmpty("Hà Nội went through the reform unchanged");
        Catalog.ChangesOf(Code("98"), Reform).Should().BeEmpty();
        Catalog.ChangesOf(Code("279"), Reform).Should().BeEmpty("no unit has code 279 then");
        var dongNai = Catalog.Versions(Code("75"));
        Catalog.ChangesOf(dongNai[1]).Select(c => c.Kind).Should().Contain(AdministrativeChangeKind.Reclassified);
        FluentActions.Invoking(() => Catalog.ChangesOf(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Queries_refuse_a_null_unit()
    {
        FluentActions.Invoking(() => Catalog.Parent(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Catalog.Ancestors(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Catalog.Children(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Catalog.Translate(null!, Reform)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Catalog.Predecessors(null!, Reform)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Results_cannot_be_changed_through_their_interfaces()
    {
        FluentActions.Invoking(() => ((IList<AdministrativeUnit>)Catalog.Units)[0] = QuangSon).Should().Throw<NotSupportedException>();
        FluentActions.Invoking(() => ((IList<AdministrativeChange>)Catalog.Changes).Clear()).Should().Throw<NotSupportedException>();
        var children = Catalog.Children(Catalog.Find(Code("246"), OldEnd)!);
        (children is ICollection<AdministrativeUnit> { IsReadOnly: false }).Should().BeFalse();
        Catalog.Units[0].Code.Should().Be(Code("01"));
    }
}
