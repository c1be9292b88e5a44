using DanVan.Domain.Organizations;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>Appointments on their own (DV3201–DV3205) and against each other in a registry (DV3206, DV3207).</summary>
public partial class OrganizationValidatorTest
{
    // Placeholder names, as Vietnamese forms use them: no real person's appointments are claimed here.
    private static readonly Person A = new("Nguyễn Văn A");
    private static readonly Person B = new("Trần Thị B");

    private static Appointment Appoint(Person person, string body, PostRole role, LocalDate? start = null, LocalDate? end = null, bool acting = false) =>
        new(person, Id(body), role, start, end, isActing: acting);

    private static ValidationResult Check(Appointment appointment, string path = "") => OrganizationValidator.Validate(appointment, Registry, path);

    [Fact]
    public void DV3201_an_appointment_to_a_body_the_registry_does_not_have()
    {
        var missing = Single(Check(Appoint(A, "01/inspection-delegation/none", PostRole.Head), "appointment"), "DV3201", "appointment.organization");
        missing.AttemptedValue.Should().Be("01/inspection-delegation/none");
        missing.EnglishMessage.Should().Be("Nguyễn Văn A: the body '01/inspection-delegation/none' is not in the registry.");
        missing.VietnameseMessage.Should().Be("Nguyễn Văn A: tổ chức '01/inspection-delegation/none' không có trong sổ đăng ký.");

        var wrongVersion = Single(Check(Appoint(A, "10183@2020-01-01/peoples-committee", PostRole.Head)), "DV3201", "organization");
        wrongVersion.GetArgument("hint").Should().StartWith(" Code 10183 has: Thị trấn Thường Tín (10183, until 2025-06-30)");
    }

    [Fact]
    public void DV3202_a_post_the_kind_does_not_have()
    {
        var issue = Single(Check(Appoint(A, "tw/politburo", PostRole.Head)), "DV3202", "role");
        issue.AttemptedValue.Should().Be("head");
        issue.EnglishMessage.Should().Be("Nguyễn Văn A: Politburo bodies have no head post; their posts are: Ủy viên.");
        issue.VietnameseMessage.Should().Be("Nguyễn Văn A: Bộ Chính trị không có chức vụ người đứng đầu; các chức vụ của tổ chức này là: Ủy viên.");

        Single(Check(Appoint(A, "01/party-standing-office", PostRole.Member)), "DV3202", "role").GetArgument("posts").Should().Be("—");
    }

