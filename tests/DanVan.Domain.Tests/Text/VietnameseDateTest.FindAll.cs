using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Text;

public partial class VietnameseDateTest
{
    [Theory]
    [InlineData("Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị", "ngày 25/2/2010", "2010-02-25")]
    [InlineData("(26/03/2020)", "26/03/2020", "2020-03-26")]
    [InlineData("(19:54 26/03/2020)", "26/03/2020", "2020-03-26")]
    [InlineData("Hà Nội, ngày 11 tháng 6 năm 2018", "ngày 11 tháng 6 năm 2018", "2018-06-11")]
    [InlineData("Cập nhật Thứ Năm, 30/12/2021 lúc 8:15", "Thứ Năm, 30/12/2021", "2021-12-30")]
    [InlineData("kỳ họp 26.03.2020.", "26.03.2020", "2020-03-26")]
    [InlineData("Thư ngày 25/2/2010", "ngày 25/2/2010", "2010-02-25")]
    public void Finds_a_date_in_a_sentence(string text, string found, string iso)
    {
        var match = VietnameseDate.FindAll(text).Should().ContainSingle().Subject;
        text.Substring(match.Index, match.Length).Should().Be(found);
        match.Index.Should().Be(text.IndexOf(found, StringComparison.Ordinal));
        match.Value.Should().Be(PartialDate.Parse(iso));
        VietnameseDate.Parse(found).Should().Be(match.Value);
    }

    [Fact]
    public void Indexes_refer_to_the_original_text_even_when_it_is_decomposed()
    {
        // Decomposed letters are two characters in the original but one in the folded key.
        var text = "Nga\u0300y ho\u0323p: Thu\u031B\u0301 Na\u0306m, nga\u0300y 30 tha\u0301ng 12 na\u0306m 2021; ca\u0301c nga\u0300y 1/1/2022 va\u0300 2/1/2022.";
        var matches = VietnameseDate.FindAll(text).ToList();
        matches.Select(m => m.Value.ToString()).Should().Equal("2021-12-30", "2022-01-01", "2022-01-02");
        text.Substring(matches[0].Index, matches[0].Length)
            .Should().Be("Thu\u031B\u0301 Na\u0306m, nga\u0300y 30 tha\u0301ng 12 na\u0306m 2021");
        text.Substring(matches[1].Index, matches[1].Length).Should().Be("nga\u0300y 1/1/2022");
        text.Substring(matches[2].Index, matches[2].Length).Should().Be("2/1/2022");
        foreach (var match in matches)
        {
            VietnameseDate.Parse(text.Substring(match.Index, match.Length)).Should().Be(match.Value);
        }
    }

    [Theory]
    [InlineData("ngày 31/2/2020 và 29/2/2019")]
    [InlineData("25/2/10")]
    [InlineData("tháng 6/2018, năm 2021, 2021")]
    [InlineData("Thứ Sáu, 30/12/2021")]
    [InlineData("1.234.567 đồng, tỷ lệ 1.17, 7.30 giờ, 0.00")]
    [InlineData("số 290-QĐ/TW, 2034-QĐ/TU")]
    [InlineData("ngày 26/3")]
    [InlineData("25/2/2010abc")]
    [InlineData("125/2/2010")]
    [InlineData("")]
    [InlineData(null)]
    public void Skips_what_is_not_a_valid_full_date(string? text) =>
        VietnameseDate.FindAll(text!).Should().BeEmpty();

    [Fact]
    public void Finds_every_date_in_order_and_skips_the_bad_ones()
    {
        const string text = "Từ 1/6/2018 đến 31/6/2018 (sai), rồi ngày 2 tháng 7 năm 2018 và 03-07-2018; Chủ nhật, 8/7/2018.";
        var matches = VietnameseDate.FindAll(text).ToList();
        matches.Select(m => text.Substring(m.Index, m.Length))
            .Should().Equal("1/6/2018", "ngày 2 tháng 7 năm 2018", "03-07-2018", "Chủ nhật, 8/7/2018");
        matches.Select(m => m.Value).Should().Equal(
            new PartialDate(2018, 6, 1), new PartialDate(2018, 7, 2), new PartialDate(2018, 7, 3), new PartialDate(2018, 7, 8));
        matches.Select(m => m.Value.Precision).Should().OnlyContain(p => p == DatePrecision.Day);
    }

    [Fact]
    public void Finds_the_dates_of_the_seed_article()
    {
        var text = File.ReadAllText(TestPaths.Shared("seeds/000_7afe7d2e035e8aee.txt"));
        var matches = VietnameseDate.FindAll(text).ToList();
        var values = matches.Select(m => m.Value).ToList();
        values.Should().Contain(new PartialDate(2010, 2, 25));
        values.Should().Contain(new PartialDate(2010, 6, 11));
        values.Should().Contain(new PartialDate(2020, 3, 26));
        foreach (var match in matches)
        {
            var written = text.Substring(match.Index, match.Length);
            VietnameseDate.Parse(written).Should().Be(match.Value, written);
        }

        matches.Should().Contain(m => text.Substring(m.Index, m.Length) == "ngày 25/2/2010");
        matches.Should().Contain(m => text.Substring(m.Index, m.Length) == "26/03/2020");
    }

    [Fact]
    public void The_documented_example_gives_what_the_docs_say()
    {
        const string text = "Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị (19:54 26/03/2020)";
        var matches = VietnameseDate.FindAll(text).ToList();
        matches.Should().HaveCount(2);
        matches[0].Should().Be(new DateMatch(24, 14, new PartialDate(2010, 2, 25)));
        text.Substring(matches[1].Index, matches[1].Length).Should().Be("26/03/2020");
        matches[1].Value.Should().Be(new PartialDate(2020, 3, 26));
    }
}
