using DanVan.Domain.Metrics;
using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>The canonical text forms (SDMX style): writing, strict reading, and why a text is refused.</summary>
public partial class ReportingPeriodTest
{
    public static TheoryData<string, ReportingPeriod> CanonicalForms => new()
    {
        { "2021-M03", ReportingPeriod.Month(2021, 3) },
        { "2021-M12", ReportingPeriod.Month(2021, 12) },
        { "2021-Q3", ReportingPeriod.Quarter(2021, 3) },
        { "2021-H1", ReportingPeriod.HalfYear(2021, 1) },
        { "2021-H2", ReportingPeriod.HalfYear(2021, 2) },
        { "2021-9M", ReportingPeriod.NineMonths(2021) },
        { "2021", ReportingPeriod.CalendarYear(2021) },
        { "2020/2025", ReportingPeriod.Years(2020, 2025) },
        { "2011-01-01/2020-03-26", ReportingPeriod.Custom(new LocalDate(2011, 1, 1), new LocalDate(2020, 3, 26)) },
        { "2020-02-29/2020-02-29", ReportingPeriod.Custom(new LocalDate(2020, 2, 29), new LocalDate(2020, 2, 29)) },
        { "1000", ReportingPeriod.CalendarYear(1000) },
        { "9999-M12", ReportingPeriod.Month(9999, 12) },
        { "9998/9999", ReportingPeriod.Years(9998, 9999) },
    };

