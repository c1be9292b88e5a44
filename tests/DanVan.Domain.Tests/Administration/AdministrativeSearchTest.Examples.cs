using System.Text;
using DanVan.Domain.Administration;

namespace DanVan.Domain.Tests.Administration;

public partial class AdministrativeSearchTest
{
    [Theory]
    [InlineData("thuong tin", "279")]
    [InlineData("Thường Tín", "279")]
    [InlineData("THUONG TIN", "279")]
    [InlineData("  thuong   tin ", "279")]
    [InlineData("Q.11", "772")]
    [InlineData("quan 11", "772")]
    [InlineData("Quận 11", "772")]
    [InlineData("q11", "772")]
    [InlineData("q. 11", "772")]
    [InlineData("Q.011", "772")]
    [InlineData("quan11", "772")]
    [InlineData("TP.HCM", "79")]
    [InlineData("tp hcm", "79")]
    [InlineData("tphcm", "79")]
    [InlineData("TP. Hồ Chí Minh", "79")]
    [InlineData("thanh pho ho chi minh", "79")]
    [InlineData("hcm", "79")]
    [InlineData("huyen lap thach", "246")]
    [InlineData("Huyện Lập Thạch", "246")]
    [InlineData("H. Lập Thạch", "246")]
    [InlineData("Ea H'Leo", "645")]
    [InlineData("Ea H’Leo", "645")]
    [InlineData("ea hleo", "645")]
    [InlineData("ea h leo", "645")]
    [InlineData("Ia H' Drai", "618")]
    [InlineData("ia h'drai", "618")]
    [InlineData("hanoi", "01")]
    [InlineData("ha noi", "01")]
    [InlineData("hn", "01")]
    [InlineData("Thị xã Sơn Tây", "269")]
    [InlineData("tx son tay", "269")]
    public void The_issues_examples_find_their_unit_first_on_2025_06_30(string text, string code) =>
        First(text, OldState).Unit.Code.Should().Be(Code(code));

    [Theory]
    [InlineData("p. 15")]
    [InlineData("p.15")]
    [InlineData("p15")]
    [InlineData("P 15")]
    [InlineData("Phường 15")]
    [InlineData("phuong 15")]
    [InlineData("15")]
    public void A_numbered_ward_is_found_inside_its_district(string text)
    {
        var best = First(text, OldState, within: "772");
        best.Unit.FullName.Should().Be("Phường 15");
        best.Unit.ParentCode.Should().Be(Code("772"));
    }

    [Fact]
    public void Thuong_Tin_gives_the_district_before_the_township_of_the_same_name()
    {
        var matches = Search("thuong tin", OldState);
        Codes(matches.Take(2)).Should().Equal("279", "10183");
        matches[0].Score.Should().Be(matches[1].Score, "both are exact; the district ranks first by level");
        matches[0].MatchKind.Should().Be(UnitMatchKind.Exact);
    }

    [Fact]
    public void Quan_11_prefers_the_district_to_the_wards_numbered_11()
    {
        var matches = Search("quan 11", OldState);
        matches[0].Should().Match<UnitMatch>(m => m.Unit.Code == Code("772") && m.Score == 1 && m.KindMatched && m.MatchKind == UnitMatchKind.Exact);
        matches.Skip(1).Should().NotBeEmpty().And.OnlyContain(m => m.Unit.Name == "11" && m.Score == 0.95 && !m.KindMatched);
    }

    [Fact]
    public void Tone_mark_placement_case_and_decomposed_input_give_the_same_results()
    {
        var canonical = Codes(Search("Hòa Bình", OldState, limit: 50)).ToList();
        canonical.Should().Contain("17");
        Codes(Search("Hoà Bình", OldState, limit: 50)).Should().Equal(canonical);
        Codes(Search("HOÀ BÌNH", OldState, limit: 50)).Should().Equal(canonical);
        Codes(Search("Hòa Bình".Normalize(NormalizationForm.FormD), OldState, limit: 50)).Should().Equal(canonical);
        Codes(Search("hoa binh", OldState, limit: 50)).Should().BeEquivalentTo(canonical, "without diacritics the same units match; only ties may order differently");
    }

    [Fact]
    public void Diacritics_are_never_required_but_when_written_they_break_ties()
    {
        // Two communes of one province differ only by a breve: Xã Văn Lang (02143) and Xã Văn Lăng (05665).
        var province = Catalog.Find(Code("05665"), State2026)!.ParentCode!.Value.ToString();
        Codes(Search("van lang", State2026, within: province).Take(2)).Should().Equal("02143", "05665");
        Codes(Search("Văn Lăng", State2026, within: province).Take(2)).Should().Equal("05665", "02143");
        Codes(Search("Văn Lang", State2026, within: province).Take(2)).Should().Equal("02143", "05665");
        Search("Văn Lăng", State2026, within: province)[0].Score.Should().Be(1);
    }

    [Fact]
    public void Without_a_date_search_answers_for_the_newest_state()
    {
        var matches = Search("thuong tin");
        matches.Should().OnlyContain(m => m.Unit.IsValidOn(State2026));
        Codes(matches.Take(1)).Should().Equal("10183");
        matches[0].Unit.FullName.Should().Be("Xã Thường Tín");
        First("Ea H'Leo").Unit.Code.Should().Be(Code("24184"));
        First("tp hcm").Unit.Code.Should().Be(Code("79"));
    }

    [Fact]
    public void English_names_are_searched_too() =>
        First("haiphong", ReformState).Unit.Code.Should().Be(Code("31"));
}
