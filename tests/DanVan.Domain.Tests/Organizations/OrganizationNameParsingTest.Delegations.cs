using DanVan.Domain.Organizations;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

public partial class OrganizationNameParsingTest
{
    [Theory]
    [InlineData("Đoàn Kiểm tra số 3 Thành ủy Hà Nội", OrganizationKind.InspectionDelegation, 3)]
    [InlineData("Đoàn kiểm tra số 03 Thành ủy Hà Nội", OrganizationKind.InspectionDelegation, 3)]
    [InlineData("doan kiem tra so 3 thanh uy ha noi", OrganizationKind.InspectionDelegation, 3)]
    [InlineData("Đoàn Kiểm tra số 3 của Thành ủy Hà Nội", OrganizationKind.InspectionDelegation, 3)]
    [InlineData("Đoàn Khảo sát số 12 Thành ủy Hà Nội", OrganizationKind.SurveyDelegation, 12)]
    [InlineData("Đoàn giám sát số 1 Thành ủy Hà Nội", OrganizationKind.SupervisionDelegation, 1)]
    public void Numbered_delegations_read_with_their_number_and_convener(string text, OrganizationKind kind, int number)
    {
        var match = Parse(text, Before);
        ShouldResolve(match, kind, "01");
        match.Number.Should().Be(number);
        match.ConvenerKind.Should().Be(OrganizationKind.PartyCommittee);
        match.Convener!.Name.Should().Be("Thành ủy Hà Nội");
    }

    [Theory]
    [InlineData("Đoàn khảo sát Ban Dân vận Huyện ủy Thường Tín", OrganizationKind.SurveyDelegation, "279", OrganizationKind.DanVanCommission)]
    [InlineData("Đoàn Kiểm tra số 2 Ban Thường vụ Thành ủy Hà Nội", OrganizationKind.InspectionDelegation, "01", OrganizationKind.PartyStandingCommittee)]
    [InlineData("Đoàn giám sát HĐND huyện Thường Tín", OrganizationKind.SupervisionDelegation, "279", OrganizationKind.PeoplesCouncil)]
    [InlineData("Đoàn giám sát Ủy ban MTTQ Việt Nam huyện Lập Thạch", OrganizationKind.SupervisionDelegation, "246", OrganizationKind.FatherlandFrontCommittee)]
    public void Any_body_can_convene_a_delegation(string text, OrganizationKind kind, string unit, OrganizationKind convener)
    {
        var match = Parse(text, Before);
        ShouldResolve(match, kind, unit);
        match.Number.Should().Be(text.Contains("số 2", StringComparison.Ordinal) ? 2 : null);
        match.ConvenerKind.Should().Be(convener);
        match.Convener!.Kind.Should().Be(convener);
        match.Convener.Unit.Should().Be(Code(unit));
    }

    [Fact]
    public void A_delegation_of_a_central_body_is_central()
    {
        var match = Parse("Đoàn Kiểm tra số 3 Ban Bí thư", Before);
        ShouldResolve(match, OrganizationKind.InspectionDelegation, null);
        match.Number.Should().Be(3);
        match.ConvenerKind.Should().Be(OrganizationKind.Secretariat);
        match.Convener!.Id.ToString().Should().Be("tw/secretariat");
    }

    [Fact]
    public void A_delegation_named_after_a_unit_rather_than_a_body_reads_as_Compose_writes_it()
    {
        var unit = Registry.Catalog.Find(Code("279"), Before)!;
        var name = OrganizationNames.Compose(OrganizationKind.SupervisionDelegation, unit, number: 2).Name;
        name.Should().Be("Đoàn Giám sát số 2 huyện Thường Tín");
        var match = Parse(name, Before);
        ShouldResolve(match, OrganizationKind.SupervisionDelegation, "279");
        match.Number.Should().Be(2);
        match.ConvenerKind.Should().BeNull();
    }

    [Fact]
    public void A_delegation_shares_its_conveners_failure()
    {
        var match = Parse("Đoàn khảo sát Ban Dân vận Huyện ủy Thường Tín", new LocalDate(2026, 1, 1));
        match.Status.Should().Be(OrganizationNameStatus.NotValidOnDate);
        match.Kind.Should().Be(OrganizationKind.SurveyDelegation);
        match.ConvenerKind.Should().Be(OrganizationKind.DanVanCommission);
        match.Unit!.Code.Should().Be(Code("279"));
        match.SuggestedDate.Should().Be(new LocalDate(2025, 6, 30));
    }

    [Theory]
    [InlineData("Ban công tác Mặt trận thôn Đông, xã Quang Sơn, huyện Lập Thạch", OrganizationKind.FrontWorkBoard, "thôn Đông")]
    [InlineData("Chi bộ thôn Đông, xã Quang Sơn, huyện Lập Thạch", OrganizationKind.PartyCell, "thôn Đông")]
    [InlineData("Tổ hòa giải thôn Đông xã Quang Sơn huyện Lập Thạch", OrganizationKind.MediationTeam, "thôn Đông")]
    [InlineData("Tổ nhân dân tự quản số 2 thôn Đông, xã Quang Sơn, huyện Lập Thạch", OrganizationKind.SelfManagementGroup, "số 2 thôn Đông")]
    public void A_grassroots_body_with_its_commune_reads_with_the_locality_attached_to_the_commune(string text, OrganizationKind kind, string locality)
    {
        var match = Parse(text, Before);
        ShouldResolve(match, kind, "08764");
        match.Level.Should().Be(OrganizationLevel.Grassroots);
        match.Locality.Should().Be(locality);
    }

