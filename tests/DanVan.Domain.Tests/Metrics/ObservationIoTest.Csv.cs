using System.Text;
using DanVan.Domain.Administration;
using DanVan.Domain.Metrics;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>Sets as CSV: the columns, quoting, numbers, strict and lenient reading.</summary>
public partial class ObservationIoTest
{
    private const string Header = "metric,unit,unitDate,organization,period,value,numerator,denominator,qualifier,status,source,unitOfMeasure";

    [Fact]
    public void A_set_round_trips_through_csv_with_every_feature()
    {
        var set = Sample();
        var back = ObservationSet.ReadCsv(new MemoryStream(WriteCsv(set)));
        back.Should().Equal(set);
        back.SupersededCount.Should().Be(set.SupersededCount);
        ObservationSet.ReadCsv(new MemoryStream(WriteCsv(set)), out var issues).Should().Equal(set);
        issues.Issues.Should().BeEmpty();
        issues.Should().BeSameAs(ValidationResult.Success);
    }

    [Fact]
    public void Csv_is_written_with_the_full_header_quoted_fields_and_crlf()
    {
        var b = new ObservationSetBuilder();
        b.Add(BuiltInMetrics.CitizenReceptionVisits, LapThach, Year2021, 700m, NumberQualifier.MoreThan, source: "Huyện Lập Thạch, 30/12/2021", unit: UnitOfMeasure.CitizenVisit);
        b.AddRatio(BuiltInMetrics.PetitionsResolutionRate, LapThachCommission, ReportingPeriod.HalfYear(2021, 2), 176m, 221m, status: ObservationStatus.Provisional, source: "Báo cáo \"sơ kết\"");
        b.Add(BuiltInMetrics.PropagandaAttendances, ThuongTin, Since2011, 1_170_000m);
        b.Add(BuiltInMetrics.GradingScore, ThuongTin, ReportingPeriod.Month(2021, 3), 79.63m);
        var csv = Encoding.UTF8.GetString(WriteCsv(b.Build()));
        csv.Should().Be(
            Header + "\r\n" +
            "citizen-reception.visits,246,2021-12-31,,2021,700,,,moreThan,,\"Huyện Lập Thạch, 30/12/2021\",citizenVisit\r\n" +
            "petitions.resolution-rate,,,246/danvan-commission,2021-H2,,176,221,,provisional,\"Báo cáo \"\"sơ kết\"\"\",\r\n" +
            "propaganda.attendances,279,,,2011-01-01/2020-03-26,1170000,,,,,,\r\n" +
            "grading.score,279,,,2021-M03,79.63,,,,,,\r\n");
        WriteCsv(ObservationSet.Empty).Should().Equal(Encoding.UTF8.GetBytes(Header + "\r\n"));
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_only_the_needed_ones_are_required()
    {
        const string Csv = "\uFEFFperiod,value,qualifier,metric,unit\n2021,700,moreThan,citizen-reception.visits,246\n\n2021,79,,petitions.received,246";
        var set = ObservationSet.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(Csv)));
        set.Should().Equal(
            new Observation(BuiltInMetrics.CitizenReceptionVisits, ObservationSubject.Of(UnitCode.Parse("246")), Year2021, 700m, NumberQualifier.MoreThan),
            new Observation(BuiltInMetrics.PetitionsReceived, ObservationSubject.Of(UnitCode.Parse("246")), Year2021, 79m));

