using System.Text;
using DanVan.Domain.Metrics;
using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>Vietnamese and English labels, and reading Vietnamese labels back.</summary>
public partial class ReportingPeriodTest
{
    public static TheoryData<string, string, string> Labels => new()
    {
        { "2021-M03", "Tháng 3/2021", "March 2021" },
        { "2021-M12", "Tháng 12/2021", "December 2021" },
        { "2021-Q1", "Quý I/2021", "Q1 2021" },
        { "2021-Q2", "Quý II/2021", "Q2 2021" },
        { "2021-Q3", "Quý III/2021", "Q3 2021" },
        { "2021-Q4", "Quý IV/2021", "Q4 2021" },
        { "2021-H1", "6 tháng đầu năm 2021", "First half of 2021" },
        { "2021-H2", "6 tháng cuối năm 2021", "Second half of 2021" },
        { "2021-9M", "9 tháng năm 2021", "First nine months of 2021" },
        { "2021", "Năm 2021", "2021" },
        { "2020/2025", "Nhiệm kỳ 2020-2025", "Term 2020-2025" },
        { "2011-01-01/2020-03-26", "Từ 01/01/2011 đến 26/03/2020", "1 January 2011 to 26 March 2020" },
    };

    [Theory]
    [MemberData(nameof(Labels))]
    public void Labels_are_written_as_reports_write_them(string text, string vietnamese, string english)
    {
        var period = ReportingPeriod.Parse(text, null);
        period.ToVietnameseLabel().Should().Be(vietnamese);
        period.ToEnglishLabel().Should().Be(english);
        VietnameseNormalization.Normalize(vietnamese).Should().Be(vietnamese, "the test's own text is NFC");
        period.ToVietnameseLabel().IsNormalized(NormalizationForm.FormC).Should().BeTrue();
        ReportingPeriod.ParseLabel(vietnamese).Should().Be(period);
    }

    [Fact]
    public void A_multi_year_period_can_be_named_as_a_term_or_as_a_span()
    {
        var decade = ReportingPeriod.Years(2011, 2020);
        decade.ToVietnameseLabel().Should().Be("Nhiệm kỳ 2011-2020");
        decade.ToVietnameseLabel(MultiYearWording.Term).Should().Be("Nhiệm kỳ 2011-2020");
        decade.ToVietnameseLabel(MultiYearWording.Span).Should().Be("Giai đoạn 2011-2020");
        decade.ToEnglishLabel(MultiYearWording.Span).Should().Be("2011-2020");
        decade.ToEnglishLabel(MultiYearWording.Term).Should().Be("Term 2011-2020");
        ReportingPeriod.ParseLabel("Giai đoạn 2011-2020").Should().Be(decade, "both wordings name the same period");
        ReportingPeriod.Quarter(2021, 3).ToVietnameseLabel(MultiYearWording.Span).Should().Be("Quý III/2021", "other kinds ignore the wording");
    }

    [Fact]
    public void Default_has_empty_labels()
    {
        default(ReportingPeriod).ToVietnameseLabel().Should().BeEmpty();
        default(ReportingPeriod).ToEnglishLabel().Should().BeEmpty();
    }

    [Theory]
    [InlineData("quy 3/2021", "2021-Q3")]
    [InlineData("Quý 3 năm 2021", "2021-Q3")]
    [InlineData("QUÝ III/2021", "2021-Q3")]
    [InlineData("quý iii / 2021", "2021-Q3")]
    [InlineData("Quý 03/2021", "2021-Q3")]
    [InlineData("Quý IV năm 2021", "2021-Q4")]
    [InlineData("  Quý   I /2021  ", "2021-Q1")]
    [InlineData("Tháng 3/2021", "2021-M03")]
    [InlineData("tháng 03/2021", "2021-M03")]
    [InlineData("tháng 3 năm 2021", "2021-M03")]
    [InlineData("THANG 12/2021", "2021-M12")]
    [InlineData("6 tháng đầu năm 2021", "2021-H1")]
    [InlineData("6 THÁNG CUỐI NĂM 2021", "2021-H2")]
    [InlineData("6 thang cuoi nam 2021", "2021-H2")]
    [InlineData("9 tháng năm 2021", "2021-9M")]
    [InlineData("9 tháng đầu năm 2021", "2021-9M")]
    [InlineData("năm 2021", "2021")]
    [InlineData("Năm 2021", "2021")]
    [InlineData("nhiệm kỳ 2020 - 2025", "2020/2025")]
    [InlineData("Nhiệm kỳ 2020–2025", "2020/2025")]
    [InlineData("NHIỆM KỲ 2020-2025", "2020/2025")]
    [InlineData("giai đoạn 2011 - 2020", "2011/2020")]
    [InlineData("Từ 01/01/2011 đến 26/03/2020", "2011-01-01/2020-03-26")]
    [InlineData("từ ngày 1/1/2011 đến ngày 26/3/2020", "2011-01-01/2020-03-26")]
    [InlineData("Tu 1/1/2011 den 26/3/2020", "2011-01-01/2020-03-26")]
    public void Labels_are_read_without_regard_to_case_diacritics_or_spacing(string label, string expected)
    {
        var period = ReportingPeriod.Parse(expected, null);
        ReportingPeriod.ParseLabel(label).Should().Be(period);
        ReportingPeriod.TryParseLabel(label, out var parsed).Should().BeTrue();
        parsed.Should().Be(period);
        ReportingPeriod.TryParseLabel(label.Normalize(NormalizationForm.FormD), out parsed, out var error).Should().BeTrue("decomposed text reads the same");
        error.Should().BeNull();
        parsed.Should().Be(period);
    }