    [Fact]
    public void A_grassroots_body_named_by_its_village_alone_reads_within_its_commune()
    {
        var match = Parse("Ban công tác Mặt trận thôn Đông", Before, within: "08764");
        ShouldResolve(match, OrganizationKind.FrontWorkBoard, "08764");
        match.Locality.Should().Be("thôn Đông");

        // Within a district the commune is still unknown.
        Parse("Ban công tác Mặt trận thôn Đông", Before, within: "246").Status.Should().Be(OrganizationNameStatus.LocalityOnly);
    }

    [Fact]
    public void Added_bodies_are_found_by_number_locality_and_convener_and_by_their_own_names()
    {
        var registry = new OrganizationRegistryBuilder()
            .Add(new Organization(OrganizationId.Parse("01/inspection-delegation/2020-3"), "Đoàn Kiểm tra số 3 Thành ủy Hà Nội",
                parentId: OrganizationId.Parse("01/party-committee"), number: 3, validFrom: new LocalDate(2020, 3, 1), validUntil: new LocalDate(2020, 6, 30)))
            .Add(new Organization(OrganizationId.Parse("01/inspection-delegation/2020-4"), "Đoàn Kiểm tra số 4 UBND thành phố Hà Nội",
                parentId: OrganizationId.Parse("01/peoples-committee"), number: 4))
            .Add(new Organization(OrganizationId.Parse("08764/front-work-board/thon-dong"), "Ban công tác Mặt trận thôn Đông", locality: "thôn Đông"))
            .Add(new Organization(OrganizationId.Parse("01/survey-delegation/dac-biet"), "Tổ công tác đặc biệt của Thành ủy",
                parentId: OrganizationId.Parse("01/party-committee")))
            .Build();

        var delegation = registry.ParseName("Đoàn Kiểm tra số 3 Thành ủy Hà Nội", Before);
        delegation.Organization!.Id.ToString().Should().Be("01/inspection-delegation/2020-3");
        delegation.Number.Should().Be(3);

        // Out of its dates the name still reads, but there is no such body then.
        var later = registry.ParseName("Đoàn Kiểm tra số 3 Thành ủy Hà Nội", new LocalDate(2021, 1, 1));
        later.IsResolved.Should().BeTrue();
        later.Organization.Should().BeNull();

        // Another number, or another convener, is another body.
        registry.ParseName("Đoàn Kiểm tra số 5 Thành ủy Hà Nội", Before).Organization.Should().BeNull();
        registry.ParseName("Đoàn Kiểm tra số 4 Thành ủy Hà Nội", Before).Organization.Should().BeNull();
        registry.ParseName("Đoàn kiểm tra số 4 UBND TP Hà Nội", Before).Organization!.Id.ToString().Should().Be("01/inspection-delegation/2020-4");

        // A grassroots body the registry knows is placed in its commune by its name alone.
        var board = registry.ParseName("ban cong tac mat tran thon dong", Before);
        ShouldResolve(board, OrganizationKind.FrontWorkBoard, "08764");
        board.Organization!.Id.ToString().Should().Be("08764/front-work-board/thon-dong");
        board.Locality.Should().Be("thôn Đông");

        // A real name unlike the composed ones reads through the registry.
        var special = registry.ParseName("Tổ công tác đặc biệt của Thành ủy", Before);
        ShouldResolve(special, OrganizationKind.SurveyDelegation, "01");
        special.ConvenerKind.Should().Be(OrganizationKind.PartyCommittee);
        special.Convener!.Name.Should().Be("Thành ủy Hà Nội");
        Parse("Tổ công tác đặc biệt của Thành ủy", Before).Status.Should().Be(OrganizationNameStatus.Unrecognized);
    }

    [Fact]
    public void Two_added_bodies_of_one_name_in_different_units_are_ambiguous()
    {
        var registry = new OrganizationRegistryBuilder()
            .Add(new Organization(OrganizationId.Parse("01/front-work-board/thon-dong"), "Ban công tác Mặt trận thôn Đông", locality: "thôn Đông"))
            .Add(new Organization(OrganizationId.Parse("08764/front-work-board/thon-dong"), "Ban công tác Mặt trận thôn Đông", locality: "thôn Đông"))
            .Build();
        var match = registry.ParseName("Ban công tác Mặt trận thôn Đông", Before);
        match.Status.Should().Be(OrganizationNameStatus.Ambiguous);
        match.Alternatives.Select(u => u.Code).Should().BeEquivalentTo([Code("01"), Code("08764")]);
        registry.ParseName("Ban công tác Mặt trận thôn Đông", Before, Code("246")).Organization!.Id.ToString().Should().Be("08764/front-work-board/thon-dong");
    }
}
