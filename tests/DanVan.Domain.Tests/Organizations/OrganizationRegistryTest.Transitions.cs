using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>The 2025 transitions: the seed article's huyện Thường Tín before, and the same area after.</summary>
public sealed partial class OrganizationRegistryTest
{
    [Fact]
    public void What_existed_in_huyen_Thuong_Tin_on_2020_03_26()
    {
        var bodies = Registry.ForUnit(Code("279"), Inspection);
        bodies.Select(body => body.Name).Should().Equal(
            "Huyện ủy Thường Tín",
            "Ban Thường vụ Huyện ủy Thường Tín",
            "Thường trực Huyện ủy Thường Tín",
            "Ban Dân vận Huyện ủy Thường Tín",
            "Ban Tuyên giáo Huyện ủy Thường Tín",
            "Hội đồng nhân dân huyện Thường Tín",
            "Ủy ban nhân dân huyện Thường Tín",
            "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Thường Tín",
            "Liên đoàn Lao động huyện Thường Tín",
            "Hội Nông dân huyện Thường Tín",
            "Huyện đoàn Thường Tín",
            "Hội Liên hiệp Phụ nữ huyện Thường Tín",
            "Hội Cựu chiến binh huyện Thường Tín");
        bodies.Should().OnlyContain(body => body.ValidUntil == new LocalDate(2025, 6, 30) && body.SupervisorId == null);
        bodies.Should().OnlyContain(body => body.Events.Count == 1 && body.Events[0].Kind == OrganizationEventKind.Dissolved && body.Events[0].Date == Reform);
        bodies[0].Events[0].LegalBasis.Select(n => n.ToString()).Should().Contain("72/2025/QH15");
        Registry.Successors(bodies[0]).Should().BeEmpty("a district's communes each take part of its area, not its committee");
        bodies[0].ParentId.Should().Be(Body(OrganizationKind.PartyCommittee, "01", Inspection).Id);
    }

    [Fact]
    public void What_exists_for_the_same_area_on_2025_07_01()
    {
        Registry.ForUnit(Code("279"), Reform).Should().BeEmpty();
        var area = Registry.ForArea(Code("279"), Inspection, Reform);
        var communes = Registry.Catalog.Translate(Code("279"), Inspection, Reform);
        communes.Should().NotBeEmpty().And.OnlyContain(linked => linked.Coverage == Coverage.Partial);
        area.Select(linked => linked.Organization.Unit).Distinct().Should().BeEquivalentTo(communes.Select(linked => (UnitCode?)linked.Unit.Code));
        area.Should().OnlyContain(linked => linked.Coverage == Coverage.Partial);

        var xaThuongTin = area.Where(linked => linked.Organization.Unit == Code("10183")).Select(linked => linked.Organization).ToList();
        xaThuongTin.Select(body => body.Name).Should().Equal(
            "Đảng ủy xã Thường Tín",
            "Ban Thường vụ Đảng ủy xã Thường Tín",
            "Thường trực Đảng ủy xã Thường Tín",
            "Ban Xây dựng Đảng Đảng ủy xã Thường Tín",
            "Hội đồng nhân dân xã Thường Tín",
            "Ủy ban nhân dân xã Thường Tín",
            "Ủy ban Mặt trận Tổ quốc Việt Nam xã Thường Tín",
            "Hội Nông dân xã Thường Tín",
            "Đoàn xã Thường Tín",
            "Hội Liên hiệp Phụ nữ xã Thường Tín",
            "Hội Cựu chiến binh xã Thường Tín");
        var front = xaThuongTin.Single(body => body.Kind == OrganizationKind.FatherlandFrontCommittee);
        xaThuongTin.Where(body => body.Kind.Info().Category == OrganizationCategory.SocioPolitical)
            .Should().OnlyContain(body => body.SupervisorOn(Reform) == front.Id && body.SupervisedFrom == null, "they were set up under the Front");
        xaThuongTin.Should().OnlyContain(body => body.ValidFrom == Reform && body.Id.UnitSince == Reform);
        Registry.Parent(xaThuongTin[0], Reform)!.Name.Should().Be("Thành ủy Hà Nội");
    }