    [Theory]
    [InlineData("", "DV6101")]
    [InlineData("  ", "DV6101")]
    [InlineData("Quý V/2021", "DV6105")]
    [InlineData("Quý 0/2021", "DV6105")]
    [InlineData("Quý IX năm 2021", "DV6105")]
    [InlineData("Tháng 13/2021", "DV6104")]
    [InlineData("Tháng 0/2021", "DV6104")]
    [InlineData("Năm 0999", "DV6103")]
    [InlineData("Nhiệm kỳ 2025-2020", "DV6107")]
    [InlineData("Nhiệm kỳ 2020-2020", "DV6107")]
    [InlineData("Từ 30/02/2021 đến 01/03/2021", "DV6108")]
    [InlineData("Từ 01/01/2021 đến 31/04/2021", "DV6108")]
    [InlineData("Từ 26/03/2020 đến 01/01/2011", "DV6109")]
    [InlineData("Quý III", "DV6110")]
    [InlineData("Quý III/21", "DV6110")]
    [InlineData("Quý III/2021/2022", "DV6110")]
    [InlineData("Quý ba/2021", "DV6110")]
    [InlineData("Tháng ba/2021", "DV6110")]
    [InlineData("2021-Q3", "DV6110")]
    [InlineData("2021", "DV6110")]
    [InlineData("6 tháng năm 2021", "DV6110")]
    [InlineData("nửa đầu năm 2021", "DV6110")]
    [InlineData("Nhiệm kỳ 2020", "DV6110")]
    [InlineData("Nhiệm kỳ 2020 2025", "DV6110")]
    [InlineData("Từ 01/01/2011", "DV6110")]
    [InlineData("Từ 01/01/2011 đến 26/03/2020 nay", "DV6110")]
    [InlineData("Quý III/2021.", "DV6110")]
    [InlineData("Quý 100/2021", "DV6110")]
    public void Bad_labels_are_refused_with_the_issue_that_says_why(string label, string code)
    {
        ReportingPeriod.TryParseLabel(label, out var period, out var error).Should().BeFalse();
        period.IsDefault.Should().BeTrue();
        error!.Code.ToString().Should().Be(code);
        error.EnglishMessage.Should().NotContain("{text}");
        error.VietnameseMessage.Should().NotContain("{text}");
        ReportingPeriod.TryParseLabel(label, out _).Should().BeFalse();
        FluentActions.Invoking(() => ReportingPeriod.ParseLabel(label))
            .Should().Throw<DanVanFormatException>().Which.Issue.Code.ToString().Should().Be(code);
    }

    [Fact]
    public void Label_errors_show_dates_as_the_label_wrote_them()
    {
        ReportingPeriod.TryParseLabel("Từ 30/02/2021 đến 01/03/2021", out _, out var error).Should().BeFalse();
        error!.EnglishMessage.Should().Be("'Từ 30/02/2021 đến 01/03/2021': 30/02/2021 is not a calendar date: month 2 of 2021 has 28 days.");
        ReportingPeriod.TryParseLabel("Từ 26/03/2020 đến 01/01/2011", out _, out error).Should().BeFalse();
        error!.VietnameseMessage.Should().Be("'Từ 26/03/2020 đến 01/01/2011': kỳ kết thúc ngày 01/01/2011, trước ngày bắt đầu 26/03/2020.");
    }

    [Fact]
    public void Null_labels_are_refused()
    {
        ReportingPeriod.TryParseLabel(null, out _).Should().BeFalse();
        ReportingPeriod.TryParseLabel(null, out _, out var error).Should().BeFalse();
        error!.Code.ToString().Should().Be("DV6101");
        FluentActions.Invoking(() => ReportingPeriod.ParseLabel(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Every_period_of_every_year_round_trips_through_its_Vietnamese_label()
    {
        for (var year = ReportingPeriod.MinimumYear; year <= ReportingPeriod.MaximumYear; year += 7)
        {
            foreach (var period in AllCalendarPeriods(year))
            {
                ReportingPeriod.ParseLabel(period.ToVietnameseLabel()).Should().Be(period);
                ReportingPeriod.ParseLabel(period.ToVietnameseLabel().ToUpperInvariant()).Should().Be(period);
                ReportingPeriod.ParseLabel(VietnameseFolding.Fold(period.ToVietnameseLabel())).Should().Be(period);
            }
        }
    }

    [Fact]
    public void Random_periods_round_trip_through_their_labels_in_both_wordings()
    {
        var random = new Random(2020_2025);
        for (var i = 0; i < 20_000; i++)
        {
            var period = RandomPeriod(random);
            ReportingPeriod.ParseLabel(period.ToVietnameseLabel()).Should().Be(period, period.ToVietnameseLabel());
            ReportingPeriod.ParseLabel(period.ToVietnameseLabel(MultiYearWording.Span)).Should().Be(period);
            period.ToEnglishLabel().Should().NotBeEmpty();
        }
    }

    [Fact]
    public void English_labels_of_custom_periods_spell_the_month()
    {
        ReportingPeriod.Custom(new LocalDate(2025, 7, 1), new LocalDate(2025, 12, 31)).ToEnglishLabel()
            .Should().Be("1 July 2025 to 31 December 2025");
        ReportingPeriod.Month(2024, 2).ToEnglishLabel().Should().Be("February 2024");
        ReportingPeriod.Custom(new LocalDate(2024, 2, 29), new LocalDate(2024, 2, 29)).ToVietnameseLabel()
            .Should().Be("Từ 29/02/2024 đến 29/02/2024");
    }
}
