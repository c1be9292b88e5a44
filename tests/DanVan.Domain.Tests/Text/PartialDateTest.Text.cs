using System.Globalization;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Text;

public partial class PartialDateTest
{
    // A provider that would change number formatting if it were used; culture objects need ICU, this does not.
    private static readonly NumberFormatInfo OddCulture = new() { NegativeSign = "~", NativeDigits = ["٠", "١", "٢", "٣", "٤", "٥", "٦", "٧", "٨", "٩"] };

    [Theory]
    [InlineData("2021", 2021, null, null)]
    [InlineData("2021-06", 2021, 6, null)]
    [InlineData("2021-06-11", 2021, 6, 11)]
    [InlineData("0001", 1, null, null)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    [InlineData("2020-02-29", 2020, 2, 29)]
    public void Parses_the_strict_iso_forms(string text, int year, int? month, int? day)
    {
        var date = PartialDate.Parse(text);
        date.Year.Should().Be(year);
        date.Month.Should().Be(month);
        date.Day.Should().Be(day);
        date.ToString().Should().Be(text);
        PartialDate.TryParse(text, out var again).Should().BeTrue();
        again.Should().Be(date);
        PartialDate.Parse(text.AsSpan(), OddCulture).Should().Be(date);
    }

    [Theory]
    [InlineData("", "DV1200")]
    [InlineData("   ", "DV1200")]
    [InlineData("21", "DV1202")]
    [InlineData("2021-6", "DV1202")]
    [InlineData("2021-06-1", "DV1202")]
    [InlineData(" 2021", "DV1202")]
    [InlineData("2021 ", "DV1202")]
    [InlineData("2021/06/11", "DV1202")]
    [InlineData("11/06/2021", "DV1202")]
    [InlineData("+2021", "DV1202")]
    [InlineData("20210", "DV1202")]
    [InlineData("2021-06-11T00:00", "DV1202")]
    [InlineData("２０２１", "DV1202")]
    [InlineData("٢٠٢١", "DV1202")]
    [InlineData("0000", "DV1206")]
    [InlineData("2021-00", "DV1204")]
    [InlineData("2021-13", "DV1204")]
    [InlineData("2021-02-29", "DV1203")]
    [InlineData("2021-02-30", "DV1203")]
    [InlineData("2021-04-31", "DV1203")]
    [InlineData("2021-01-00", "DV1203")]
    public void Rejects_anything_else_with_a_specific_code(string text, string code)
    {
        PartialDate.TryParse(text, out _, out var error).Should().BeFalse();
        error!.Code.ToString().Should().Be(code);
        error.AttemptedValue.Should().Be(text);
        PartialDate.TryParse(text, out _).Should().BeFalse();
        PartialDate.TryParse(text.AsSpan(), null, out _).Should().BeFalse();
        var thrown = FluentActions.Invoking(() => PartialDate.Parse(text)).Should().Throw<DanVanFormatException>().Which;
        thrown.Issue.Should().Be(error);
        thrown.Should().BeAssignableTo<FormatException>();
    }

    [Fact]
    public void Null_is_rejected()
    {
        PartialDate.TryParse(null, out _, out var error).Should().BeFalse();
        error!.Code.ToString().Should().Be("DV1200");
        PartialDate.TryParse(null, out _).Should().BeFalse();
        FluentActions.Invoking(() => PartialDate.Parse(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Errors_name_the_wrong_part()
    {
        PartialDate.TryParse("2021-02-30", out _, out var day).Should().BeFalse();
        day!.GetArgument("day").Should().Be("30");
        day.GetArgument("daysInMonth").Should().Be("28");
        day.EnglishMessage.Should().Contain("no day 30");
        day.VietnameseMessage.Should().Contain("không có ngày 30");

        PartialDate.TryParse("2021-13", out _, out var month).Should().BeFalse();
        month!.GetArgument("month").Should().Be("13");
    }

    [Fact]
    public void Formatting_ignores_format_and_culture_and_fails_on_short_buffers()
    {
        var date = new PartialDate(2021, 6, 11);
        date.ToString("yyyy", OddCulture).Should().Be("2021-06-11");
        $"{date}".Should().Be("2021-06-11");

        Span<char> shortBuffer = stackalloc char[9];
        date.TryFormat(shortBuffer, out var written, default, null).Should().BeFalse();
        written.Should().Be(0);

        Span<char> exact = stackalloc char[7];
        new PartialDate(2021, 6).TryFormat(exact, out written, default, null).Should().BeTrue();
        exact[..written].ToString().Should().Be("2021-06");
    }

    [Fact]
    public void Every_day_of_a_leap_and_a_common_year_round_trips()
    {
        foreach (var year in new[] { 1, 1900, 2000, 2019, 2020, 9999 })
        {
            for (var day = new NodaTime.LocalDate(year, 1, 1); day.Year == year; day = day.PlusDays(1))
            {
                var date = PartialDate.FromDate(day);
                PartialDate.Parse(date.ToString()).Should().Be(date);
                if (day == new NodaTime.LocalDate(9999, 12, 31))
                {
                    break;
                }
            }

            for (var month = 1; month <= 12; month++)
            {
                var date = new PartialDate(year, month);
                PartialDate.Parse(date.ToString()).Should().Be(date);
            }
        }
    }
}
