using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Tests.Text;

public partial class VietnameseDateTest
{
    [Theory]
    [InlineData("25/2/2010", 2010, 2, 25)]
    [InlineData("26/03/2020", 2020, 3, 26)]
    [InlineData("26-03-2020", 2020, 3, 26)]
    [InlineData("26.03.2020", 2020, 3, 26)]
    [InlineData("26 / 03 / 2020", 2020, 3, 26)]
    [InlineData("26–03–2020", 2020, 3, 26)]
    [InlineData("ngày 11 tháng 6 năm 2018", 2018, 6, 11)]
    [InlineData("Ngày 11 tháng 6 năm 2018", 2018, 6, 11)]
    [InlineData("NGÀY 11 THÁNG 06 NĂM 2018", 2018, 6, 11)]
    [InlineData("11 tháng 6 năm 2018", 2018, 6, 11)]
    [InlineData("ngày 11/6/2018", 2018, 6, 11)]
    [InlineData("ngày 11-6-2018", 2018, 6, 11)]
    [InlineData("Thứ Năm, 30/12/2021", 2021, 12, 30)]
    [InlineData("Thứ năm, ngày 30/12/2021", 2021, 12, 30)]
    [InlineData("Thứ Năm 30/12/2021", 2021, 12, 30)]
    [InlineData("thứ 5, 30/12/2021", 2021, 12, 30)]
    [InlineData("Thứ Năm, ngày 30 tháng 12 năm 2021", 2021, 12, 30)]
    [InlineData("Thứ Hai, 27/12/2021", 2021, 12, 27)]
    [InlineData("Thứ 2, 27/12/2021", 2021, 12, 27)]
    [InlineData("Thứ Ba, 28/12/2021", 2021, 12, 28)]
    [InlineData("Thứ Tư, 29/12/2021", 2021, 12, 29)]
    [InlineData("Thứ 4, 29/12/2021", 2021, 12, 29)]
    [InlineData("Thứ Sáu, 31/12/2021", 2021, 12, 31)]
    [InlineData("Thứ Bảy, 1/1/2022", 2022, 1, 1)]
    [InlineData("Thứ bẩy, 1/1/2022", 2022, 1, 1)]
    [InlineData("thứ 7, 1/1/2022", 2022, 1, 1)]
    [InlineData("Chủ nhật, 2/1/2022", 2022, 1, 2)]
    [InlineData("Chủ Nhật, ngày 2/1/2022", 2022, 1, 2)]
    [InlineData("CN, 2/1/2022", 2022, 1, 2)]
    [InlineData("2021-06-11", 2021, 6, 11)]
    [InlineData("  25/2/2010  ", 2010, 2, 25)]
    [InlineData("25/2/2010.", 2010, 2, 25)]
    [InlineData("ngày 11 tháng 6 năm 2018.", 2018, 6, 11)]
    [InlineData("29/2/2020", 2020, 2, 29)]
    [InlineData("1/1/1000", 1000, 1, 1)]
    [InlineData("31/12/9999", 9999, 12, 31)]
    [InlineData("２５／２／２０１０", 2010, 2, 25)]
    public void Accepts_day_forms(string text, int year, int month, int day)
    {
        var expected = new PartialDate(year, month, day);
        VietnameseDate.Parse(text).Should().Be(expected);
        VietnameseDate.TryParse(text, out var result).Should().BeTrue();
        result.Should().Be(expected);
        VietnameseDate.TryParse(text, out result, out var error).Should().BeTrue();
        result.Should().Be(expected);
        error.Should().BeNull();
    }

    [Theory]
    [InlineData("tháng 6/2018", 2018, 6)]
    [InlineData("Tháng 6/2018", 2018, 6)]
    [InlineData("tháng 6 năm 2018", 2018, 6)]
    [InlineData("tháng 06-2018", 2018, 6)]
    [InlineData("6/2018", 2018, 6)]
    [InlineData("06/2018", 2018, 6)]
    [InlineData("12/2021.", 2021, 12)]
    [InlineData("2018-06", 2018, 6)]
    public void Accepts_month_forms(string text, int year, int month)
    {
        var date = VietnameseDate.Parse(text);
        date.Should().Be(new PartialDate(year, month));
        date.Precision.Should().Be(DatePrecision.Month);
    }

