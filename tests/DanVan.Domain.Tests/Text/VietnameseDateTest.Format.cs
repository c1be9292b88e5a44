using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Tests.Text;

public partial class VietnameseDateTest
{
    [Theory]
    [InlineData(2010, 2, 25, "25/02/2010", "ngày 25 tháng 2 năm 2010")]
    [InlineData(2018, 6, 11, "11/06/2018", "ngày 11 tháng 6 năm 2018")]
    [InlineData(2021, 12, 30, "30/12/2021", "ngày 30 tháng 12 năm 2021")]
    [InlineData(1000, 1, 1, "01/01/1000", "ngày 1 tháng 1 năm 1000")]
    [InlineData(2018, 6, 0, "06/2018", "tháng 6 năm 2018")]
    [InlineData(2021, 0, 0, "2021", "năm 2021")]
    public void Formats_in_both_styles(int year, int month, int day, string numeric, string words)
    {
        var date = month == 0 ? new PartialDate(year) : day == 0 ? new PartialDate(year, month) : new PartialDate(year, month, day);
        VietnameseDate.Format(date, VietnameseDateStyle.Numeric).Should().Be(numeric);
        VietnameseDate.Format(date, VietnameseDateStyle.Long).Should().Be(words);
    }

    [Fact]
    public void Format_rejects_years_before_1000_and_unknown_styles()
    {
        FluentActions.Invoking(() => VietnameseDate.Format(new PartialDate(999, 12, 31), VietnameseDateStyle.Numeric))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => VietnameseDate.Format(default, VietnameseDateStyle.Long))
            .Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => VietnameseDate.Format(new PartialDate(2021), (VietnameseDateStyle)7))
            .Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Format_then_parse_gives_the_same_date_for_many_random_dates()
    {
        var random = new Random(20211230);
        var first = new LocalDate(1000, 1, 1);
        var span = Period.Between(first, new LocalDate(9999, 12, 31), PeriodUnits.Days).Days;
        for (var i = 0; i < 5_000; i++)
        {
            var day = first.PlusDays(random.Next(span + 1));
            var date = (i % 3) switch
            {
                0 => PartialDate.FromDate(day),
                1 => new PartialDate(day.Year, day.Month),
                _ => new PartialDate(day.Year),
            };
            foreach (var style in new[] { VietnameseDateStyle.Numeric, VietnameseDateStyle.Long })
            {
                var text = VietnameseDate.Format(date, style);
                VietnameseDate.Parse(text).Should().Be(date, text);
            }
        }
    }

    [Fact]
    public void Every_day_of_a_leap_year_round_trips_and_the_iso_form_parses_too()
    {
        for (var day = new LocalDate(2024, 1, 1); day.Year == 2024; day = day.PlusDays(1))
        {
            var date = PartialDate.FromDate(day);
            VietnameseDate.Parse(VietnameseDate.Format(date, VietnameseDateStyle.Numeric)).Should().Be(date);
            VietnameseDate.Parse(VietnameseDate.Format(date, VietnameseDateStyle.Long)).Should().Be(date);
            VietnameseDate.Parse(date.ToString()).Should().Be(date);
        }
    }
}
