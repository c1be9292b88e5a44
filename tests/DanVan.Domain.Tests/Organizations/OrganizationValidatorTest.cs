using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>
/// OrganizationValidator on one body: the kind at its level and on its dates (DV3101–DV3103) and the unit version in its
/// identifier (DV3104, DV3105). Each rule has a failing case with its exact codes and paths, and a clean twin.
/// </summary>
public partial class OrganizationValidatorTest
{
    private static readonly OrganizationRegistry Registry = OrganizationRegistry.Default;
    private static readonly AdministrativeCatalog Catalog = AdministrativeCatalog.Default;
    private static readonly LocalDate Day2020 = new(2020, 3, 26);
    private static readonly LocalDate LastDistrictDay = new(2025, 6, 30);
    private static readonly LocalDate Reform = new(2025, 7, 1);

    // Codes checked against the catalog where they are used: Hà Nội 01, Huyện Thường Tín 279 (until 2025-06-30), Xã Ninh
    // Sở 10186 in it (until 2025-06-30), Thị trấn Thường Tín 10183 (until 2025-06-30) then Xã Thường Tín
    // 10183@2025-07-01 in Hà Nội, Tỉnh Vĩnh Phúc 26 (until 2025-06-30).
    private static OrganizationId Id(string text) => OrganizationId.Parse(text, null);

    private static AdministrativeUnit UnitOn(string code, LocalDate date) => Catalog.Find(UnitCode.Parse(code, null), date)!;

    private static Organization Body(
        string id, string name = "Tên thử", string? parent = null, string? supervisor = null, LocalDate? from = null, LocalDate? until = null,
        int? number = null, string? locality = null, IEnumerable<OrganizationEvent>? events = null) =>
        new(Id(id), name, parentId: parent is null ? null : Id(parent), supervisorId: supervisor is null ? null : Id(supervisor),
            validFrom: from, validUntil: until, number: number, locality: locality, events: events);

    private static ValidationResult Check(Organization body, string path = "") => OrganizationValidator.Validate(body, Registry, path);

    // The single issue, with its messages filled in both languages and the body's identifier as first argument.
    private static ValidationIssue Single(ValidationResult result, string code, string path)
    {
        var issue = result.Issues.Should().ContainSingle().Which;
        issue.Code.ToString().Should().Be(code);
        issue.Path.Should().Be(path);
        ShouldBeFilledIn(issue);
        return issue;
    }

    private static void ShouldBeFilledIn(ValidationIssue issue)
    {
        issue.EnglishMessage.Should().NotContain("{").And.NotContain("}");
        issue.VietnameseMessage.Should().NotContain("{").And.NotContain("}");
        issue.VietnameseMessage.Should().NotBe(issue.EnglishMessage);
    }

    [Fact]
    public void The_codes_used_here_are_what_the_tests_take_them_for()
    {
        UnitOn("01", Day2020).FullName.Should().Be("Thành phố Hà Nội");
        UnitOn("01", Reform).ValidFrom.Should().BeNull("Hà Nội keeps one version across the reform");
        UnitOn("279", Day2020).FullName.Should().Be("Huyện Thường Tín");
        UnitOn("279", Day2020).ValidUntil.Should().Be(LastDistrictDay);
        UnitOn("10186", Day2020).FullName.Should().Be("Xã Ninh Sở");
        UnitOn("10186", Day2020).ParentCode.Should().Be(UnitCode.Parse("279", null));
        UnitOn("10186", Day2020).ValidUntil.Should().Be(LastDistrictDay);
        UnitOn("10183", Day2020).FullName.Should().Be("Thị trấn Thường Tín");
        UnitOn("10183", Reform).FullName.Should().Be("Xã Thường Tín");
        UnitOn("10183", Reform).ValidFrom.Should().Be(Reform);
        UnitOn("10183", Reform).ParentCode.Should().Be(UnitCode.Parse("01", null));
        UnitOn("26", Day2020).FullName.Should().Be("Tỉnh Vĩnh Phúc");
        Catalog.Find(UnitCode.Parse("26", null), Reform).Should().BeNull();
    }

    [Fact]
    public void DV3101_a_kind_at_a_level_where_it_never_exists()
    {
        var cell = Single(Check(Body("279/party-cell/so-1", parent: "279/party-committee")), "DV3101", "id");
        cell.Severity.Should().Be(ValidationSeverity.Error);
        cell.AttemptedValue.Should().Be("279/party-cell/so-1");
        cell.EnglishMessage.Should().Be("279/party-cell/so-1: there is no Party Cell at district level; the kind exists only at grassroots level (on a commune code).");
        cell.VietnameseMessage.Should().Be("279/party-cell/so-1: không có chi bộ ở cấp huyện; chi bộ chỉ có ở cấp cơ sở (thôn, tổ dân phố).");

        var politburo = Single(Check(Body("01/politburo"), "body"), "DV3101", "body.id");
        politburo.EnglishMessage.Should().Be("01/politburo: there is no Politburo at province level; the kind exists only at central level.");

        var committee = Single(Check(Body("tw/party-committee")), "DV3101", "id");
        committee.GetArgument("levels").Should().Be("province, district and commune levels");
        committee.GetArgument("levelsVi").Should().Be("cấp tỉnh, cấp huyện và cấp xã");
    }

