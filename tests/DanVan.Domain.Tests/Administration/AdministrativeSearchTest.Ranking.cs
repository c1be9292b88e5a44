using DanVan.Domain.Administration;

namespace DanVan.Domain.Tests.Administration;

public partial class AdministrativeSearchTest
{
    [Theory]
    [InlineData("quan hoa", "385")]  // Huyện Quan Hóa, not a quận named Hoa
    [InlineData("tinh bien", "890")] // Thị xã Tịnh Biên, not a tỉnh named Biên
    [InlineData("phuong liet", "00358")] // Phường Phương Liệt
    public void A_name_that_starts_like_a_kind_is_still_found_by_its_whole_name(string text, string code)
    {
        var best = First(text, OldState);
        best.Unit.Code.Should().Be(Code(code));
        best.MatchKind.Should().Be(UnitMatchKind.Exact);
    }

    [Fact]
    public void The_last_word_may_be_unfinished()
    {
        var best = First("thuong t", OldState);
        best.Unit.Code.Should().Be(Code("279"));
        best.MatchKind.Should().Be(UnitMatchKind.Prefix);
        First("ho chi", OldState).Should().Match<UnitMatch>(m => m.Unit.Code == Code("79") && m.MatchKind == UnitMatchKind.Prefix);
    }

    [Fact]
    public void Words_in_another_order_or_place_match_below_exact_names()
    {
        var matches = Search("chi minh", OldState, limit: 50);
        matches[0].MatchKind.Should().Be(UnitMatchKind.Exact, "communes named Chí Minh");
        matches.Should().Contain(m => m.Unit.Code == Code("79") && m.MatchKind == UnitMatchKind.Words);
        First("thach lap", OldState, within: "26").Should().Match<UnitMatch>(m => m.Unit.Code == Code("246") && m.MatchKind == UnitMatchKind.Words);
    }

    [Theory]
    [InlineData("hcm", "79")]
    [InlineData("tphcm", "79")]
    [InlineData("hn", "01")]
    [InlineData("dn", "48")]   // Đà Nẵng before Đắk Nông and Đồng Nai: ties go by code
    [InlineData("brvt", "77")] // Bà Rịa - Vũng Tàu
    [InlineData("hp", "31")]
    public void Initials_of_two_or_more_words_find_provinces_first(string text, string code)
    {
        var best = First(text, OldState);
        best.Unit.Code.Should().Be(Code(code));
        best.MatchKind.Should().Be(UnitMatchKind.Initials);
    }

    [Fact]
    public void Initials_that_could_start_a_syllable_rank_below_names_being_typed()
    {
        First("th", OldState).MatchKind.Should().Be(UnitMatchKind.Prefix, "'th' may be Thái Nguyên being typed");
        First("ng", OldState).MatchKind.Should().Be(UnitMatchKind.Prefix);
        First("hn", OldState).Score.Should().Be(0.9, "'hn' cannot start a syllable, so it outranks HNol");
        Search("hn", OldState, limit: 1_000).Should().Contain(m => m.MatchKind == UnitMatchKind.Prefix && m.Unit.Name == "HNol");
    }

    [Fact]
    public void A_glued_one_letter_abbreviation_is_not_read_as_initials() =>
        First("hcm", OldState).Unit.Code.Should().Be(Code("79"), "'hcm' is Hồ Chí Minh, not huyện + 'cm' (Chợ Mới)");

    [Fact]
    public void Results_are_valid_on_the_date_distinct_ordered_and_scored_between_0_and_1()
    {
        foreach (var text in new[] { "an", "phu", "x", "tan", "hoa", "1", "thanh pho", "quan" })
        {
            foreach (var date in new[] { OldState, ReformState, State2026 })
            {
                var matches = Search(text, date, limit: 200);
                matches.Should().OnlyContain(m => m.Unit.IsValidOn(date) && m.Score > 0 && m.Score <= 1, text);
                matches.Select(m => m.Unit.Code).Should().OnlyHaveUniqueItems(text);
                matches.Select(m => m.Score).Should().BeInDescendingOrder(text);
                for (var i = 1; i < matches.Count; i++)
                {
                    if (matches[i].Score == matches[i - 1].Score && matches[i].KindMatched == matches[i - 1].KindMatched)
                    {
                        matches[i].Unit.Code.Should().BeGreaterThan(matches[i - 1].Unit.Code, "ties go province first, then by code");
                    }
                }
            }
        }
    }

    [Fact]
    public void Within_keeps_the_descendants_at_any_depth()
    {
        var wards = Search("phuong 15", OldState, within: "79", limit: 50);
        wards.Should().HaveCount(7).And.OnlyContain(m => m.Unit.Name == "15" && Catalog.Ancestors(m.Unit, OldState).Any(a => a.Code == Code("79")));
        Search("phuong 15", OldState, within: "772").Should().ContainSingle();
        Search("hoan kiem", State2026, within: "01").Should().OnlyContain(m => m.Unit.ParentCode == Code("01"));
        Search("ha noi", OldState, within: "01").Should().NotContain(m => m.Unit.Code == Code("01"), "a unit is not within itself");
    }

    [Fact]
    public void Within_a_unit_without_children_or_absent_on_the_date_finds_nothing()
    {
        Search("15", OldState, within: "27208").Should().BeEmpty("a commune has no units under it");
        Search("thuong tin", State2026, within: "279").Should().BeEmpty("Huyện Thường Tín no longer exists");
        Search("thuong tin", OldState, within: "99999").Should().BeEmpty();
        Catalog.Search("thuong tin", OldState, 10, default(UnitCode)).Should().BeEmpty();
    }

    [Fact]
    public void Limit_caps_the_results()
    {
        Search("an", OldState, limit: 3).Should().HaveCount(3);
        Search("an", OldState, limit: 1).Should().ContainSingle();
        Search("an", OldState, limit: 0).Should().BeEmpty();
        Search("an", OldState, limit: -5).Should().BeEmpty();
        Search("an", OldState, limit: int.MaxValue).Should().HaveCountGreaterThan(100);
    }

    [Fact]
    public void Every_word_must_match()
    {
        Search("thuong tin xyz", OldState).Should().BeEmpty();
        Search("lap thach vinh phuc", OldState).Should().BeEmpty("a name, not an address: ParseAddress reads addresses");
    }

    [Fact]
    public void Search_is_thread_safe_on_first_use()
    {
        var catalog = Catalog.ToBuilder().Build(); // a fresh catalog whose index is not built yet
        var results = new IReadOnlyList<UnitMatch>[16];
        Parallel.For(0, results.Length, i => results[i] = catalog.Search("thuong tin", OldState));
        results.Should().OnlyContain(r => r.Count == 2 && r[0].Unit.Code == Code("279"));
    }
}
