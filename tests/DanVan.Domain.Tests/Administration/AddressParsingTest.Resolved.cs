using DanVan.Domain.Administration;

namespace DanVan.Domain.Tests.Administration;

public partial class AddressParsingTest
{
    [Theory]
    [InlineData("Xã Quang Sơn, huyện Lập Thạch, tỉnh Vĩnh Phúc", "26 246 08764")]
    [InlineData("xa quang son, huyen lap thach, tinh vinh phuc", "26 246 08764")]
    [InlineData("Xã Quang Sơn huyện Lập Thạch tỉnh Vĩnh Phúc", "26 246 08764")]
    [InlineData("Quang Sơn, Lập Thạch, Vĩnh Phúc", "26 246 08764")]
    [InlineData("Quang Son Lap Thach Vinh Phuc", "26 246 08764")]
    [InlineData("X. Quang Sơn, H. Lập Thạch, tỉnh Vĩnh Phúc", "26 246 08764")]
    [InlineData("p.15, q.11, tp hcm", "79 772 27208")]
    [InlineData("P.15, Q.11, TP.HCM", "79 772 27208")]
    [InlineData("phuong 15 quan 11 tp hcm", "79 772 27208")]
    [InlineData("p15 q11 tphcm", "79 772 27208")]
    [InlineData("Phường 15, Quận 11", "79 772 27208")]
    [InlineData("Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh", "79 760 26740")]
    [InlineData("Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh, Việt Nam", "79 760 26740")]
    [InlineData("Phường Bến Nghé, TP. Hồ Chí Minh", "79 760 26740")]
    [InlineData("Quận 1, TP.HCM", "79 760")]
    [InlineData("Thường Tín, Hà Nội", "01 279")]
    [InlineData("Hà Nội", "01")]
    public void Addresses_of_the_old_state_resolve_to_their_chain(string text, string codes)
    {
        var match = Catalog.ParseAddress(text, OldState);
        match.Status.Should().Be(AddressMatchStatus.Resolved, string.Join(" ", match.Issues.Select(i => i.EnglishMessage)));
        string.Join(" ", Codes(match)).Should().Be(codes);
        match.Issues.Should().BeEmpty();
        match.Candidates.Should().BeEmpty();
        match.SuggestedDate.Should().BeNull();
        match.IsResolved.Should().BeTrue();
        ShouldBeAChain(match);
    }

    [Theory]
    [InlineData("123 Lê Lợi, P. Bến Nghé, Q.1, TP.HCM", "123 Lê Lợi")]
    [InlineData("123 Le Loi P Ben Nghe Q1 TPHCM", "123 Le Loi")]
    [InlineData("Số 5 Lê Lợi, Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh 700000", "Số 5 Lê Lợi|700000")]
    public void A_leading_street_part_is_kept_as_the_unmatched_remainder(string text, string unmatched)
    {
        var match = Catalog.ParseAddress(text, OldState);
        match.Status.Should().Be(AddressMatchStatus.Resolved);
        match.Unit!.Code.Should().Be(Code("26740"));
        match.Unmatched.Should().Equal(unmatched.Split('|'));
        ShouldBeAChain(match);
    }

    [Fact]
    public void A_trailing_country_is_kept_as_unmatched_text() =>
        Catalog.ParseAddress("Quận 1, TP.HCM, Việt Nam", OldState).Unmatched.Should().Equal("Việt Nam");

    [Fact]
    public void Two_level_addresses_resolve_in_the_new_states()
    {
        var saiGon = Catalog.ParseAddress("Phường Sài Gòn, TP HCM");
        saiGon.Status.Should().Be(AddressMatchStatus.Resolved);
        Codes(saiGon).Should().Equal("79", "26740");
        saiGon.AsOf.Should().Be(State2026);

        var thuongTin = Catalog.ParseAddress("xa thuong tin, ha noi", new NodaTime.LocalDate(2025, 7, 1));
        Codes(thuongTin).Should().Equal("01", "10183");
    }

    [Fact]
    public void A_kind_written_differently_at_the_same_level_resolves_with_a_DV2206_warning()
    {
        // Đồng Nai became a thành phố trực thuộc trung ương on 2026-04-30; Tam Phước has been a phường since before 2025.
        var match = Catalog.ParseAddress("Xã Tam Phước, tỉnh Đồng Nai");
        match.Status.Should().Be(AddressMatchStatus.Resolved);
        Codes(match).Should().Equal("75", "26374");
        match.Issues.Should().HaveCount(2).And.OnlyContain(i => i.Code.ToString() == "DV2206" && !i.IsError);
        match.Issues[0].EnglishMessage.Should().Be("'tỉnh Đồng Nai' is written as a province, but on 2026-04-30 Thành phố Đồng Nai is a municipality.");
        match.Issues[0].VietnameseMessage.Should().Be("'tỉnh Đồng Nai' được ghi là tỉnh, nhưng vào ngày 2026-04-30 Thành phố Đồng Nai là thành phố trực thuộc trung ương.");
    }
}