    [Theory]
    [InlineData("năm 2021", 2021)]
    [InlineData("Năm 2021", 2021)]
    [InlineData("NĂM 2021.", 2021)]
    [InlineData("2021", 2021)]
    [InlineData(" 2021 ", 2021)]
    public void Accepts_year_forms(string text, int year)
    {
        var date = VietnameseDate.Parse(text);
        date.Should().Be(new PartialDate(year));
        date.Precision.Should().Be(DatePrecision.Year);
    }

    [Fact]
    public void The_seed_forms_parse_and_the_seed_weekday_is_right()
    {
        // Check the calendar with NodaTime rather than trusting the article.
        new LocalDate(2021, 12, 30).DayOfWeek.Should().Be(IsoDayOfWeek.Thursday);
        new LocalDate(2022, 1, 2).DayOfWeek.Should().Be(IsoDayOfWeek.Sunday);

        VietnameseDate.Parse("Thứ Năm, 30/12/2021").Should().Be(new PartialDate(2021, 12, 30));
        VietnameseDate.Parse("ngày 11 tháng 6 năm 2018").Should().Be(new PartialDate(2018, 6, 11));
        VietnameseDate.Parse("26/03/2020").Should().Be(new PartialDate(2020, 3, 26));
        VietnameseDate.Parse("25/2/2010").Should().Be(new PartialDate(2010, 2, 25));
        VietnameseDate.Parse("tháng 6/2018").Should().Be(new PartialDate(2018, 6));
        VietnameseDate.Parse("năm 2021").Should().Be(new PartialDate(2021));
    }

    // Decomposed forms are written out (not made with string.Normalize) so the test means the same without ICU.
    [Theory]
    [InlineData("Thứ Năm, 30/12/2021", "Thu Nam, 30/12/2021", "Thu\u031B\u0301 Na\u0306m, 30/12/2021")]
    [InlineData("ngày 11 tháng 6 năm 2018", "ngay 11 thang 6 nam 2018", "nga\u0300y 11 tha\u0301ng 6 na\u0306m 2018")]
    [InlineData("Chủ nhật, ngày 2 tháng 1 năm 2022", "Chu nhat, ngay 2 thang 1 nam 2022", "Chu\u0309 nha\u0302\u0323t, nga\u0300y 2 tha\u0301ng 1 na\u0306m 2022")]
    [InlineData("Thứ Tư, 29/12/2021", "thu tu, 29/12/2021", "Thu\u031B\u0301 Tu\u031B, 29/12/2021")]
    [InlineData("tháng 6 năm 2018", "thang 6 nam 2018", "tha\u0301ng 6 na\u0306m 2018")]
    [InlineData("năm 2021", "NAM 2021", "na\u0306m 2021")]
    public void Ascii_decomposed_and_oddly_spaced_variants_read_the_same(string text, string ascii, string decomposed)
    {
        decomposed.Should().NotBe(text);
        var expected = VietnameseDate.Parse(text);
        VietnameseDate.Parse(ascii).Should().Be(expected);
        VietnameseDate.Parse(decomposed).Should().Be(expected);
        VietnameseDate.Parse(text.ToUpperInvariant()).Should().Be(expected);
        VietnameseDate.Parse(" \t" + text.Replace(" ", "  \u00A0", StringComparison.Ordinal) + "\r\n").Should().Be(expected);
    }