    [Fact]
    public void DV3202_clean_twins_a_member_of_the_Politburo_and_the_head_of_a_district_Ban_Dan_van()
    {
        Check(Appoint(A, "tw/politburo", PostRole.Member)).Issues.Should().BeEmpty();
        Check(Appoint(A, "279/danvan-commission", PostRole.Head, new LocalDate(2015, 10, 1), LastDistrictDay)).Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV3203_a_period_that_ends_before_it_starts()
    {
        var issue = Single(Check(Appoint(A, "01/peoples-committee", PostRole.Head, new LocalDate(2020, 5, 1), new LocalDate(2020, 1, 1))), "DV3203", "end");
        issue.AttemptedValue.Should().Be("2020-01-01");
        issue.EnglishMessage.Should().Be("Nguyễn Văn A: the appointment ends on 2020-01-01, before it starts on 2020-05-01.");
        Check(Appoint(A, "01/peoples-committee", PostRole.Head, new LocalDate(2020, 5, 1), new LocalDate(2020, 5, 1))).Issues.Should().BeEmpty("one day is a period");
    }

    [Fact]
    public void DV3204_an_appointment_outside_the_bodys_life()
    {
        var late = Single(Check(Appoint(A, "279/danvan-commission", PostRole.Head, new LocalDate(2025, 8, 1), new LocalDate(2025, 12, 31))), "DV3204", "start");
        late.AttemptedValue.Should().Be("2025-08-01");
        late.EnglishMessage.Should().Be(
            "Nguyễn Văn A: the appointment as Trưởng Ban Dân vận Huyện ủy Thường Tín runs from 2025-08-01 to 2025-12-31, but Ban Dân vận Huyện ủy Thường Tín (279/danvan-commission) exists only until 2025-06-30.");
        late.VietnameseMessage.Should().Be(
            "Nguyễn Văn A: nhiệm vụ Trưởng Ban Dân vận Huyện ủy Thường Tín kéo dài từ ngày 2025-08-01 đến ngày 2025-12-31, nhưng Ban Dân vận Huyện ủy Thường Tín (279/danvan-commission) chỉ tồn tại đến ngày 2025-06-30.");

        Single(Check(Appoint(A, "279/danvan-commission", PostRole.Head, new LocalDate(2020, 1, 1), new LocalDate(2025, 12, 31))), "DV3204", "end")
            .AttemptedValue.Should().Be("2025-12-31");
        Single(Check(Appoint(A, "tw/propaganda-danvan-commission", PostRole.Head, new LocalDate(2025, 1, 1))), "DV3204", "start")
            .GetArgument("life").Should().Be("from 2025-02-03 onwards");
    }

    [Fact]
    public void DV3205_an_open_appointment_in_a_body_that_ended_is_a_warning()
    {
        var result = Check(Appoint(A, "279/danvan-commission", PostRole.Head, new LocalDate(2015, 10, 1)));
        var issue = Single(result, "DV3205", "end");
        result.IsValid.Should().BeTrue();
        issue.Severity.Should().Be(ValidationSeverity.Warning);
        issue.AttemptedValue.Should().BeNull();
        issue.EnglishMessage.Should().Be(
            "Nguyễn Văn A: Ban Dân vận Huyện ủy Thường Tín (279/danvan-commission) ended on 2025-06-30, but the appointment as Trưởng Ban Dân vận Huyện ủy Thường Tín has no end date; close it on 2025-06-30 or earlier.");
        Check(Appoint(A, "tw/propaganda-danvan-commission", PostRole.Head, new LocalDate(2025, 2, 3))).Issues.Should().BeEmpty("the body still exists");
    }

    [Fact]
    public void DV3206_two_people_heading_one_body_on_the_same_days()
    {
        var result = new OrganizationRegistryBuilder()
            .Add(Appoint(A, "01/peoples-committee", PostRole.Head, new LocalDate(2016, 1, 1), new LocalDate(2020, 5, 31)))
            .Add(Appoint(B, "01/peoples-committee", PostRole.Head, new LocalDate(2020, 5, 1)))
            .Validate();
        var issue = Single(result, "DV3206", "appointments[1]");
        issue.Severity.Should().Be(ValidationSeverity.Error);
        issue.AttemptedValue.Should().Be("Trần Thị B");
        issue.EnglishMessage.Should().Be(
            "Chủ tịch Ủy ban nhân dân thành phố Hà Nội: Trần Thị B (from 2020-05-01 with no end date) and Nguyễn Văn A (from 2016-01-01 to 2020-05-31, appointments[0]) both hold it from 2020-05-01 to 2020-05-31; one person holds this post at a time.");
        issue.VietnameseMessage.Should().Be(
            "Chủ tịch Ủy ban nhân dân thành phố Hà Nội: Trần Thị B (từ ngày 2020-05-01, không có ngày kết thúc) và Nguyễn Văn A (từ ngày 2016-01-01 đến ngày 2020-05-31, appointments[0]) cùng giữ chức vụ từ ngày 2020-05-01 đến ngày 2020-05-31; mỗi thời điểm chỉ một người giữ chức vụ này.");
    }

    [Fact]
    public void DV3206_an_acting_holder_overlapping_a_substantive_one_is_still_two_holders()
    {
        var result = new OrganizationRegistryBuilder()
            .Add(Appoint(A, "279/peoples-committee", PostRole.Head, new LocalDate(2016, 1, 1), new LocalDate(2020, 5, 31)))
            .Add(Appoint(B, "279/peoples-committee", PostRole.Head, new LocalDate(2020, 3, 1), new LocalDate(2020, 9, 30), acting: true))
            .Validate();
        Single(result, "DV3206", "appointments[1]").GetArgument("shared").Should().Be("from 2020-03-01 to 2020-05-31");
    }

    [Fact]
    public void DV3206_the_earlier_starting_appointment_is_the_other_whatever_the_order_added()
    {
        var result = new OrganizationRegistryBuilder()
            .Add(Appoint(B, "01/peoples-committee", PostRole.StandingDeputyHead, new LocalDate(2020, 5, 1)))
            .Add(Appoint(A, "01/peoples-committee", PostRole.StandingDeputyHead, new LocalDate(2016, 1, 1), new LocalDate(2020, 5, 31)))
            .Validate();
        var issue = Single(result, "DV3206", "appointments[0]");
        issue.GetArgument("otherPath").Should().Be("appointments[1]");
        issue.GetArgument("post").Should().Be("Phó Chủ tịch Thường trực Ủy ban nhân dân thành phố Hà Nội");
    }

    [Fact]
    public void DV3206_clean_twins_successive_heads_and_overlapping_deputies_and_members()
    {
        new OrganizationRegistryBuilder()
            .Add(Appoint(A, "01/peoples-committee", PostRole.Head, new LocalDate(2016, 1, 1), new LocalDate(2020, 4, 30)))
            .Add(Appoint(B, "01/peoples-committee", PostRole.Head, new LocalDate(2020, 5, 1)))
            .Add(Appoint(A, "01/peoples-committee", PostRole.DeputyHead, new LocalDate(2010, 1, 1), new LocalDate(2015, 12, 31)))
            .Add(Appoint(B, "01/peoples-committee", PostRole.DeputyHead, new LocalDate(2012, 1, 1), new LocalDate(2020, 4, 30)))
            .Add(Appoint(A, "tw/politburo", PostRole.Member))
            .Add(Appoint(B, "tw/politburo", PostRole.Member))
            .Validate().Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV3206_a_third_holder_hidden_behind_a_long_appointment_of_the_same_person_is_found()
    {
        // A holds the post 2010–2020 and again (a duplicate) 2015–2016; B's 2015 term overlaps A's first one.
        var result = new OrganizationRegistryBuilder()
            .Add(Appoint(A, "01/peoples-committee", PostRole.Head, new LocalDate(2010, 1, 1), new LocalDate(2020, 12, 31)))
            .Add(Appoint(A, "01/peoples-committee", PostRole.Head, new LocalDate(2015, 1, 1), new LocalDate(2016, 12, 31)))
            .Add(Appoint(B, "01/peoples-committee", PostRole.Head, new LocalDate(2015, 6, 1), new LocalDate(2015, 7, 31)))
            .Validate();
        result.Issues.Select(i => (i.Code.ToString(), i.Path, i.GetArgument("otherPath"))).Should().BeEquivalentTo(
        [
            ("DV3206", "appointments[2]", "appointments[0]"),
            ("DV3207", "appointments[1]", "appointments[0]"),
        ]);
    }

    [Fact]
    public void DV3207_the_same_person_appointed_twice_to_one_post_over_the_same_days_is_a_warning()
    {
        var result = new OrganizationRegistryBuilder()
            .Add(Appoint(A, "279/danvan-commission", PostRole.Member, new LocalDate(2015, 10, 1), new LocalDate(2020, 10, 1)))
            .Add(Appoint(A, "279/danvan-commission", PostRole.Member, new LocalDate(2020, 10, 1), LastDistrictDay))
            .Validate();
        var issue = Single(result, "DV3207", "appointments[1]");
        result.IsValid.Should().BeTrue();
        issue.Severity.Should().Be(ValidationSeverity.Warning);
        issue.EnglishMessage.Should().Be(
            "Nguyễn Văn A is appointed twice as Ủy viên Ban Dân vận Huyện ủy Thường Tín: from 2020-10-01 to 2025-06-30 and from 2015-10-01 to 2020-10-01 (appointments[0]) overlap.");
    }

    [Fact]
    public void DV3207_clean_twin_a_renewal_from_the_next_day_and_the_same_name_told_apart_by_identifier()
    {
        new OrganizationRegistryBuilder()
            .Add(Appoint(A, "279/danvan-commission", PostRole.Head, new LocalDate(2015, 10, 1), new LocalDate(2020, 9, 30)))
            .Add(Appoint(A, "279/danvan-commission", PostRole.Head, new LocalDate(2020, 10, 1), LastDistrictDay))
            .Add(Appoint(new Person("Nguyễn Văn A", "p-1"), "279/danvan-commission", PostRole.Member, new LocalDate(2015, 10, 1), LastDistrictDay))
            .Add(Appoint(new Person("Nguyễn Văn A", "p-2"), "279/danvan-commission", PostRole.Member, new LocalDate(2015, 10, 1), LastDistrictDay))
            .Validate().Issues.Should().BeEmpty();
    }

    [Fact]
    public void A_concurrent_appointment_kiem_is_checked_like_any_other()
    {
        var kiem = new Appointment(A, Id("279/fatherland-front-committee"), PostRole.Head, new LocalDate(2015, 10, 1), LastDistrictDay, isConcurrent: true);
        new OrganizationRegistryBuilder()
            .Add(Appoint(A, "279/danvan-commission", PostRole.Head, new LocalDate(2015, 10, 1), LastDistrictDay))
            .Add(kiem)
            .Validate().Issues.Should().BeEmpty();
    }
}
