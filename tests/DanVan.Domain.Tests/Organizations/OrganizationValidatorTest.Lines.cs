using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>The body among others: parent, line, loops, supervisor and the bodies its events name (DV3106–DV3114, DV3117).</summary>
public partial class OrganizationValidatorTest
{
    [Fact]
    public void DV3106_a_delegation_without_its_convener()
    {
        var issue = Single(Check(Body("01/inspection-delegation/2020-3", number: 3)), "DV3106", "parentId");
        issue.Severity.Should().Be(ValidationSeverity.Error);
        issue.AttemptedValue.Should().BeNull();
        issue.EnglishMessage.Should().Be("01/inspection-delegation/2020-3: every Inspection Delegation needs a parent: the body that set it up.");
        issue.VietnameseMessage.Should().Be("01/inspection-delegation/2020-3: Đoàn kiểm tra phải có tổ chức cấp trên là cơ quan đã thành lập đoàn.");
    }

    [Fact]
    public void DV3106_clean_twin_Doan_Kiem_tra_so_3_Thanh_uy_Ha_Noi()
    {
        Check(Body("01/inspection-delegation/2020-3", "Đoàn Kiểm tra số 3 Thành ủy Hà Nội", parent: "01/party-committee", number: 3)).Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV3107_a_parent_supervisor_successor_or_superior_the_registry_does_not_have()
    {
        var parent = Single(Check(Body("01/inspection-delegation/a", parent: "01/inspection-delegation/missing")), "DV3107", "parentId");
        parent.AttemptedValue.Should().Be("01/inspection-delegation/missing");
        parent.EnglishMessage.Should().Be(
            "01/inspection-delegation/a: its parent '01/inspection-delegation/missing' is not in the registry: it is neither built in, added, nor a standing body of a unit version in the catalog.");
        parent.VietnameseMessage.Should().StartWith("01/inspection-delegation/a: tổ chức cấp trên '01/inspection-delegation/missing' không có trong sổ đăng ký");

        // The identifier of Xã Thường Tín's Front committee without its '@2025-07-01' names the old Thị trấn's; the
        // hint gives both.
        var farmers = Registry.Find(Id("10183@2025-07-01/farmers-union"))!;
        var supervised = new Organization(farmers.Id, farmers.Name, parentId: farmers.ParentId, supervisorId: Id("10183@2020-01-01/fatherland-front-committee"));
        var supervisor = Single(Check(supervised), "DV3107", "supervisorId");
        supervisor.GetArgument("role").Should().Be("supervisor");
        supervisor.GetArgument("hint").Should().Be(
            " Code 10183 has: Thị trấn Thường Tín (10183, until 2025-06-30); Xã Thường Tín (10183@2025-07-01, from 2025-07-01 onwards).");

        var merged = new OrganizationEvent(OrganizationEventKind.MergedInto, new LocalDate(2021, 1, 1), [new OrganizationSuccessor(Id("01/inspection-delegation/next"), Coverage.Whole)]);
        var successor = Single(
            Check(Body("01/inspection-delegation/a", parent: "01/party-committee", until: new LocalDate(2020, 12, 31), events: [merged])),
            "DV3107", "events[0].successors[0]");
        successor.GetArgument("roleVi").Should().Be("tổ chức kế thừa");

        var moved = new OrganizationEvent(OrganizationEventKind.Resubordinated, new LocalDate(2020, 6, 1), superior: Id("01/inspection-delegation/other"));
        Single(Check(Body("01/inspection-delegation/a", parent: "01/party-committee", events: [moved])), "DV3107", "events[0].superior");
    }

    [Fact]
    public void DV3108_a_parent_that_does_not_exist_on_the_bodys_first_day()
    {
        var delegation = Body("tw/survey-delegation/2025-5", parent: "tw/danvan-commission", from: new LocalDate(2025, 5, 1), until: new LocalDate(2025, 5, 31));
        var issue = Single(Check(delegation), "DV3108", "parentId");
        issue.AttemptedValue.Should().Be("tw/danvan-commission");
        issue.EnglishMessage.Should().Be(
            "tw/survey-delegation/2025-5: its parent tw/danvan-commission (Ban Dân vận Trung ương) does not exist on 2025-05-01; it exists until 2025-02-02.");
        issue.VietnameseMessage.Should().Be(
            "tw/survey-delegation/2025-5: tổ chức cấp trên tw/danvan-commission (Ban Dân vận Trung ương) không tồn tại vào ngày 2025-05-01; tổ chức đó chỉ tồn tại đến ngày 2025-02-02.");

        // After the first day a successor may stand in: a survey set up in 2024 that never ended is under the merged
        // commission on the newest day the catalog knows.
        Check(Body("tw/survey-delegation/2024-5", parent: "tw/danvan-commission", from: new LocalDate(2024, 5, 1))).Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV3108_clean_twins_the_survey_before_the_merger_and_after_it_under_the_merged_commission()
    {
        Check(Body("tw/survey-delegation/2024-5", parent: "tw/danvan-commission", from: new LocalDate(2024, 5, 1), until: new LocalDate(2024, 5, 31))).Issues.Should().BeEmpty();
        Check(Body("tw/survey-delegation/2025-5", parent: "tw/propaganda-danvan-commission", from: new LocalDate(2025, 5, 1))).Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV3108_a_parent_carried_on_by_its_successor_is_not_an_issue()
    {
        // The catalog has a second version of province 75 from 2026-04-30; the first version's Party committee ends the
        // day before and its successor carries on, so a commune body that outlives it is still under a committee.
        var firstVersion = Catalog.Versions(UnitCode.Parse("75", null)).Single(v => v.ValidFrom == Reform);
        firstVersion.ValidUntil.Should().Be(new LocalDate(2026, 4, 29));
        var committee = Registry.Find(OrganizationId.For(OrganizationKind.PartyCommittee, firstVersion))!;
        committee.Successors.Select(s => s.Id.ToString()).Should().Equal("75@2026-04-30/party-committee");
        var commune = Catalog.Children(firstVersion, Reform).First(c => c.ValidUntil is null);

        var delegation = new Organization(
            OrganizationId.For(OrganizationKind.InspectionDelegation, commune, "x"), "Đoàn thử", parentId: committee.Id, validFrom: Reform);
        Check(delegation).Issues.Should().BeEmpty();

        // Without a successor the same parent is missing on the later day.
        var ended = new OrganizationRegistryBuilder().Add(new Organization(committee.Id, committee.Name, parentId: committee.ParentId, validFrom: Reform, validUntil: firstVersion.ValidUntil)).Build();
        var issue = OrganizationValidator.Validate(delegation, ended).Issues.Should().ContainSingle().Which;
        issue.Code.ToString().Should().Be("DV3108");
        issue.GetArgument("date").Should().Be(Catalog.NewestState.ToString("yyyy-MM-dd", null));
    }

    [Fact]
    public void DV3109_a_commune_committee_directly_under_Thanh_uy_Ha_Noi_in_2020_skips_the_district()
    {
        var dangUy = Body("10186/party-committee", "Đảng ủy xã Ninh Sở", parent: "01/party-committee", from: new LocalDate(2020, 1, 1), until: new LocalDate(2020, 12, 31));
        var issue = Single(Check(dangUy), "DV3109", "parentId");
        issue.Severity.Should().Be(ValidationSeverity.Error);
        issue.AttemptedValue.Should().Be("01/party-committee");
        issue.EnglishMessage.Should().Be(
            "10186/party-committee: on 2020-01-01 its parent 01/party-committee (Thành ủy Hà Nội) at province level skips a level: the next level up from the body's commune level is district level (Huyện Thường Tín).");
        issue.VietnameseMessage.Should().Be(
            "10186/party-committee: vào ngày 2020-01-01, tổ chức cấp trên 01/party-committee (Thành ủy Hà Nội) ở cấp tỉnh là vượt cấp: cấp liền trên cấp xã của tổ chức này là cấp huyện (Huyện Thường Tín).");
    }

    [Fact]
    public void DV3109_clean_twins_under_the_Huyen_uy_in_2020_and_under_the_Thanh_uy_after_2025_07_01()
    {
        Check(Body("10186/party-committee", "Đảng ủy xã Ninh Sở", parent: "279/party-committee", from: new LocalDate(2020, 1, 1), until: new LocalDate(2020, 12, 31)))
            .Issues.Should().BeEmpty();
        Check(Body("10183@2025-07-01/party-committee", "Đảng ủy xã Thường Tín", parent: "01/party-committee", from: Reform)).Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV3109_a_chi_bo_directly_under_the_Huyen_uy_skips_the_Dang_uy_xa()
    {
        var issue = Single(Check(Body("10186/party-cell/so-1", parent: "279/party-committee")), "DV3109", "parentId");
        issue.GetArgument("expected").Should().Be("commune level (Xã Ninh Sở)");
        issue.GetArgument("level").Should().Be("grassroots");
    }

    [Fact]
    public void DV3110_a_district_body_whose_parent_is_a_commune_body()
    {
        var issue = Single(Check(Body("279/inspection-delegation/x", parent: "10186/party-committee")), "DV3110", "parentId");
        issue.EnglishMessage.Should().Be(
            "279/inspection-delegation/x: its parent 10186/party-committee (Đảng ủy xã Ninh Sở) is at commune level, below the body's own district level; a parent is at the same level or the next one up.");
        issue.VietnameseMessage.Should().Be(
            "279/inspection-delegation/x: tổ chức cấp trên 10186/party-committee (Đảng ủy xã Ninh Sở) ở cấp xã, thấp hơn cấp huyện của chính tổ chức này; tổ chức cấp trên phải cùng cấp hoặc ở cấp liền trên.");
    }

    [Fact]
    public void DV3110_clean_twin_under_the_Huyen_uy()
    {
        Check(Body("279/inspection-delegation/x", parent: "279/party-committee")).Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV3111_a_district_body_under_another_provinces_committee()
    {
        var issue = Single(Check(Body("279/inspection-delegation/x", parent: "26/party-committee")), "DV3111", "parentId");
        issue.EnglishMessage.Should().Be(
            "279/inspection-delegation/x: on 2025-06-30 its parent 26/party-committee (Tỉnh ủy Vĩnh Phúc) serves Tỉnh Vĩnh Phúc, which is neither Huyện Thường Tín nor the unit directly above it (Thành phố Hà Nội).");
        issue.GetArgument("upperVi").Should().Be("Thành phố Hà Nội");

        // A province body under another province is off the line too, while one under the centre is not.
        Single(Check(Body("01/inspection-delegation/x", parent: "26/party-committee")), "DV3111", "parentId")
            .GetArgument("upper").Should().Be("the centre");
        Check(Body("01/inspection-delegation/x", parent: "tw/central-committee")).Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV3112_two_added_bodies_each_the_others_parent_are_reported_on_both()
    {
        var result = new OrganizationRegistryBuilder()
            .Add(Body("01/inspection-delegation/b", parent: "01/inspection-delegation/a"))
            .Add(Body("01/inspection-delegation/a", parent: "01/inspection-delegation/b"))
            .Add(Body("01/inspection-delegation/c", parent: "01/inspection-delegation/a"))
            .Validate();
        result.Issues.Select(i => (i.Code.ToString(), i.Path)).Should().Equal(
            ("DV3112", "organizations[0].parentId"), ("DV3112", "organizations[1].parentId"));
        result.Issues[0].EnglishMessage.Should().Be(
            "01/inspection-delegation/a: following its parents leads back to it: 01/inspection-delegation/a → 01/inspection-delegation/b → 01/inspection-delegation/a.");
        result.Issues[0].VietnameseMessage.Should().Be(
            "01/inspection-delegation/a: lần theo các tổ chức cấp trên lại quay về chính nó: 01/inspection-delegation/a → 01/inspection-delegation/b → 01/inspection-delegation/a.");
    }

    [Fact]
    public void DV3112_an_added_Thanh_uy_under_its_own_commission_closes_a_loop_with_the_materialised_body()
    {
        var registry = new OrganizationRegistryBuilder().Add(Body("01/party-committee", "Thành ủy Hà Nội", parent: "01/danvan-commission")).Build();
        var result = OrganizationValidator.Validate(registry);
        var issue = result.Issues.Should().ContainSingle().Which;
        issue.Code.ToString().Should().Be("DV3112");
        issue.GetArgument("chain").Should().Be("01/party-committee → 01/danvan-commission → 01/party-committee");
    }

    [Fact]
    public void DV3112_clean_twin_a_chain_of_added_bodies_that_ends_at_the_centre()
    {
        new OrganizationRegistryBuilder()
            .Add(Body("01/inspection-delegation/a", parent: "01/party-committee"))
            .Add(Body("01/inspection-delegation/b", parent: "01/inspection-delegation/a"))
            .Validate().Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV3113_a_party_commission_under_a_Peoples_Committee_and_a_mass_organization_under_the_Front_are_warnings()
    {
        var commission = Single(Check(Body("279/danvan-commission", "Ban Dân vận Huyện ủy Thường Tín", parent: "279/peoples-committee")), "DV3113", "parentId");
        commission.Severity.Should().Be(ValidationSeverity.Warning);
        commission.EnglishMessage.Should().Be(
            "279/danvan-commission: its parent 279/peoples-committee (Ủy ban nhân dân huyện Thường Tín, People's Committee) is not on the body's own line (Party bodies); a second superior goes in supervisorId.");

        var farmers = Single(Check(Body("279/farmers-union", "Hội Nông dân huyện Thường Tín", parent: "279/fatherland-front-committee")), "DV3113", "parentId");
        farmers.GetArgument("line").Should().Be("Farmers' Union bodies");
        farmers.GetArgument("lineVi").Should().Be("hệ thống Hội Nông dân");
    }

    [Fact]
    public void DV3113_clean_twins_the_commission_under_its_committee_and_the_union_under_the_union_above()
    {
        Check(Body("279/danvan-commission", "Ban Dân vận Huyện ủy Thường Tín", parent: "279/party-committee")).Issues.Should().BeEmpty();
        Check(Body("279/farmers-union", "Hội Nông dân huyện Thường Tín", parent: "01/farmers-union")).Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV3114_a_socio_political_body_after_2025_07_01_without_its_Front_supervisor()
    {
        var materialised = Registry.Find(Id("10183@2025-07-01/farmers-union"))!;
        materialised.SupervisorId.Should().Be(Id("10183@2025-07-01/fatherland-front-committee"));
        var unsupervised = new Organization(materialised.Id, materialised.Name, parentId: materialised.ParentId, validFrom: materialised.ValidFrom);
        var issue = Single(Check(unsupervised), "DV3114", "supervisorId");
        issue.Severity.Should().Be(ValidationSeverity.Warning);
        issue.EnglishMessage.Should().Be(
            "10183@2025-07-01/farmers-union: from 2025-07-01 the socio-political organizations come under the Vietnam Fatherland Front; give the Front committee of its level as supervisor.");

        Check(materialised).Issues.Should().BeEmpty();
        Check(Body("279/farmers-union", "Hội Nông dân huyện Thường Tín", parent: "01/farmers-union")).Issues.Should().BeEmpty("the district level ended before 2025-07-01");
    }

    [Fact]
    public void DV3108_a_supervisor_that_does_not_exist_when_the_supervision_starts()
    {
        var body = new Organization(
            Id("10183@2025-07-01/farmers-union"), "Hội Nông dân xã Thường Tín", parentId: Id("01/farmers-union"),
            supervisorId: Id("10183/fatherland-front-committee"), validFrom: Reform);
        var issue = Single(Check(body), "DV3108", "supervisorId");
        issue.GetArgument("role").Should().Be("supervisor");
        issue.GetArgument("date").Should().Be("2025-07-01");
    }

    [Fact]
    public void DV3117_events_dated_outside_the_bodys_life_are_warnings()
    {
        var founded = new OrganizationEvent(OrganizationEventKind.Established, new LocalDate(2020, 2, 1));
        var dissolved = new OrganizationEvent(OrganizationEventKind.Dissolved, new LocalDate(2020, 12, 31));
        var result = Check(Body("01/inspection-delegation/a", parent: "01/party-committee", from: new LocalDate(2020, 3, 1), until: new LocalDate(2020, 12, 31), events: [founded, dissolved]));
        result.IsValid.Should().BeTrue();
        result.Issues.Select(i => (i.Code.ToString(), i.Path, i.Severity)).Should().Equal(
            ("DV3117", "events[0].date", ValidationSeverity.Warning), ("DV3117", "events[1].date", ValidationSeverity.Warning));
        result.Issues[0].EnglishMessage.Should().Be(
            "01/inspection-delegation/a: the established event of 2020-02-01 does not fit the body's dates (from 2020-03-01 to 2020-12-31): a body is set up on its first day, 2020-03-01.");
        result.Issues[1].EnglishMessage.Should().EndWith("an event that ends the body takes effect on the day after its last day, 2021-01-01.");
        result.Issues[1].VietnameseMessage.Should().EndWith("sự kiện chấm dứt tổ chức có hiệu lực từ ngày sau ngày hoạt động cuối cùng, tức ngày 2021-01-01.");

        var openEnded = Check(Body("01/inspection-delegation/a", parent: "01/party-committee", events: [dissolved]));
        Single(openEnded, "DV3117", "events[0].date").GetArgument("reason").Should().Be("it ends the body, which has no end date");
    }

    [Fact]
    public void DV3117_clean_twin_events_on_the_first_day_and_the_day_after_the_last()
    {
        var founded = new OrganizationEvent(OrganizationEventKind.Established, new LocalDate(2020, 3, 1));
        var dissolved = new OrganizationEvent(OrganizationEventKind.Dissolved, new LocalDate(2021, 1, 1));
        Check(Body("01/inspection-delegation/a", parent: "01/party-committee", from: new LocalDate(2020, 3, 1), until: new LocalDate(2020, 12, 31), events: [founded, dissolved]))
            .Issues.Should().BeEmpty();
    }
}