    [Fact]
    public void DV3101_clean_twins_a_chi_bo_on_a_commune_code_and_a_central_politburo()
    {
        Check(Body("10186/party-cell/so-1", parent: "10186/party-committee")).Issues.Should().BeEmpty();
        Check(Body("tw/politburo", parent: "tw/central-committee")).Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV3102_the_central_ban_dan_van_after_the_merger_is_an_error_with_its_successor_named()
    {
        var issue = Single(Check(Body("tw/danvan-commission", parent: "tw/central-committee", until: new LocalDate(2025, 6, 30))), "DV3102", "validUntil");
        issue.Severity.Should().Be(ValidationSeverity.Error);
        issue.AttemptedValue.Should().Be("2025-06-30");
        issue.EnglishMessage.Should().Be(
            "tw/danvan-commission: at central level the kind Mass Mobilization Commission exists only until 2025-02-02, but the body runs until 2025-06-30 with no start date." +
            " From 2025-02-03 the Propaganda and Mass Mobilization Commission took over at this level.");
        issue.VietnameseMessage.Should().Be(
            "tw/danvan-commission: ở cấp trung ương, Ban Dân vận chỉ tồn tại đến ngày 2025-02-02, nhưng tổ chức này hoạt động đến ngày 2025-06-30, không có ngày bắt đầu." +
            " Từ ngày 2025-02-03, Ban Tuyên giáo và Dân vận đảm nhiệm ở cấp này.");

        // No end date at all claims it still exists.
        var open = Single(Check(Body("tw/danvan-commission", parent: "tw/central-committee")), "DV3102", "validUntil");
        open.AttemptedValue.Should().BeNull();
        open.GetArgument("life").Should().Be("with no dates");
    }

    [Fact]
    public void DV3102_the_merged_commission_before_the_merger_names_both_predecessors()
    {
        var issue = Single(Check(Body("tw/propaganda-danvan-commission", parent: "tw/central-committee", from: new LocalDate(2025, 1, 15))), "DV3102", "validFrom");
        issue.EnglishMessage.Should().EndWith(
            "exists only from 2025-02-03 onwards, but the body runs from 2025-01-15 with no end date. Before 2025-02-03 that work was done by the Mass Mobilization Commission and the Propaganda and Education Commission.");
        issue.VietnameseMessage.Should().EndWith("Trước ngày 2025-02-03, công việc này do Ban Dân vận và Ban Tuyên giáo đảm nhiệm.");
    }

    [Fact]
    public void DV3102_clean_twins_the_central_commissions_on_their_own_sides_of_the_merger()
    {
        Check(Body("tw/danvan-commission", parent: "tw/central-committee", until: new LocalDate(2025, 2, 2))).Issues.Should().BeEmpty();
        Check(Body("tw/propaganda-danvan-commission", parent: "tw/central-committee", from: new LocalDate(2025, 2, 3))).Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV3102_and_DV3105_a_district_delegation_dated_after_the_district_level_ended()
    {
        var delegation = Body("279/inspection-delegation/2025-1", parent: "279/party-committee", number: 1, from: new LocalDate(2025, 7, 5));
        var result = Check(delegation, "delegation");
        result.IsValid.Should().BeFalse();
        result.Issues.Select(i => (i.Code.ToString(), i.Path)).Should().Equal(("DV3102", "delegation.validFrom"), ("DV3105", "delegation.validFrom"));
        result.Issues[0].EnglishMessage.Should().Be(
            "279/inspection-delegation/2025-1: at district level the kind Inspection Delegation exists only until 2025-06-30, but the body runs from 2025-07-05 with no end date." +
            " The district level ended on 2025-06-30; local government has two levels from 2025-07-01.");
        result.Issues[1].EnglishMessage.Should().Be(
            "279/inspection-delegation/2025-1: Huyện Thường Tín (279) exists until 2025-06-30, but the body runs from 2025-07-05 with no end date.");
        result.Issues[1].VietnameseMessage.Should().Be(
            "279/inspection-delegation/2025-1: Huyện Thường Tín (279) chỉ tồn tại đến ngày 2025-06-30, nhưng tổ chức này hoạt động từ ngày 2025-07-05, không có ngày kết thúc.");
        foreach (var issue in result.Issues)
        {
            issue.AttemptedValue.Should().Be("2025-07-05");
            ShouldBeFilledIn(issue);
        }
    }

    [Fact]
    public void DV3102_clean_twin_the_same_delegation_before_the_reform()
    {
        Check(Body("279/inspection-delegation/2025-1", parent: "279/party-committee", number: 1, from: new LocalDate(2025, 5, 5), until: new LocalDate(2025, 5, 30)))
            .Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV3102_a_commune_bloc_for_a_unit_version_that_starts_after_blocs_ended()
    {
        // No dates: the body takes its unit version's, which start on 2025-07-01, after the khối dân vận ended.
        var issue = Single(Check(Body("10183@2025-07-01/danvan-bloc", parent: "10183@2025-07-01/party-committee")), "DV3102", "validFrom");
        issue.AttemptedValue.Should().BeNull();
        issue.GetArgument("life").Should().Be("from 2025-07-01 with no end date");
        issue.GetArgument("period").Should().Be("until 2025-06-30");
    }

    [Fact]
    public void DV3103_a_provincial_merged_commission_without_a_start_date_is_a_warning()
    {
        var result = Check(Body("26/propaganda-danvan-commission", parent: "26/party-committee"));
        var issue = Single(result, "DV3103", "validFrom");
        issue.Severity.Should().Be(ValidationSeverity.Warning);
        result.IsValid.Should().BeTrue();
        issue.EnglishMessage.Should().Be(
            "26/propaganda-danvan-commission: at province level the kind Propaganda and Mass Mobilization Commission exists only from 2025-03-01, but the body has no start date; give the day it was set up.");
        issue.VietnameseMessage.Should().Be(
            "26/propaganda-danvan-commission: ở cấp tỉnh, Ban Tuyên giáo và Dân vận chỉ có từ ngày 2025-03-01, nhưng tổ chức này không ghi ngày bắt đầu; hãy ghi ngày thành lập.");
    }

    [Fact]
    public void DV3103_clean_twin_with_the_start_date()
    {
        Check(Body("26/propaganda-danvan-commission", parent: "26/party-committee", from: new LocalDate(2025, 3, 1))).Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV3104_an_identifier_naming_a_unit_version_the_catalog_lacks_lists_the_versions()
    {
        var wrongDay = Single(Check(Body("10183@2020-01-01/party-committee", parent: "279/party-committee")), "DV3104", "id");
        wrongDay.AttemptedValue.Should().Be("10183@2020-01-01/party-committee");
        wrongDay.EnglishMessage.Should().Be(
            "10183@2020-01-01/party-committee: the catalog has no version of unit 10183 starting on 2020-01-01." +
            " Code 10183 has: Thị trấn Thường Tín (10183, until 2025-06-30); Xã Thường Tín (10183@2025-07-01, from 2025-07-01 onwards).");
        wrongDay.VietnameseMessage.Should().Be(
            "10183@2020-01-01/party-committee: danh mục không có phiên bản nào của đơn vị 10183 bắt đầu từ ngày 2020-01-01." +
            " Mã 10183 có: Thị trấn Thường Tín (10183, đến ngày 2025-06-30); Xã Thường Tín (10183@2025-07-01, từ ngày 2025-07-01 đến nay).");

        Catalog.Versions(UnitCode.Parse("98", null)).Should().BeEmpty();
        var never = Single(Check(Body("98/party-committee")), "DV3104", "id");
        never.EnglishMessage.Should().Be("98/party-committee: the catalog has no version of unit 98 with an open start. The catalog has never had code 98.");
    }

    [Fact]
    public void DV3104_clean_twins_both_versions_of_a_reused_code()
    {
        Check(Body("10183/party-committee", parent: "279/party-committee")).Issues.Should().BeEmpty();
        Check(Body("10183@2025-07-01/party-committee", parent: "01/party-committee")).Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV3105_a_body_dated_outside_its_unit_version()
    {
        var late = Single(Check(Body("10186/party-cell/so-1", parent: "10186/party-committee", until: new LocalDate(2025, 12, 31))), "DV3105", "validUntil");
        late.AttemptedValue.Should().Be("2025-12-31");
        late.EnglishMessage.Should().Be("10186/party-cell/so-1: Xã Ninh Sở (10186) exists until 2025-06-30, but the body runs until 2025-12-31 with no start date.");

        var early = Single(Check(Body("10183@2025-07-01/party-cell/so-1", parent: "10183@2025-07-01/party-committee", from: new LocalDate(2025, 1, 1))), "DV3105", "validFrom");
        early.GetArgument("period").Should().Be("from 2025-07-01 onwards");
        early.GetArgument("periodVi").Should().Be("từ ngày 2025-07-01 đến nay");
    }

    [Fact]
    public void DV3105_clean_twin_dates_inside_the_unit_version_and_an_open_end_read_as_ending_with_the_unit()
    {
        Check(Body("10186/party-cell/so-1", parent: "10186/party-committee", from: new LocalDate(2010, 1, 1), until: LastDistrictDay)).Issues.Should().BeEmpty();
        Check(Body("10186/party-cell/so-1", parent: "10186/party-committee", from: new LocalDate(2010, 1, 1))).Issues.Should().BeEmpty();
    }
}
