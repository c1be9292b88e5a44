using DanVan.Domain.Validation;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>Fields that mean nothing for the kind (DV3115) and a second body of a standing kind (DV3116): warnings.</summary>
public partial class OrganizationValidatorTest
{
    [Fact]
    public void DV3115_a_number_on_a_body_that_is_not_a_delegation()
    {
        var result = Check(Body("01/party-committee", "Thành ủy Hà Nội", parent: "tw/central-committee", number: 3));
        var issue = Single(result, "DV3115", "number");
        result.IsValid.Should().BeTrue();
        issue.Severity.Should().Be(ValidationSeverity.Warning);
        issue.AttemptedValue.Should().Be("3");
        issue.EnglishMessage.Should().Be("01/party-committee: a number applies only to delegations, as in Đoàn Kiểm tra số 3; Party Committee bodies have none.");
        issue.VietnameseMessage.Should().Be("01/party-committee: số hiệu chỉ dùng cho các đoàn công tác, như Đoàn Kiểm tra số 3; cấp ủy không có thông tin này.");
    }

    [Fact]
    public void DV3115_a_locality_on_a_body_that_is_not_a_grassroots_one()
    {
        var issue = Single(Check(Body("01/peoples-committee", "Ủy ban nhân dân thành phố Hà Nội", parent: "tw/government", locality: "thôn 1")), "DV3115", "locality");
        issue.AttemptedValue.Should().Be("thôn 1");
        issue.GetArgument("field").Should().Be("a locality");
    }

    [Fact]
    public void DV3115_clean_twins_a_numbered_delegation_and_a_grassroots_board_with_its_locality()
    {
        Check(Body("01/inspection-delegation/2020-3", parent: "01/party-committee", number: 3)).Issues.Should().BeEmpty();
        Check(Body("10186/front-work-board/thon-1", "Ban công tác Mặt trận thôn 1", parent: "10186/fatherland-front-committee", locality: "thôn 1"))
            .Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV3116_a_second_body_of_a_kind_every_unit_has_one_of()
    {
        var issue = Single(Check(Body("01/party-committee/second", parent: "tw/central-committee")), "DV3116", "id");
        issue.Severity.Should().Be(ValidationSeverity.Warning);
        issue.EnglishMessage.Should().Be(
            "01/party-committee/second: every unit has exactly one Party Committee at province level, which the registry provides as 01/party-committee; the local part 'second' names another one.");
        issue.VietnameseMessage.Should().Be(
            "01/party-committee/second: mỗi đơn vị chỉ có đúng một cấp ủy ở cấp tỉnh, sổ đăng ký đã có là 01/party-committee; phần riêng 'second' tạo thêm một tổ chức khác.");
    }

    [Fact]
    public void DV3116_clean_twin_several_boards_of_a_kind_set_up_where_needed()
    {
        Check(Body("10186/peoples-inspection-board/a", parent: "10186/fatherland-front-committee")).Issues.Should().BeEmpty();
    }
}