    [Fact]
    public void The_township_committee_before_the_reform_merged_into_the_new_communes_committee()
    {
        var township = Body(OrganizationKind.PartyCommittee, "10183", Inspection);
        township.Name.Should().Be("Đảng ủy thị trấn Thường Tín");
        var successors = Registry.Successors(township);
        successors.Should().NotBeEmpty();
        successors.Select(l => l.Organization.Name).Should().Contain("Đảng ủy xã Thường Tín");
        township.Events.Single().LegalBasis.Should().NotBeEmpty("the commune resolution of Hà Nội is the basis");

        var bloc = Body(OrganizationKind.DanVanBloc, "10183", Inspection);
        bloc.Events.Single().Kind.Should().Be(OrganizationEventKind.Dissolved, "communes have no khối dân vận after the reform");
    }

    [Fact]
    public void A_provincial_Ban_Dan_van_is_followed_to_the_merged_province()
    {
        var vinhPhuc = Body(OrganizationKind.DanVanCommission, "26", Inspection);
        vinhPhuc.Name.Should().Be("Ban Dân vận Tỉnh ủy Vĩnh Phúc");
        var now = Registry.Successors(vinhPhuc, new LocalDate(2026, 1, 1)).Should().ContainSingle().Subject;
        now.Organization.Name.Should().Be("Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ");
        now.Organization.Id.ToString().Should().Be("25@2025-07-01/propaganda-danvan-commission");
        now.Coverage.Should().Be(Coverage.Whole);
        var between = Registry.Successors(vinhPhuc, new LocalDate(2025, 5, 1)).Should().ContainSingle().Subject;
        between.Organization.Name.Should().Be("Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Phúc");
        Registry.Successors(vinhPhuc, Inspection).Single().Organization.Should().Be(vinhPhuc, "it still exists then");
    }

    [Fact]
    public void An_island_district_continues_as_its_special_zone()
    {
        var conDao = Body(OrganizationKind.PartyCommittee, "755", Inspection);
        conDao.Name.Should().Be("Huyện ủy Côn Đảo");
        var successor = Registry.Successors(conDao).Should().ContainSingle().Subject;
        successor.Organization.Name.Should().Be("Đảng ủy đặc khu Côn Đảo");
        successor.Coverage.Should().Be(Coverage.Whole);
        Registry.Successors(Body(OrganizationKind.DanVanCommission, "755", Inspection)).Should().BeEmpty("a đặc khu has no Ban Dân vận");
    }

    [Fact]
    public void A_province_that_took_in_others_continues_under_a_new_identifier()
    {
        var hcm = Body(OrganizationKind.PartyCommittee, "79", Inspection);
        hcm.Name.Should().Be("Thành ủy Thành phố Hồ Chí Minh");
        var next = Registry.Successors(hcm).Should().ContainSingle().Subject;
        next.Organization.Id.ToString().Should().Be("79@2025-07-01/party-committee");
        hcm.Events.Single().Kind.Should().Be(OrganizationEventKind.MergedInto);
        Registry.Find(OrganizationKind.PartyCommittee, Code("01"), Reform)!.Id.Should().Be(Body(OrganizationKind.PartyCommittee, "01", Inspection).Id,
            "Hà Nội kept its borders and so its one unit version");
    }

    [Fact]
    public void A_commune_keeps_its_khoi_dan_van_until_the_reform_and_gains_a_Ban_Xay_dung_Dang_after()
    {
        var before = Registry.ForUnit(Code("08764"), new LocalDate(2021, 12, 30)).Select(body => body.Kind).ToList();
        before.Should().Contain(OrganizationKind.DanVanBloc).And.NotContain(OrganizationKind.PartyBuildingCommission).And.NotContain(OrganizationKind.LaborFederation);
        var after = Registry.ForUnit(Code("05674"), Reform).Select(body => body.Kind).ToList();
        after.Should().Contain(OrganizationKind.PartyBuildingCommission).And.NotContain(OrganizationKind.DanVanBloc);
    }

    [Fact]
    public void The_provincial_Ban_Dan_van_gives_way_to_the_merged_commission_on_the_approximate_day()
    {
        var day = Restructuring2025.ProvincialCommissionMerger;
        Registry.Find(OrganizationKind.DanVanCommission, Code("01"), day.PlusDays(-1))!.Name.Should().Be("Ban Dân vận Thành ủy Hà Nội");
        Registry.Find(OrganizationKind.DanVanCommission, Code("01"), day).Should().BeNull();
        Registry.Find(OrganizationKind.PropagandaAndDanVanCommission, Code("01"), day)!.Name.Should().Be("Ban Tuyên giáo và Dân vận Thành ủy Hà Nội");
    }
}