    [Theory]
    [InlineData("", "DV1200")]
    [InlineData("   ", "DV1200")]
    [InlineData("\u200B", "DV1200")]
    [InlineData("hôm qua", "DV1201")]
    [InlineData("25 2 2010", "DV1201")]
    [InlineData("25/2-2010", "DV1201")]
    [InlineData("2021/06/11", "DV1201")]
    [InlineData("25.2010", "DV1201")]
    [InlineData("ngày", "DV1201")]
    [InlineData("ngày 6/2018", "DV1201")]
    [InlineData("Thứ Năm, tháng 6/2018", "DV1201")]
    [InlineData("Thứ Năm", "DV1201")]
    [InlineData(".", "DV1201")]
    [InlineData("21", "DV1201")]
    [InlineData("20210", "DV1201")]
    [InlineData("31/2/2020", "DV1203")]
    [InlineData("29/2/2019", "DV1203")]
    [InlineData("0/1/2020", "DV1203")]
    [InlineData("31/4/2021", "DV1203")]
    [InlineData("ngày 32 tháng 1 năm 2021", "DV1203")]
    [InlineData("2021-02-29", "DV1203")]
    [InlineData("1/13/2020", "DV1204")]
    [InlineData("1/0/2020", "DV1204")]
    [InlineData("tháng 13/2020", "DV1204")]
    [InlineData("13/2020", "DV1204")]
    [InlineData("25/2/10", "DV1205")]
    [InlineData("ngày 25 tháng 2 năm 10", "DV1205")]
    [InlineData("năm 21", "DV1205")]
    [InlineData("tháng 6/18", "DV1205")]
    [InlineData("25/2/999", "DV1206")]
    [InlineData("25/2/0999", "DV1206")]
    [InlineData("25/2/10000", "DV1206")]
    [InlineData("năm 5", "DV1206")]
    [InlineData("0999", "DV1206")]
    [InlineData("25/2/99999999999999999999", "DV1206")]
    [InlineData("25/2", "DV1207")]
    [InlineData("ngày 25/2", "DV1207")]
    [InlineData("tháng 6", "DV1207")]
    [InlineData("6/18", "DV1207")]
    [InlineData("Thứ Sáu, 30/12/2021", "DV1208")]
    [InlineData("thứ 6, 30/12/2021", "DV1208")]
    [InlineData("CN, 30/12/2021", "DV1208")]
    [InlineData("Thứ Tám, 30/12/2021", "DV1209")]
    [InlineData("Thứ 8, 30/12/2021", "DV1209")]
    [InlineData("Thứ 1, 30/12/2021", "DV1209")]
    [InlineData("30/12/2021 08:15", "DV1210")]
    [InlineData("30/12/2021 lúc 8 giờ", "DV1210")]
    [InlineData("30/12/2021..", "DV1210")]
    [InlineData("30/12/2021/5", "DV1210")]
    [InlineData("2021 và 2022", "DV1210")]
    [InlineData("Hà Nội, ngày 11 tháng 6 năm 2018", "DV1201")]
    public void Rejects_with_a_specific_code(string text, string code)
    {
        VietnameseDate.TryParse(text, out _, out var error).Should().BeFalse();
        error!.Code.ToString().Should().Be(code);
        error.AttemptedValue.Should().Be(text);
        error.GetArgument("text").Should().Be(text);
        error.EnglishMessage.Should().NotContain("{").And.NotContain("}");
        error.VietnameseMessage.Should().NotContain("{").And.NotContain("}");
        VietnameseDate.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void Null_is_rejected()
    {
        VietnameseDate.TryParse(null, out _, out var error).Should().BeFalse();
        error!.Code.ToString().Should().Be("DV1200");
        FluentActions.Invoking(() => VietnameseDate.Parse(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Parse_throws_a_FormatException_with_a_Vietnamese_message()
    {
        var exception = FluentActions.Invoking(() => VietnameseDate.Parse("31/2/2020"))
            .Should().Throw<DanVanFormatException>().Which;
        exception.Should().BeAssignableTo<FormatException>();
        exception.Issue.Code.ToString().Should().Be("DV1203");
        exception.Message.Should().Be("'31/2/2020' is not a real date: month 2 of 2020 has 29 days, so there is no day 31.");
        exception.VietnameseMessage.Should().Be("'31/2/2020' không phải là ngày có thật: tháng 2 năm 2020 chỉ có 29 ngày, không có ngày 31.");
    }

    [Fact]
    public void Impossible_dates_say_which_part_is_wrong()
    {
        Error("29/2/2019").GetArgument("daysInMonth").Should().Be("28");
        Error("29/2/2019").GetArgument("day").Should().Be("29");
        Error("0/1/2020").GetArgument("day").Should().Be("0");
        Error("1/13/2020").GetArgument("month").Should().Be("13");
        Error("1/13/2020").VietnameseMessage.Should().Contain("không có tháng 13");
        Error("25/2/10").GetArgument("year").Should().Be("10");
        Error("25/2/10").VietnameseMessage.Should().Contain("hai chữ số");
        Error("25/2/999").GetArgument("minimum").Should().Be("1000");
    }

    [Fact]
    public void A_wrong_weekday_says_which_weekday_the_date_really_is()
    {
        var error = Error("Thứ Sáu, 30/12/2021");
        error.GetArgument("weekday").Should().Be("Friday");
        error.GetArgument("actualWeekday").Should().Be("Thursday");
        error.EnglishMessage.Should().Be("'Thứ Sáu, 30/12/2021' says Friday, but 30/12/2021 is a Thursday.");
        error.VietnameseMessage.Should().Be("'Thứ Sáu, 30/12/2021' ghi là Thứ Sáu, nhưng ngày 30/12/2021 là Thứ Năm.");
    }

    [Fact]
    public void Every_weekday_name_is_checked_against_the_calendar()
    {
        var names = new Dictionary<IsoDayOfWeek, string[]>
        {
            [IsoDayOfWeek.Monday] = ["Thứ Hai", "thứ 2"],
            [IsoDayOfWeek.Tuesday] = ["Thứ Ba", "thứ 3"],
            [IsoDayOfWeek.Wednesday] = ["Thứ Tư", "thứ 4"],
            [IsoDayOfWeek.Thursday] = ["Thứ Năm", "thứ 5"],
            [IsoDayOfWeek.Friday] = ["Thứ Sáu", "thứ 6"],
            [IsoDayOfWeek.Saturday] = ["Thứ Bảy", "thứ 7"],
            [IsoDayOfWeek.Sunday] = ["Chủ nhật", "CN"],
        };
        for (var day = new LocalDate(2024, 2, 20); day < new LocalDate(2024, 3, 5); day = day.PlusDays(1))
        {
            foreach (var (weekday, spellings) in names)
            {
                foreach (var spelling in spellings)
                {
                    var text = $"{spelling}, {day.Day}/{day.Month}/{day.Year}";
                    var ok = VietnameseDate.TryParse(text, out var date, out var error);
                    ok.Should().Be(weekday == day.DayOfWeek, text);
                    if (ok)
                    {
                        date.ToLocalDate().Should().Be(day);
                    }
                    else
                    {
                        error!.Code.ToString().Should().Be("DV1208");
                    }
                }
            }
        }
    }

    [Fact]
    public void Trailing_text_is_quoted_as_written()
    {
        var error = Error("30/12/2021 lúc 8 giờ");
        error.GetArgument("trailing").Should().Be("lúc 8 giờ");
        Error("30/12/2021 08:15").GetArgument("trailing").Should().Be("08:15");
        Error("Thứ Tám, 30/12/2021").GetArgument("weekday").Should().Be("Tám");
    }

    [Fact]
    public void Long_attempted_values_are_cut()
    {
        var text = "25/2/2010 " + new string('x', 500);
        var error = Error(text);
        error.AttemptedValue!.Length.Should().BeLessThan(200);
        error.GetArgument("trailing")!.Length.Should().BeLessThan(200);
    }

    private static DanVan.Domain.Validation.ValidationIssue Error(string text)
    {
        VietnameseDate.TryParse(text, out _, out var error).Should().BeFalse(text);
        return error!;
    }
}
