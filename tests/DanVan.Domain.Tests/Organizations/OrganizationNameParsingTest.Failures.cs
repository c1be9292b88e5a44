using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

public partial class OrganizationNameParsingTest
{
    private static readonly LocalDate Year2026 = new(2026, 1, 1);

    private static void ShouldFail(OrganizationNameMatch match, OrganizationNameStatus status, string code)
    {
        match.Status.Should().Be(status);
        match.IsResolved.Should().BeFalse();
        match.Organization.Should().BeNull();
        match.Issue.Should().NotBeNull();
        match.Issue!.Code.ToString().Should().Be(code);
        match.Issue.IsError.Should().Be(status != OrganizationNameStatus.LocalityOnly);
        match.Issue.EnglishMessage.Should().NotBeNullOrWhiteSpace();
        match.Issue.VietnameseMessage.Should().NotBeNullOrWhiteSpace().And.NotBe(match.Issue.EnglishMessage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t\n")]
    public void An_empty_name_is_unrecognized_with_DV3301(string? text)
    {
        var match = Registry.ParseName(text, Before);
        ShouldFail(match, OrganizationNameStatus.Unrecognized, "DV3301");
        match.Kind.Should().BeNull();
        match.Text.Should().Be(text ?? string.Empty);
        match.Issue!.EnglishMessage.Should().Be("An organization name is required.");
        match.Issue.VietnameseMessage.Should().Be("Bắt buộc phải có tên tổ chức.");
    }

    [Fact]
    public void A_text_too_long_for_a_name_is_unrecognized_with_DV3302()
    {
        ShouldFail(Registry.ParseName(new string('a', 513), Before), OrganizationNameStatus.Unrecognized, "DV3302");
        var words = string.Concat(Enumerable.Repeat("Ban ", 60));
        var match = Registry.ParseName(words, Before);
        ShouldFail(match, OrganizationNameStatus.Unrecognized, "DV3302");
        match.Issue!.EnglishMessage.Should().Be(
            "The text is 240 characters or 60 words long; an organization name has at most 512 characters and 48 words.");
    }

    [Theory]
    [InlineData("Foo bar")]
    [InlineData("Công ty TNHH Hòa Bình")]
    [InlineData("Kính gửi: UBND huyện Lập Thạch")]
    [InlineData("Thường Tín")]
    [InlineData("123")]
    public void A_text_that_starts_with_no_kind_is_unrecognized_with_DV3303(string text)
    {
        var match = Parse(text, Before);
        ShouldFail(match, OrganizationNameStatus.Unrecognized, "DV3303");
        match.Kind.Should().BeNull();
        match.Issue!.EnglishMessage.Should().Be(
            $"'{text}' does not start with the name of a body of the political system (such as Huyện ủy, Ban Dân vận, UBND, Ủy ban MTTQ, Đoàn Kiểm tra).");
    }

    [Theory]
    [InlineData("Ban Dân vận", OrganizationKind.DanVanCommission)]
    [InlineData("UBND", OrganizationKind.PeoplesCommittee)]
    [InlineData("Huyện ủy", OrganizationKind.PartyCommittee)]
    [InlineData("Hội Nông dân", OrganizationKind.FarmersUnion)]
    [InlineData("Đoàn Kiểm tra số 3", OrganizationKind.InspectionDelegation)]
    public void A_kind_without_a_unit_is_not_found_with_DV3304(string text, OrganizationKind kind)
    {
        var match = Parse(text, Before);
        ShouldFail(match, OrganizationNameStatus.NotFound, "DV3304");
        match.Kind.Should().Be(kind);
        match.Unit.Should().BeNull();
    }

    [Fact]
    public void A_unit_that_never_existed_is_not_found_with_DV3305()
    {
        var match = Parse("UBND huyện Không Có", Before);
        ShouldFail(match, OrganizationNameStatus.NotFound, "DV3305");
        match.Kind.Should().Be(OrganizationKind.PeoplesCommittee);
        match.Issue!.EnglishMessage.Should().Be(
            "No rural district named 'Không Có' was found on 2020-03-26 or on any other date of the administrative catalog.");
        match.Issue.VietnameseMessage.Should().Be(
            "Không tìm thấy huyện nào có tên 'Không Có' vào ngày 2020-03-26 hay vào ngày nào khác trong danh mục đơn vị hành chính.");

        var inDistrict = Parse("UBND phường Xyz, huyện Thường Tín", Before);
        ShouldFail(inDistrict, OrganizationNameStatus.NotFound, "DV3305");
        inDistrict.Issue!.EnglishMessage.Should().StartWith("No ward named 'Xyz' was found in Huyện Thường Tín, Thành phố Hà Nội on 2020-03-26");
    }

    [Fact]
    public void Same_named_communes_are_ambiguous_with_DV3306_and_within_their_district_resolve()
    {
        var match = Parse("UBND xã Quang Sơn", Before);
        ShouldFail(match, OrganizationNameStatus.Ambiguous, "DV3306");
        match.Kind.Should().Be(OrganizationKind.PeoplesCommittee);
        match.Level.Should().Be(OrganizationLevel.Commune);
        match.Unit.Should().BeNull();
        var expected = Registry.Catalog.AllAt(Before, AdministrativeLevel.Commune)
            .Where(u => u.Kind == AdministrativeUnitKind.Commune && u.Name == "Quang Sơn").Select(u => u.Code).ToList();
        expected.Should().Contain(Code("08764")).And.HaveCountGreaterThan(1);
        match.Alternatives.Select(u => u.Code).Should().BeEquivalentTo(expected);
        match.Issue!.EnglishMessage.Should().StartWith($"'xã Quang Sơn' matches {expected.Count} units on 2020-03-26: ")
            .And.Contain("Xã Quang Sơn, Huyện Lập Thạch, Tỉnh Vĩnh Phúc")
            .And.EndWith("Add the unit above it to the name (\"…, huyện Lập Thạch\") or read the name within it.");

        ShouldResolve(Parse("UBND xã Quang Sơn", Before, within: "246"), OrganizationKind.PeoplesCommittee, "08764");
        ShouldResolve(Parse("UBND xã Quang Sơn", Before, within: "26"), OrganizationKind.PeoplesCommittee, "08764");
    }

    [Fact]
    public void Huyen_uy_Thuong_Tin_after_the_district_level_ended_is_not_valid_on_the_date_with_DV3307()
    {
        var match = Parse("Huyện ủy Thường Tín", Year2026);
        ShouldFail(match, OrganizationNameStatus.NotValidOnDate, "DV3307");
        match.Kind.Should().Be(OrganizationKind.PartyCommittee);
        match.Level.Should().Be(OrganizationLevel.District);
        match.Unit!.Code.Should().Be(Code("279"));
        match.Unit.ValidUntil.Should().Be(new LocalDate(2025, 6, 30));
        match.SuggestedDate.Should().Be(new LocalDate(2025, 6, 30));
        match.Alternatives.Should().BeEmpty();
        match.Issue!.EnglishMessage.Should().Be(
            "'Huyện ủy Thường Tín' names Huyện Thường Tín, Thành phố Hà Nội, which did not exist on 2026-01-01 (it existed until 2025-06-30). " +
            "Bodies of this kind (Party Committee) at district level existed until 2025-06-30. Read the name as of 2025-06-30.");
        match.Issue.VietnameseMessage.Should().Be(
            "'Huyện ủy Thường Tín' là tên gắn với Huyện Thường Tín, Thành phố Hà Nội, đơn vị không tồn tại vào ngày 2026-01-01 " +
            "(đơn vị tồn tại đến ngày 2025-06-30). Cấp ủy cấp huyện tồn tại đến ngày 2025-06-30. Hãy đọc tên theo ngày 2025-06-30.");

        // Read as suggested, it resolves.
        ShouldResolve(Parse("Huyện ủy Thường Tín", match.SuggestedDate!.Value), OrganizationKind.PartyCommittee, "279");
    }

    [Fact]
    public void A_commission_of_a_province_that_merged_suggests_the_last_day_both_existed()
    {
        // Vĩnh Phúc ended on 2025-06-30; its Ban Dân vận ended earlier, at the provincial merger of the commissions.
        var match = Parse("Ban Dân vận Tỉnh ủy Vĩnh Phúc", Year2026);
        ShouldFail(match, OrganizationNameStatus.NotValidOnDate, "DV3307");
        match.Unit!.Code.Should().Be(Code("26"));
        match.SuggestedDate.Should().Be(Restructuring2025.ProvincialCommissionMerger.PlusDays(-1));
        ShouldResolve(Parse("Ban Dân vận Tỉnh ủy Vĩnh Phúc", match.SuggestedDate!.Value), OrganizationKind.DanVanCommission, "26");
    }

    [Fact]
    public void A_commission_read_after_its_merger_is_not_valid_on_the_date_with_DV3308_naming_its_successor()
    {
        var date = Restructuring2025.ProvincialCommissionMerger.PlusDays(31);
        var match = Parse("Ban Dân vận Tỉnh ủy Vĩnh Phúc", date);
        ShouldFail(match, OrganizationNameStatus.NotValidOnDate, "DV3308");
        match.Unit!.Code.Should().Be(Code("26"));
        match.SuggestedDate.Should().Be(Restructuring2025.ProvincialCommissionMerger.PlusDays(-1));
        match.Issue!.EnglishMessage.Should().EndWith("It was succeeded by the Ban Tuyên giáo và Dân vận: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Phúc'.");
        ShouldResolve(Parse("Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Phúc", date), OrganizationKind.PropagandaAndDanVanCommission, "26");
    }

    [Fact]
    public void A_commune_Ban_Xay_dung_Dang_before_the_reform_is_not_valid_on_the_date()
    {
        var match = Parse("Ban Xây dựng Đảng Đảng ủy xã Quang Sơn", Before, within: "246");
        ShouldFail(match, OrganizationNameStatus.NotValidOnDate, "DV3308");
        match.Unit!.Code.Should().Be(Code("08764"));
        match.SuggestedDate.Should().BeNull("Xã Quang Sơn of Lập Thạch ended before the commission began");
        match.Issue!.EnglishMessage.Should().Be("There was no Party Building Commission at commune level on 2020-03-26: it existed from 2025-07-01.");
    }

    [Theory]
    [InlineData("Liên đoàn Lao động xã Quang Sơn", OrganizationKind.LaborFederation, "08764", "commune")]
    [InlineData("Ban Dân vận Đảng ủy xã Quang Sơn", OrganizationKind.DanVanCommission, "08764", "commune")]
    [InlineData("Ban Dân vận xã Quang Sơn", OrganizationKind.DanVanCommission, "08764", "commune")]
    [InlineData("Ban Tuyên giáo và Dân vận Huyện ủy Lập Thạch", OrganizationKind.PropagandaAndDanVanCommission, "246", "district")]
    public void A_kind_that_never_exists_at_the_units_level_fails_with_DV3309(string text, OrganizationKind kind, string unit, string level)
    {
        var match = Parse(text, Before, within: "246");
        ShouldFail(match, OrganizationNameStatus.KindNotAtLevel, "DV3309");
        match.Kind.Should().Be(kind);
        match.Unit!.Code.Should().Be(Code(unit));
        match.Issue!.EnglishMessage.Should().StartWith($"'{text}': there is no {OrganizationKinds.Get(kind).EnglishName} at {level} level (");
    }

    [Theory]
    [InlineData("Huyện ủy Hoàn Kiếm", "Quận ủy Hoàn Kiếm", "Quận Hoàn Kiếm, Thành phố Hà Nội")]
    [InlineData("Đảng ủy huyện Thường Tín", "Huyện ủy Thường Tín", "Huyện Thường Tín, Thành phố Hà Nội")]
    [InlineData("Tỉnh ủy Hà Nội", "Thành ủy Hà Nội", "Thành phố Hà Nội")]
    public void A_committee_named_in_the_wrong_form_is_not_found_with_DV3310_giving_its_name(string text, string expected, string unit)
    {
        var match = Parse(text, Before);
        ShouldFail(match, OrganizationNameStatus.NotFound, "DV3310");
        match.Kind.Should().Be(OrganizationKind.PartyCommittee);
        match.Alternatives.Should().ContainSingle();
        match.Issue!.EnglishMessage.Should().Be($"'{text}' does not name the Party Committee of {unit} as it is written: its name is '{expected}'.");
        ShouldResolve(Parse(expected, Before), OrganizationKind.PartyCommittee, match.Alternatives[0].Code.ToString());
    }

    [Theory]
    [InlineData("Đoàn Kiểm tra số 0 Thành ủy Hà Nội", "0")]
    [InlineData("Đoàn Kiểm tra số 123456 Thành ủy Hà Nội", "123456")]
    [InlineData("Đoàn Kiểm tra số 99999999999999999999 Thành ủy Hà Nội", "99999999999999999999")]
    public void A_number_out_of_range_fails_with_DV3311(string text, string number)
    {
        var match = Parse(text, Before);
        ShouldFail(match, OrganizationNameStatus.NotFound, "DV3311");
        match.Kind.Should().Be(OrganizationKind.InspectionDelegation);
        match.Number.Should().BeNull();
        match.Issue!.EnglishMessage.Should().Be($"'{number}' is not the number of a body: numbers run from 1 to 99999.");
    }

    [Fact]
    public void Within_a_unit_that_does_not_exist_on_the_date_fails_with_DV3312()
    {
        var match = Parse("UBND xã Quang Sơn", Year2026, within: "279");
        ShouldFail(match, OrganizationNameStatus.NotFound, "DV3312");
        match.Issue!.EnglishMessage.Should().Be("No unit has the code 279 on 2026-01-01, so no name can be read within it.");
        ShouldFail(Registry.ParseName("UBND xã Quang Sơn", Before, default(UnitCode)), OrganizationNameStatus.NotFound, "DV3312");
    }

    [Fact]
    public void A_grassroots_body_named_by_its_village_alone_is_locality_only_with_a_DV3313_warning()
    {
        var match = Parse("Ban công tác Mặt trận thôn Đông", Before);
        ShouldFail(match, OrganizationNameStatus.LocalityOnly, "DV3313");
        match.Kind.Should().Be(OrganizationKind.FrontWorkBoard);
        match.Level.Should().Be(OrganizationLevel.Grassroots);
        match.Locality.Should().Be("thôn Đông");
        match.Unit.Should().BeNull();
        match.Issue!.EnglishMessage.Should().Be(
            "'Ban công tác Mặt trận thôn Đông' names the Front Work Board of 'thôn Đông' but not its commune; add the commune to the name or read it within the commune.");
    }

    [Fact]
    public void A_unit_outside_within_is_not_found_with_DV3315_saying_where_it_is()
    {
        var match = Parse("UBND huyện Lập Thạch", Before, within: "01");
        ShouldFail(match, OrganizationNameStatus.NotFound, "DV3315");
        match.Alternatives.Select(u => u.Code).Should().Equal(Code("246"));
        match.Issue!.EnglishMessage.Should().Be(
            "'huyện Lập Thạch' names no unit within Thành phố Hà Nội on 2020-03-26; that name belongs to Huyện Lập Thạch, Tỉnh Vĩnh Phúc.");
        match.Issue.VietnameseMessage.Should().Be(
            "'huyện Lập Thạch' không phải là đơn vị thuộc Thành phố Hà Nội vào ngày 2020-03-26; tên này là của Huyện Lập Thạch, Tỉnh Vĩnh Phúc.");
    }

    [Fact]
    public void Every_status_has_a_test_above()
    {
        // Keeps this file honest when a status is added.
        Enum.GetValues<OrganizationNameStatus>().Should().HaveCount(7);
    }
}
