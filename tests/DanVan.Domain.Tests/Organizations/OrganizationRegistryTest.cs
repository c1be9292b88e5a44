using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>The registry's queries on the built-in catalog.</summary>
public sealed partial class OrganizationRegistryTest
{
    private static readonly LocalDate Inspection = new(2020, 3, 26);
    private static readonly LocalDate Reform = new(2025, 7, 1);
    private static readonly OrganizationRegistry Registry = OrganizationRegistry.Default;

    private static UnitCode Code(string text) => UnitCode.Parse(text, null);

    private static Organization Body(OrganizationKind kind, string unit, LocalDate date) =>
        Registry.Find(kind, Code(unit), date) ?? throw new InvalidOperationException($"No {kind} for {unit} on {date}.");

    [Fact]
    public void The_central_bodies_are_built_in()
    {
        Registry.Central(Inspection).Select(body => body.Kind).Should().BeEquivalentTo(
        [
            OrganizationKind.CentralCommittee, OrganizationKind.Politburo, OrganizationKind.Secretariat, OrganizationKind.DanVanCommission,
            OrganizationKind.PropagandaCommission, OrganizationKind.NationalAssembly, OrganizationKind.NationalAssemblyStandingCommittee,
            OrganizationKind.Government, OrganizationKind.FatherlandFrontCommittee, OrganizationKind.LaborFederation, OrganizationKind.FarmersUnion,
            OrganizationKind.YouthUnion, OrganizationKind.WomensUnion, OrganizationKind.VeteransAssociation,
        ]);
        Registry.Central(Reform).Select(body => body.Kind).Should().Contain(OrganizationKind.PropagandaAndDanVanCommission)
            .And.NotContain(OrganizationKind.DanVanCommission).And.NotContain(OrganizationKind.PropagandaCommission);
        Registry.Organizations.Should().OnlyContain(body => body.Id.IsCentral);
        Registry.Added.Should().BeEmpty();
    }

    [Fact]
    public void The_central_Ban_Dan_van_merged_on_2025_02_03_with_its_legal_basis()
    {
        var danVan = Registry.FindCentral(OrganizationKind.DanVanCommission, new LocalDate(2025, 2, 2))!;
        danVan.Name.Should().Be("Ban Dân vận Trung ương");
        Registry.FindCentral(OrganizationKind.DanVanCommission, new LocalDate(2025, 2, 3)).Should().BeNull();
        var merger = danVan.Events.Should().ContainSingle().Subject;
        merger.Kind.Should().Be(OrganizationEventKind.MergedInto);
        merger.Date.Should().Be(new LocalDate(2025, 2, 3));
        merger.LegalBasis.Select(n => n.ToString()).Should().Equal("246-QĐ/TW");
        var successor = Registry.Successors(danVan).Should().ContainSingle().Subject;
        successor.Organization.Name.Should().Be("Ban Tuyên giáo và Dân vận Trung ương");
        successor.Coverage.Should().Be(Coverage.Whole);
        Registry.Successors(Registry.FindCentral(OrganizationKind.PropagandaCommission, new LocalDate(2025, 1, 1))!)
            .Single().Organization.Id.Should().Be(successor.Organization.Id);
    }

    [Fact]
    public void The_socio_political_organizations_come_under_the_Front_on_2025_07_01()
    {
        var farmers = Registry.FindCentral(OrganizationKind.FarmersUnion, Inspection)!;
        farmers.SupervisorOn(new LocalDate(2025, 6, 30)).Should().BeNull();
        farmers.SupervisorOn(Reform).Should().Be(OrganizationId.Central(OrganizationKind.FatherlandFrontCommittee));
        farmers.Events.Single().Kind.Should().Be(OrganizationEventKind.Resubordinated);
        farmers.Events.Single().LegalBasis.Select(n => n.ToString()).Should().Equal("203/2025/QH15", "97/2025/QH15");

        var provincial = Body(OrganizationKind.WomensUnion, "01", Inspection);
        provincial.SupervisorOn(Inspection).Should().BeNull();
        provincial.SupervisorOn(Reform).Should().Be(Body(OrganizationKind.FatherlandFrontCommittee, "01", Reform).Id);
    }

    [Fact]
    public void Find_by_identifier_gives_the_same_body_as_the_query_by_unit()
    {
        foreach (var body in Registry.ForUnit(Code("279"), Inspection).Concat(Registry.ForUnit(Code("10183"), Reform)))
        {
            Registry.Find(body.Id).Should().Be(body);
        }

        Registry.Find(OrganizationId.Parse("99/party-committee", null)).Should().BeNull("no unit has code 99");
        Registry.Find(OrganizationId.Parse("10183@2024-01-01/party-committee", null)).Should().BeNull("no version of 10183 starts that day");
        Registry.Find(OrganizationId.Parse("279/party-building-commission", null)).Should().BeNull("districts had no Ban Xây dựng Đảng");
        Registry.Find(OrganizationId.Parse("279/inspection-delegation/1", null)).Should().BeNull("delegations exist only when added");
        Registry.Find(default).Should().BeNull();
        Registry.Find(OrganizationKind.PartyCommittee, Code("279"), Reform).Should().BeNull("the district level ended on 2025-06-30");
        Registry.ForUnit(Code("99"), Inspection).Should().BeEmpty();
    }