        const string Ratios = "metric,organization,period,numerator,denominator\r\npetitions.resolution-rate,246/danvan-commission,2021,176,221\r\n";
        ObservationSet.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(Ratios))).Single()
            .Should().Be(Observation.Ratio(BuiltInMetrics.PetitionsResolutionRate, LapThachCommission, Year2021, 176m, 221m));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(64)]
    public void Reading_csv_does_not_depend_on_how_the_stream_delivers_its_bytes(int chunk)
    {
        var set = Sample();
        ObservationSet.ReadCsv(new ChunkedStream(WriteCsv(set), chunk)).Should().Equal(set);
    }

    [Theory]
    [InlineData("metric,unit,period,value\r\n", 0)]
    [InlineData("metric,unit,period,value\r\n\r\n\r\n", 0)]
    [InlineData("\r\n\nmetric,unit,period,value\na.b,01,2021,5", 1)]
    [InlineData("metric,unit,period,value\na.b,01,2021,\"5\"", 1)]
    [InlineData("metric,unit,period,value,source\na.b,01,2021,5,\"dòng 1\ndòng 2\"\na.b,02,2021,6,\"\"", 2)]
    [InlineData("metric,unit,period,value\na.b,01,2021,-5.250", 1)]
    [InlineData("metric,unit,period,value\na.b,01,2021,+.5", 1)]
    public void Valid_csv_variants_are_read(string csv, int rows)
    {
        ObservationSet.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv))).Count.Should().Be(rows);
    }

    [Theory]
    // The header.
    [InlineData("", "DV6401", "")]
    [InlineData("\r\n\r\n", "DV6401", "")]
    [InlineData("metric,unit,period,value,colour\n", "DV6402", "lines[1]")]
    [InlineData("Metric,unit,period,value\n", "DV6402", "lines[1]")]
    [InlineData("metric,unit,period, value\n", "DV6402", "lines[1]")]
    [InlineData("metric,unit,period,value,unit\n", "DV6403", "lines[1]")]
    [InlineData("unit,period,value\n", "DV6404", "lines[1]")]
    [InlineData("metric,unit,value\n", "DV6404", "lines[1]")]
    [InlineData("metric,unitDate,period,value\n", "DV6404", "lines[1]")]
    [InlineData("metric,unit,period\n", "DV6404", "lines[1]")]
    [InlineData("metric,unit,period,numerator\n", "DV6404", "lines[1]")]
    // Structure.
    [InlineData("metric,unit,period,value\na.b,01,2021\n", "DV6405", "lines[2]")]
    [InlineData("metric,unit,period,value\na.b,01,2021,5,6\n", "DV6405", "lines[2]")]
    [InlineData("metric,unit,period,value\na.b,01,2021,\"5\"6\n", "DV6406", "lines[2]")]
    [InlineData("metric,unit,period,value\na.b,0\"1,2021,5\n", "DV6406", "lines[2]")]
    [InlineData("metric,unit,period,value\na.b,01,2021,5\rx\n", "DV6406", "lines[2]")]
    [InlineData("metric,unit,period,value\na.b,01,2021,\"5\n", "DV6406", "lines[2]")]
    [InlineData("metric,unit,period,value\na.b,01,20\u00FF21,5\n", "DV6413", "lines[2].period")]
    // Cells.
    [InlineData("metric,unit,period,value\n,01,2021,5\n", "DV6409", "lines[2].metric")]
    [InlineData("metric,unit,period,value\na.b,01,,5\n", "DV6409", "lines[2].period")]
    [InlineData("metric,unit,organization,period,value\na.b,,,2021,5\n", "DV6410", "lines[2]")]
    [InlineData("metric,unit,period,value\na.b,01,2021,\n", "DV6411", "lines[2]")]
    [InlineData("metric,unit,period,value,numerator,denominator\na.b,01,2021,5,1,2\n", "DV6412", "lines[2]")]
    [InlineData("metric,unit,period,value,numerator,denominator\na.b,01,2021,,1,\n", "DV6412", "lines[2]")]
    [InlineData("metric,unit,period,value\nA.B,01,2021,5\n", "DV6413", "lines[2].metric")]
    [InlineData("metric,unit,period,value\na.b,1,2021,5\n", "DV6413", "lines[2].unit")]
    [InlineData("metric,unit,unitDate,period,value\na.b,01,31/12/2021,2021,5\n", "DV6413", "lines[2].unitDate")]
    [InlineData("metric,unit,unitDate,period,value\na.b,01,2021-02-29,2021,5\n", "DV6413", "lines[2].unitDate")]
    [InlineData("metric,organization,period,value\na.b,nowhere,2021,5\n", "DV6413", "lines[2].organization")]
    [InlineData("metric,unit,period,value\na.b,01,Quý III/2021,5\n", "DV6413", "lines[2].period")]
    [InlineData("metric,unit,period,value\na.b,01,2021,1.170.000\n", "DV6413", "lines[2].value")]
    [InlineData("metric,unit,period,value\na.b,01,2021,\"79,63\"\n", "DV6413", "lines[2].value")]
    [InlineData("metric,unit,period,value\na.b,01,2021, 5\n", "DV6413", "lines[2].value")]
    [InlineData("metric,unit,period,value\na.b,01,2021,1e3\n", "DV6413", "lines[2].value")]
    [InlineData("metric,unit,period,value\na.b,01,2021,12345678901234567890\n", "DV6413", "lines[2].value")]
    [InlineData("metric,unit,period,numerator,denominator\na.b,01,2021,-1,2\n", "DV6413", "lines[2].numerator")]
    [InlineData("metric,unit,period,value,qualifier\na.b,01,2021,5,hơn\n", "DV6413", "lines[2].qualifier")]
    [InlineData("metric,unit,period,value,status\na.b,01,2021,5,Final\n", "DV6413", "lines[2].status")]
    [InlineData("metric,unit,period,value,unitOfMeasure\na.b,01,2021,5,cuộc\n", "DV6413", "lines[2].unitOfMeasure")]
    [InlineData("metric,organization,unitDate,period,value\na.b,01/party-committee,2021-01-01,2021,5\n", "DV6414", "lines[2].unitDate")]
    public void Bad_csv_is_refused_with_an_issue_that_gives_the_line(string csv, string code, string path)
    {
        var exception = FluentActions.Invoking(() => ObservationSet.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv))))
            .Should().Throw<DanVanFormatException>().Which;
        exception.Issue.Code.ToString().Should().Be(code);
        exception.Issue.Path.Should().Be(path);
        exception.Issue.EnglishMessage.Should().NotContain("{").And.NotBeEmpty();
        exception.Issue.VietnameseMessage.Should().NotContain("{").And.NotBeEmpty();

        ObservationSet.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), out var issues).Count.Should().Be(0);
        issues.Issues.Should().ContainSingle().Which.Should().Be(exception.Issue, "both modes report the same issue");
        issues.IsValid.Should().BeFalse();
    }

    [Fact]
    public void Messages_name_the_line_the_column_and_the_reason()
    {
        Issue("metric,unit,period,value\na.b,01,2021-02-30/2021-03-01,5\n").EnglishMessage.Should().Be(
            "Line 2, column 'period': '2021-02-30/2021-03-01': 2021-02-30 is not a calendar date: month 2 of 2021 has 28 days.");
        Issue("metric,unit,period,value\na.b,01,2021,1.170.000\n").VietnameseMessage.Should().Be(
            "Dòng 2, cột 'value': '1.170.000' không phải là số: viết chữ số với dấu chấm thập phân, không tách nhóm nghìn, như 1170000 hoặc 79.63.");
        Issue("metric,unit,period,value\na.b,01,2021\n").EnglishMessage.Should().Be("Line 2: 3 fields where the header has 4.");
        Issue("metric,unit,period,value,colour\n").EnglishMessage.Should().Be(
            "Line 1: 'colour' is not a column of observations; the columns are " + string.Join(", ", Header.Split(',')) + ".");
        Issue("metric,unit,period,value\na.b,01,2021,5\n,01,2021,5\n").AttemptedValue.Should().BeNull();
        Issue("metric,unit,period,value\na.b,1,2021,5\n").AttemptedValue.Should().Be("1");

        static ValidationIssue Issue(string csv)
        {
            ObservationSet.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), out var issues);
            return issues.Issues.Should().ContainSingle().Subject;
        }
    }

    [Fact]
    public void Lenient_reading_skips_bad_rows_keeps_good_ones_and_counts_lines_across_quoted_breaks()
    {
        const string Csv =
            "metric,unit,period,value,source\n" +      // 1
            "a.b,01,2021,1,\"dòng\nhai\"\n" +          // 2-3: one record over two lines
            "a.b,01,2021-Q5,2,\n" +                    // 4: bad period
            "a.b,01,2022,3,x\"y\n" +                   // 5: quote inside an unquoted field
            "a.b,01,2023,4,\n" +                       // 6
            "a.b,01,2024\n" +                          // 7: ragged
            "a.b,\"0\n2\",2025,5,\n" +                 // 8-9: a unit with a line break
            "a.b,02,2026,6,ok\n";                      // 10
        var set = ObservationSet.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(Csv)), out var issues);
        set.Select(o => o.Value).Should().Equal(1m, 4m, 6m);
        set[0].Source.Should().Be("dòng\nhai");
        issues.Issues.Select(i => (i.Code.ToString(), i.Path)).Should().Equal(
            ("DV6413", "lines[4].period"), ("DV6406", "lines[5]"), ("DV6405", "lines[7]"), ("DV6413", "lines[8].unit"));
        FluentActions.Invoking(() => ObservationSet.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(Csv))))
            .Should().Throw<DanVanFormatException>().Which.Issue.Path.Should().Be("lines[4].period", "strict mode stops at the first");
    }

    [Fact]
    public void Lenient_reading_lists_at_most_a_thousand_issues_and_counts_the_rest()
    {
        var csv = new StringBuilder("metric,unit,period,value\n");
        for (var i = 0; i < 1_500; i++)
        {
            csv.Append("a.b,01,2021,x\n");
        }

        csv.Append("a.b,01,2021,1\n");
        var set = ObservationSet.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), out var issues);
        set.Count.Should().Be(1);
        issues.Issues.Should().HaveCount(1_001);
        issues.Issues[^1].Code.ToString().Should().Be("DV6415");
        issues.Issues[^1].EnglishMessage.Should().Be("500 more rows were refused; only the first 1000 issues are listed.");
    }

    [Fact]
    public void A_quote_that_never_closes_stops_reading_with_what_was_read_so_far()
    {
        var csv = "metric,unit,period,value,source\na.b,01,2021,1,\na.b,01,2022,2,\"" + new string('x', 2 * 1024 * 1024);
        var set = ObservationSet.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)), out var issues);
        set.Count.Should().Be(1);
        issues.Issues.Should().ContainSingle().Which.Code.ToString().Should().Be("DV6408");
        var shortCsv = "metric,unit,period,value,source\na.b,01,2021,1,\na.b,01,2022,2,\"abc\na.b,01,2023,3,";
        set = ObservationSet.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(shortCsv)), out issues);
        set.Count.Should().Be(1);
        issues.Issues.Should().ContainSingle().Which.Should().Match<ValidationIssue>(i => i.Code.ToString() == "DV6406" && i.Path == "lines[3]");
    }

    [Fact]
    public void Csv_writing_leaves_the_stream_open_and_null_streams_are_refused()
    {
        var stream = new MemoryStream();
        Sample().WriteCsv(stream);
        stream.Position = 0;
        ObservationSet.ReadCsv(stream).Count.Should().Be(22);
        FluentActions.Invoking(() => ObservationSet.ReadCsv(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ObservationSet.ReadCsv(null!, out _)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Sample().WriteCsv(null!)).Should().Throw<ArgumentNullException>();
    }

    private static byte[] WriteCsv(ObservationSet set)
    {
        var stream = new MemoryStream();
        set.WriteCsv(stream);
        return stream.ToArray();
    }
}
