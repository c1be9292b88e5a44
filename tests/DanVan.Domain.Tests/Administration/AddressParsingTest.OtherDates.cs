using DanVan.Domain.Administration;

namespace DanVan.Domain.Tests.Administration;

public partial class AddressParsingTest
{
    [Fact]
    public void An_old_three_level_address_read_today_says_when_it_was_valid_and_what_to_do()
    {
        var match = Catalog.ParseAddress("Xã Quang Sơn, huyện Lập Thạch, tỉnh Vĩnh Phúc");
        match.AsOf.Should().Be(State2026);
        match.Status.Should().Be(AddressMatchStatus.ValidOnOtherDate);
        match.SuggestedDate.Should().Be(OldState);
        match.Units.Should().BeEmpty("none of the three units exists on 2026-04-30");
        var issue = match.Issues[0];
        issue.Code.ToString().Should().Be("DV2205");
        issue.EnglishMessage.Should().Be(
            "The address does not resolve on 2026-04-30; on 2025-06-30 it names Xã Quang Sơn, Huyện Lập Thạch, Tỉnh Vĩnh Phúc " +
            "(units valid until 2025-06-30). Parse it as of 2025-06-30, or convert it to 2026-04-30 with TranslateAddress.");
        issue.VietnameseMessage.Should().Be(
            "Địa chỉ không khớp với các đơn vị hành chính vào ngày 2026-04-30; vào ngày 2025-06-30 địa chỉ là Xã Quang Sơn, Huyện Lập Thạch, Tỉnh Vĩnh Phúc " +
            "(các đơn vị có hiệu lực đến ngày 2025-06-30). Hãy phân tích theo ngày 2025-06-30, hoặc chuyển sang ngày 2026-04-30 bằng TranslateAddress.");
        Catalog.ParseAddress(match.Text, match.SuggestedDate).Status.Should().Be(AddressMatchStatus.Resolved);
    }

    [Fact]
    public void An_old_address_whose_province_still_exists_keeps_the_province_found_today()
    {
        var match = Catalog.ParseAddress("Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh");
        match.Status.Should().Be(AddressMatchStatus.ValidOnOtherDate);
        match.SuggestedDate.Should().Be(OldState);
        Codes(match).Should().Equal("79");
        match.Unmatched.Should().Equal("Phường Bến Nghé", "Quận 1");
        match.Issues.Select(i => i.Code.ToString()).Should().Equal("DV2205", "DV2203");
    }

    [Fact]
    public void A_new_address_read_at_an_old_date_suggests_the_newest_state()
    {
        var match = Catalog.ParseAddress("Phường Sài Gòn, TP HCM", OldState);
        match.Status.Should().Be(AddressMatchStatus.ValidOnOtherDate);
        match.SuggestedDate.Should().Be(State2026);
        match.Issues[0].EnglishMessage.Should().Contain("(units valid from 2025-07-01). Parse it as of 2026-04-30.");
    }

    [Fact]
    public void An_address_that_resolves_on_its_date_suggests_nothing()
    {
        Catalog.ParseAddress("Thường Tín, Hà Nội").Should().Match<AddressMatch>(m => m.Status == AddressMatchStatus.Resolved && m.SuggestedDate == null);
        Catalog.ParseAddress("Thường Tín, Hà Nội").Unit!.FullName.Should().Be("Xã Thường Tín");
    }
}