    [Fact]
    public void Of_kind_counts_one_body_per_unit_of_each_level()
    {
        var before = new LocalDate(2025, 1, 1);
        var catalog = Registry.Catalog;
        Registry.OfKind(OrganizationKind.DanVanCommission, before).Should().HaveCount(
            1 + catalog.AllAt(before, AdministrativeLevel.Province).Count + catalog.AllAt(before, AdministrativeLevel.District).Count);
        Registry.OfKind(OrganizationKind.PartyCommittee, Reform).Should().HaveCount(
            catalog.AllAt(Reform, AdministrativeLevel.Province).Count + catalog.AllAt(Reform, AdministrativeLevel.Commune).Count).And.HaveCount(34 + 3321);
        var withinThuongTin = Registry.OfKind(OrganizationKind.PartyCommittee, Inspection, Code("279"));
        withinThuongTin.Should().HaveCount(1 + catalog.Children(catalog.Find(Code("279"), Inspection)!, Inspection).Count);
        Registry.OfKind(OrganizationKind.PartyCommittee, Inspection, Code("99")).Should().BeEmpty();
    }

    [Fact]
    public void The_chain_runs_up_to_the_centre_through_the_district_before_the_reform_and_straight_to_the_province_after()
    {
        var before = Body(OrganizationKind.PartyCommittee, "10183", Inspection);
        Registry.ChainToCentre(before, Inspection).Select(body => body.Name).Should().Equal(
            "Đảng ủy thị trấn Thường Tín", "Huyện ủy Thường Tín", "Thành ủy Hà Nội", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam");
        var after = Body(OrganizationKind.PartyBuildingCommission, "10183", Reform);
        Registry.ChainToCentre(after, Reform).Select(body => body.Name).Should().Equal(
            "Ban Xây dựng Đảng Đảng ủy xã Thường Tín", "Đảng ủy xã Thường Tín", "Thành ủy Hà Nội", "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam");
        Registry.ChainToCentre(Body(OrganizationKind.PeoplesCommittee, "10183", Inspection), Inspection).Select(body => body.Name).Should().Equal(
            "Ủy ban nhân dân thị trấn Thường Tín", "Ủy ban nhân dân huyện Thường Tín", "Ủy ban nhân dân thành phố Hà Nội", "Chính phủ");
        Registry.ChainToCentre(Body(OrganizationKind.YouthUnion, "10183", Reform), Reform).Select(body => body.Name).Should().Equal(
            "Đoàn xã Thường Tín", "Thành đoàn Hà Nội", "Đoàn Thanh niên Cộng sản Hồ Chí Minh");
    }

    [Fact]
    public void Children_of_a_district_committee_are_its_own_bodies_and_the_committees_of_its_communes()
    {
        var committee = Body(OrganizationKind.PartyCommittee, "279", Inspection);
        var children = Registry.Children(committee, Inspection);
        var communes = Registry.Catalog.Children(Registry.Catalog.Find(Code("279"), Inspection)!, Inspection);
        children.Where(body => body.Unit == Code("279")).Select(body => body.Kind).Should().BeEquivalentTo(
        [
            OrganizationKind.PartyStandingCommittee, OrganizationKind.PartyStandingOffice, OrganizationKind.DanVanCommission, OrganizationKind.PropagandaCommission,
        ]);
        children.Where(body => body.Kind == OrganizationKind.PartyCommittee).Select(body => body.Unit).Should().BeEquivalentTo(communes.Select(u => (UnitCode?)u.Code));
        children.Should().HaveCount(4 + communes.Count);

        var central = Registry.FindCentral(OrganizationKind.CentralCommittee, Reform)!;
        Registry.Children(central, Reform).Where(body => body.Kind == OrganizationKind.PartyCommittee).Should().HaveCount(34);
        Registry.Children(central, Reform).Select(body => body.Kind).Should().Contain([OrganizationKind.Politburo, OrganizationKind.Secretariat, OrganizationKind.PropagandaAndDanVanCommission]);
    }

    [Fact]
    public void The_parent_follows_the_catalog_on_the_date_asked()
    {
        var committee = Body(OrganizationKind.PartyCommittee, "279", Inspection);
        Registry.Parent(committee, Inspection)!.Name.Should().Be("Thành ủy Hà Nội");
        Registry.Parent(committee, new LocalDate(2030, 1, 1))!.Name.Should().Be("Thành ủy Hà Nội", "after its end, the parent on its last day");
        Registry.Parent(Registry.FindCentral(OrganizationKind.CentralCommittee, Reform)!, Reform).Should().BeNull();
        Registry.Parent(Body(OrganizationKind.PeoplesCouncil, "01", Reform), Reform).Should().BeNull("a provincial People's Council has no parent body");
    }

    [Fact]
    public void Queries_from_many_threads_give_the_same_answers()
    {
        var units = Registry.Catalog.AllAt(Inspection, AdministrativeLevel.District).Take(200).ToArray();
        var expected = units.Select(u => Registry.ForUnit(u, Inspection).Select(b => b.Name).ToArray()).ToArray();
        var actual = new string[units.Length][];
        Parallel.For(0, units.Length, i => actual[i] = Registry.ForUnit(units[i], Inspection).Select(b => b.Name).ToArray());
        actual.Should().BeEquivalentTo(expected, options => options.WithStrictOrdering());
    }
}
