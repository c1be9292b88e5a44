using DanVan.Domain.Administration;

namespace DanVan.Domain.Tests.Administration;

public partial class AddressParsingTest
{
    [Fact]
    public void A_commune_not_under_the_given_district_is_inconsistent_not_silently_accepted()
    {
        var match = Catalog.ParseAddress("Xã Quang Sơn, huyện Thường Tín, Hà Nội", OldState);
        match.Status.Should().Be(AddressMatchStatus.Inconsistent);
        Codes(match).Should().Equal("01", "279");
        match.Unmatched.Should().Equal("Xã Quang Sơn");
        var issue = match.Issues.Should().ContainSingle().Subject;
        issue.Code.ToString().Should().Be("DV2204");
        issue.IsError.Should().BeTrue();
        issue.EnglishMessage.Should().StartWith("'Xã Quang Sơn' is not in Huyện Thường Tín on 2025-06-30: that name belongs to Xã Quang Sơn,")
            .And.Contain("Xã Quang Sơn, Huyện Lập Thạch, Tỉnh Vĩnh Phúc");
        issue.VietnameseMessage.Should().StartWith("'Xã Quang Sơn' không thuộc Huyện Thường Tín vào ngày 2025-06-30: tên này là của ");
        ShouldBeAChain(match);
    }

    [Fact]
    public void A_name_without_its_kind_that_is_not_under_the_district_is_partial_and_says_where_that_name_is()
    {
        var match = Catalog.ParseAddress("Quang Sơn, Thường Tín, Hà Nội", OldState);
        match.Status.Should().Be(AddressMatchStatus.PartiallyResolved);
        Codes(match).Should().Equal("01", "279");
        var issue = match.Issues.Should().ContainSingle().Subject;
        issue.Code.ToString().Should().Be("DV2203");
        issue.EnglishMessage.Should().Contain("A unit of that name is Xã Quang Sơn,").And.Contain("Huyện Lập Thạch");
    }

    [Fact]
    public void An_unknown_commune_in_a_known_district_is_partially_resolved_with_a_DV2203_warning()
    {
        var match = Catalog.ParseAddress("Phường XYZ, Quận 1, TP HCM", OldState);
        match.Status.Should().Be(AddressMatchStatus.PartiallyResolved);
        Codes(match).Should().Equal("79", "760");
        match.Unmatched.Should().Equal("Phường XYZ");
        var issue = match.Issues.Should().ContainSingle().Subject;
        issue.Code.ToString().Should().Be("DV2203");
        issue.IsError.Should().BeFalse();
        issue.EnglishMessage.Should().Be("'Phường XYZ' names no unit of Quận 1 on 2025-06-30; it is kept as unmatched text.");
        issue.VietnameseMessage.Should().Be("'Phường XYZ' không phải là đơn vị hành chính thuộc Quận 1 vào ngày 2025-06-30; phần này được giữ lại là phần không khớp.");
    }

    [Fact]
    public void A_bare_number_is_a_house_number_not_a_ward()
    {
        var match = Catalog.ParseAddress("Số 5, Quận 3, TP HCM", OldState);
        match.Status.Should().Be(AddressMatchStatus.PartiallyResolved);
        match.Unit!.FullName.Should().Be("Quận 3");
        match.Unmatched.Should().Equal("Số 5");
    }

    [Fact]
    public void A_ward_number_several_districts_share_is_ambiguous_with_its_candidates()
    {
        var match = Catalog.ParseAddress("Phường 15, TP HCM", OldState);
        match.Status.Should().Be(AddressMatchStatus.Ambiguous);
        Codes(match).Should().Equal("79");
        match.Candidates.Should().HaveCount(7).And.OnlyContain(c => c.Unit.FullName == "Phường 15" && c.MatchKind == UnitMatchKind.Exact);
        match.Candidates.Select(c => Catalog.Parent(c.Unit, OldState)!.FullName).Should().Contain(["Quận 11", "Quận 10", "Quận Gò Vấp"]);
        var issue = match.Issues.Should().ContainSingle().Subject;
        issue.Code.ToString().Should().Be("DV2202");
        issue.EnglishMessage.Should().StartWith("'Phường 15' matches 7 units in Thành phố Hồ Chí Minh on 2025-06-30: Phường 15, Quận ");
        issue.VietnameseMessage.Should().StartWith("'Phường 15' ứng với 7 đơn vị thuộc Thành phố Hồ Chí Minh vào ngày 2025-06-30: ");
    }

    [Fact]
    public void A_part_without_context_that_names_units_of_one_level_is_ambiguous_nationwide()
    {
        var match = Catalog.ParseAddress("Xã Quang Sơn", OldState);
        match.Status.Should().Be(AddressMatchStatus.Ambiguous);
        match.Units.Should().BeEmpty();
        match.Candidates.Should().HaveCountGreaterThan(3);
        match.Issues.Single().EnglishMessage.Should().Contain("nationwide");
    }

    [Fact]
    public void Initials_two_provinces_share_are_ambiguous_and_do_not_send_the_reader_to_another_date()
    {
        var old = Catalog.ParseAddress("HN", OldState);
        old.Status.Should().Be(AddressMatchStatus.Ambiguous);
        old.Candidates.Select(c => c.Unit.Name).Should().Equal("Hà Nội", "Hà Nam");
        old.SuggestedDate.Should().BeNull();
        Codes(Catalog.ParseAddress("HN")).Should().Equal("01");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("asdf qwer")]
    [InlineData("Quận")]
    public void Text_that_names_no_unit_is_not_found(string? text)
    {
        var match = Catalog.ParseAddress(text, OldState);
        match.Status.Should().Be(AddressMatchStatus.NotFound);
        match.Units.Should().BeEmpty();
        match.Unit.Should().BeNull();
        match.Text.Should().Be(text ?? string.Empty);
        var issue = match.Issues.Should().ContainSingle().Subject;
        issue.Code.ToString().Should().Be("DV2201");
        issue.EnglishMessage.Should().Be($"No administrative unit valid on 2025-06-30 was found in '{text}'.");
    }

    [Fact]
    public void A_kind_named_in_the_text_never_matches_a_unit_of_another_level()
    {
        // On 2026-04-30 there is no Tỉnh Vĩnh Phúc, but there is a Phường Vĩnh Phúc: it must not be taken for the province.
        var match = Catalog.ParseAddress("tỉnh Vĩnh Phúc", State2026);
        match.Units.Should().BeEmpty();
        match.Status.Should().Be(AddressMatchStatus.ValidOnOtherDate);
    }
}