    [Theory]
    [MemberData(nameof(CanonicalForms))]
    public void Each_canonical_form_is_written_and_read_back(string text, ReportingPeriod period)
    {
        period.ToString().Should().Be(text);
        period.ToString(null, null).Should().Be(text);
        ReportingPeriod.Parse(text, null).Should().Be(period);
        ReportingPeriod.Parse(text.AsSpan(), null).Should().Be(period);
        ReportingPeriod.TryParse(text, out var parsed).Should().BeTrue();
        parsed.Should().Be(period);
        ReportingPeriod.TryParse(text, out parsed, out var error).Should().BeTrue();
        error.Should().BeNull();
        ReportingPeriod.TryParse(text.AsSpan(), out parsed).Should().BeTrue();
        ReportingPeriod.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out parsed).Should().BeTrue();
        ReportingPeriod.TryParse(text.AsSpan(), null, out parsed).Should().BeTrue();
        parsed.Should().Be(period);
    }

    [Theory]
    [MemberData(nameof(CanonicalForms))]
    public void TryFormat_writes_the_text_or_reports_a_short_buffer(string text, ReportingPeriod period)
    {
        var buffer = new char[ReportingPeriod.MaximumTextLength];
        period.TryFormat(buffer, out var written, default, null).Should().BeTrue();
        new string(buffer, 0, written).Should().Be(text);
        period.TryFormat(new char[text.Length - 1], out written, default, null).Should().BeFalse();
        written.Should().Be(0);
        $"{period}".Should().Be(text, "string interpolation goes through ISpanFormattable");
    }

    [Fact]
    public void Default_writes_as_the_empty_string()
    {
        default(ReportingPeriod).ToString().Should().BeEmpty();
        default(ReportingPeriod).TryFormat(Span<char>.Empty, out var written, default, null).Should().BeTrue();
        written.Should().Be(0);
    }

    [Theory]
    // DV6101: nothing there.
    [InlineData("", "DV6101")]
    [InlineData("   ", "DV6101")]
    // DV6102: not one of the forms; the reason says which form was meant.
    [InlineData("2021-M3", "DV6102")]
    [InlineData("2021-M013", "DV6102")]
    [InlineData("2021-m03", "DV6102")]
    [InlineData("2021-q3", "DV6102")]
    [InlineData("2021-h1", "DV6102")]
    [InlineData("2021-9m", "DV6102")]
    [InlineData("2021-Q03", "DV6102")]
    [InlineData("2021-H01", "DV6102")]
    [InlineData("2021-Q", "DV6102")]
    [InlineData("2021-", "DV6102")]
    [InlineData("2021-9", "DV6102")]
    [InlineData("2021-S1", "DV6102")]
    [InlineData("2021-A1", "DV6102")]
    [InlineData("2021-W01", "DV6102")]
    [InlineData("2021/25", "DV6102")]
    [InlineData("2021/2025/2030", "DV6102")]
    [InlineData("2021-03", "DV6102")]
    [InlineData("2021-03-01", "DV6102")]
    [InlineData("2021-03-01/2021-03", "DV6102")]
    [InlineData("2021-3-1/2021-3-31", "DV6102")]
    [InlineData("2021-03-01/2021-03-31 ", "DV6102")]
    [InlineData("2021 - Q3", "DV6102")]
    [InlineData(" 2021", "DV6102")]
    [InlineData("2021-Q3\n", "DV6102")]
    [InlineData("21-Q3", "DV6102")]
    [InlineData("Q3-2021", "DV6102")]
    [InlineData("Q3/2021", "DV6102")]
    [InlineData("２０２１", "DV6102")]
    [InlineData("2021.0", "DV6102")]
    [InlineData("+2021", "DV6102")]
    [InlineData("-2021", "DV6102")]
    [InlineData("2021Q3", "DV6102")]
    // DV6103-DV6109: the right shape for a period that does not exist.
    [InlineData("0999", "DV6103")]
    [InlineData("0999/2020", "DV6103")]
    [InlineData("0999-Q1", "DV6103")]
    [InlineData("0999-01-01/2020-01-01", "DV6103")]
    [InlineData("2021-M13", "DV6104")]
    [InlineData("2021-M00", "DV6104")]
    [InlineData("2021-Q0", "DV6105")]
    [InlineData("2021-Q5", "DV6105")]
    [InlineData("2021-H0", "DV6106")]
    [InlineData("2021-H3", "DV6106")]
    [InlineData("2025/2020", "DV6107")]
    [InlineData("2021/2021", "DV6107")]
    [InlineData("2021-02-29/2021-03-01", "DV6108")]
    [InlineData("2021-02-30/2021-03-01", "DV6108")]
    [InlineData("2021-04-31/2021-05-01", "DV6108")]
    [InlineData("2021-13-01/2021-12-31", "DV6108")]
    [InlineData("2021-01-00/2021-12-31", "DV6108")]
    [InlineData("2021-01-01/2021-00-31", "DV6108")]
    [InlineData("2021-03-26/2021-03-25", "DV6109")]
    [InlineData("2020-03-26/2011-01-01", "DV6109")]
    public void Bad_text_is_refused_with_the_issue_that_says_why(string text, string code)
    {
        ReportingPeriod.TryParse(text, out var period, out var error).Should().BeFalse();
        period.IsDefault.Should().BeTrue();
        error!.Code.ToString().Should().Be(code);
        error.EnglishMessage.Should().NotContain("{").And.NotBeEmpty();
        error.VietnameseMessage.Should().NotContain("{").And.NotBeEmpty();
        ReportingPeriod.TryParse(text, out _).Should().BeFalse();
        ReportingPeriod.TryParse(text.AsSpan(), null, out _).Should().BeFalse();
        FluentActions.Invoking(() => ReportingPeriod.Parse(text, null))
            .Should().Throw<DanVanFormatException>().Which.Issue.Code.ToString().Should().Be(code);
        FluentActions.Invoking(() => ReportingPeriod.Parse(text.AsSpan(), null))
            .Should().Throw<DanVanFormatException>().Which.Issue.Code.ToString().Should().Be(code);
    }

    [Fact]
    public void Messages_explain_the_reason_in_both_languages()
    {
        Error("2021-02-30/2021-03-01").EnglishMessage.Should().Be(
            "'2021-02-30/2021-03-01': 2021-02-30 is not a calendar date: month 2 of 2021 has 28 days.");
        Error("2021-02-30/2021-03-01").VietnameseMessage.Should().Be(
            "'2021-02-30/2021-03-01': 2021-02-30 không phải là ngày có thật: tháng 2 năm 2021 có 28 ngày.");
        Error("2021-01-01/2021-13-01").EnglishMessage.Should().Contain("2021-13-01 is not a calendar date: there is no month 13");
        Error("2021-M3").EnglishMessage.Should().Be("'2021-M3' is not a reporting period: a month is written M and two digits, as in 2021-M03.");
        Error("2021-q3").EnglishMessage.Should().Contain("upper case");
        Error("2021 Q3").EnglishMessage.Should().Contain("white space");
        Error("2021-M13").EnglishMessage.Should().Be("'2021-M13': there is no month 13; months are 1 to 12.");
        Error("2021/2021").EnglishMessage.Should().Contain("(2021-2021)").And.Contain("a single year is written as the year alone");
        Error("2021-03-26/2021-03-25").EnglishMessage.Should().Be("'2021-03-26/2021-03-25': the period ends on 2021-03-25, before it starts on 2021-03-26.");
        Error("0999").VietnameseMessage.Should().Be("'0999': năm 0999 nằm ngoài khoảng 1000-9999.");
        Error("2021-03-26/2021-03-25").AttemptedValue.Should().Be("2021-03-26/2021-03-25");
        Error("").AttemptedValue.Should().BeEmpty();
        Error(new string('9', 500)).AttemptedValue!.Length.Should().BeLessThan(130, "hostile input is cut for display");

        static Domain.Validation.ValidationIssue Error(string text)
        {
            ReportingPeriod.TryParse(text, out _, out var error).Should().BeFalse();
            return error!;
        }
    }

    [Fact]
    public void Null_is_refused_by_TryParse_and_an_argument_error_for_Parse()
    {
        ReportingPeriod.TryParse((string?)null, out _).Should().BeFalse();
        ReportingPeriod.TryParse((string?)null, out _, out var error).Should().BeFalse();
        error!.Code.ToString().Should().Be("DV6101");
        ReportingPeriod.TryParse((string?)null, null, out _).Should().BeFalse();
        FluentActions.Invoking(() => ReportingPeriod.Parse(null!, null)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => ReportingPeriod.Parse((string)null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Random_periods_of_every_kind_round_trip_through_their_text()
    {
        var random = new Random(2021_03_26);
        for (var i = 0; i < 20_000; i++)
        {
            var period = RandomPeriod(random);
            var text = period.ToString();
            ReportingPeriod.Parse(text, null).Should().Be(period, text);
            text.Length.Should().BeLessThanOrEqualTo(ReportingPeriod.MaximumTextLength);
        }
    }

    [Fact]
    public void Every_period_of_every_year_round_trips_through_its_text()
    {
        for (var year = ReportingPeriod.MinimumYear; year <= ReportingPeriod.MaximumYear; year++)
        {
            foreach (var period in AllCalendarPeriods(year))
            {
                ReportingPeriod.TryParse(period.ToString(), out var back).Should().BeTrue();
                back.Should().Be(period);
            }
        }
    }

    // Any period of any kind in 1000-9999, custom ones of any length.
    internal static ReportingPeriod RandomPeriod(Random random)
    {
        var year = random.Next(4) == 0 ? random.Next(ReportingPeriod.MinimumYear, ReportingPeriod.MaximumYear + 1) : random.Next(1990, 2040);
        switch (random.Next(7))
        {
            case 0: return ReportingPeriod.Month(year, random.Next(1, 13));
            case 1: return ReportingPeriod.Quarter(year, random.Next(1, 5));
            case 2: return ReportingPeriod.HalfYear(year, random.Next(1, 3));
            case 3: return ReportingPeriod.NineMonths(year);
            case 4: return ReportingPeriod.CalendarYear(year);
            case 5:
                var first = Math.Min(year, ReportingPeriod.MaximumYear - 1);
                return ReportingPeriod.Years(first, random.Next(first + 1, Math.Min(first + 12, ReportingPeriod.MaximumYear) + 1));
            default:
                var start = new LocalDate(year, 1, 1).PlusDays(random.Next(365));
                var days = random.Next(3) == 0 ? random.Next(0, 5000) : random.Next(0, 400);
                var left = Period.DaysBetween(start, new LocalDate(ReportingPeriod.MaximumYear, 12, 31));
                return ReportingPeriod.Custom(start, start.PlusDays(Math.Min(days, left)));
        }
    }
}
