using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Text;

public class VietnameseNumberFindAllTest
{
    [Theory]
    [InlineData("đã tổ chức 7.300 cuộc tới 1.170.000 lượt người", new[] { "7.300", "1.170.000" }, new[] { "7.300", "1.170.000" })]
    [InlineData("tiếp hơn 700 lượt công dân", new[] { "hơn 700" }, new[] { "hơn 700" })]
    [InlineData("176/221 = 79,63%", new[] { "176/221", "79,63%" }, new[] { "176/221", "79,63%" })]
    [InlineData("29/29 ban dân vận, 100% trưởng ban", new[] { "29/29", "100%" }, new[] { "29/29", "100%" })]
    [InlineData("phê bình đối với 07 xã.", new[] { "07" }, new[] { "7" })]
    [InlineData("ít nhất 01 lần, khoảng chừng 300 người", new[] { "ít nhất 01", "khoảng chừng 300" }, new[] { "ít nhất 1", "khoảng 300" })]
    [InlineData("gần 100 % số đơn", new[] { "gần 100 %" }, new[] { "gần 100%" })]
    [InlineData("tổng 1.170.000.", new[] { "1.170.000" }, new[] { "1.170.000" })]
    [InlineData("nhiều hơn 5", new[] { "hơn 5" }, new[] { "hơn 5" })]
    public void FindAll_finds_the_figures_in_prose(string text, string[] matched, string[] canonical)
    {
        var matches = VietnameseNumber.FindAll(text).ToList();

        matches.Select(match => match.GetText(text)).Should().Equal(matched);
        matches.Select(match => match.Number.ToString()).Should().Equal(canonical);
    }

    [Theory]
    [InlineData("Thứ Năm, 30/12/2021")]
    [InlineData("nhiệm kỳ 2020-2025")]
    [InlineData("Quyết định số 290-QĐ/TW")]
    [InlineData("Chương trình 20a")]
    [InlineData("số 7.30 sai")]
    [InlineData("1,170,000 người")]
    [InlineData("")]
    [InlineData(null)]
    public void FindAll_skips_dates_codes_and_invalid_numbers(string? text) =>
        VietnameseNumber.FindAll(text).Should().BeEmpty();

    [Fact]
    public void FindAll_reports_index_and_length()
    {
        var match = VietnameseNumber.FindAll("tiếp hơn 700 lượt công dân").Single();

        match.Index.Should().Be(5);
        match.Length.Should().Be(7);
        match.Number.Should().Be(ReportedNumber.Of(700m, NumberQualifier.MoreThan));
    }

    [Fact]
    public void FindAll_finds_more_than_700_citizens_in_the_seed_article()
    {
        var text = File.ReadAllText(TestPaths.Shared("seeds/003_3c9d5718024cc25d.txt"));

        var matches = VietnameseNumber.FindAll(text).ToList();

        matches.Should().Contain(match => match.Number == ReportedNumber.Of(700m, NumberQualifier.MoreThan));
        matches.Should().NotContain(match => match.Number == ReportedNumber.Ratio(30m, 12m));
        foreach (var match in matches)
        {
            ReportedNumber.Parse(match.GetText(text)).Should().Be(match.Number);
        }
    }

    [Fact]
    public void FindAll_never_throws_on_random_text()
    {
        var random = new Random(5);
        const string Alphabet = "0123456789.,%/- \u2212hơntrêngầnkhoảngítnhấtabc\u0301\uD800\n";
        for (var i = 0; i < 3_000; i++)
        {
            var chars = new char[random.Next(0, 60)];
            for (var j = 0; j < chars.Length; j++)
            {
                chars[j] = Alphabet[random.Next(Alphabet.Length)];
            }

            var text = new string(chars);
            var act = () => VietnameseNumber.FindAll(text).ToList();
            foreach (var match in act.Should().NotThrow().Which)
            {
                match.Index.Should().BeGreaterThanOrEqualTo(0);
                (match.Index + match.Length).Should().BeLessThanOrEqualTo(text.Length);
                ReportedNumber.Parse(match.GetText(text)).Should().Be(match.Number);
            }
        }
    }
}
