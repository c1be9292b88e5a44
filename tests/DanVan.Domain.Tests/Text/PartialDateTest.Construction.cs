using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Tests.Text;

public partial class PartialDateTest
{
    [Fact]
    public void Year_constructor_gives_year_precision()
    {
        var date = new PartialDate(2021);
        date.Year.Should().Be(2021);
        date.Month.Should().BeNull();
        date.Day.Should().BeNull();
        date.Precision.Should().Be(DatePrecision.Year);
    }

    [Fact]
    public void Month_constructor_gives_month_precision()
    {
        var date = new PartialDate(2018, 6);
        date.Year.Should().Be(2018);
        date.Month.Should().Be(6);
        date.Day.Should().BeNull();
        date.Precision.Should().Be(DatePrecision.Month);
    }

    [Fact]
    public void Day_constructor_gives_day_precision()
    {
        var date = new PartialDate(2018, 6, 11);
        date.Year.Should().Be(2018);
        date.Month.Should().Be(6);
        date.Day.Should().Be(11);
        date.Precision.Should().Be(DatePrecision.Day);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10000)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Constructors_reject_years_outside_1_to_9999(int year)
    {
        FluentActions.Invoking(() => new PartialDate(year)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new PartialDate(year, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new PartialDate(year, 1, 1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(-1)]
    public void Constructors_reject_months_outside_1_to_12(int month)
    {
        FluentActions.Invoking(() => new PartialDate(2020, month)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new PartialDate(2020, month, 1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(2020, 2, 30)]
    [InlineData(2019, 2, 29)]
    [InlineData(1900, 2, 29)]
    [InlineData(2021, 4, 31)]
    [InlineData(2021, 1, 0)]
    [InlineData(2021, 1, 32)]
    public void Day_constructor_rejects_days_that_do_not_exist(int year, int month, int day) =>
        FluentActions.Invoking(() => new PartialDate(year, month, day)).Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData(2020, 2, 29)]
    [InlineData(2000, 2, 29)]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void Day_constructor_accepts_leap_days_and_the_extremes(int year, int month, int day) =>
        new PartialDate(year, month, day).ToLocalDate().Should().Be(new LocalDate(year, month, day));

    [Fact]
    public void Default_is_the_year_1()
    {
        var date = default(PartialDate);
        date.Year.Should().Be(1);
        date.Precision.Should().Be(DatePrecision.Year);
        date.Should().Be(new PartialDate(1));
        date.ToString().Should().Be("0001");
        date.Start.Should().Be(new LocalDate(1, 1, 1));
        date.End.Should().Be(new LocalDate(1, 12, 31));
    }

    [Fact]
    public void FromDate_keeps_the_day_and_converts_other_calendars()
    {
        PartialDate.FromDate(new LocalDate(2021, 12, 30)).Should().Be(new PartialDate(2021, 12, 30));
        var julian = new LocalDate(2021, 12, 17, CalendarSystem.Julian);
        PartialDate.FromDate(julian).Should().Be(new PartialDate(2021, 12, 30));
    }

    [Fact]
    public void FromDate_rejects_years_before_1() =>
        FluentActions.Invoking(() => PartialDate.FromDate(new LocalDate(0, 6, 1)))
            .Should().Throw<ArgumentOutOfRangeException>();

    [Theory]
    [InlineData("2020", "2020-01-01", "2020-12-31")]
    [InlineData("2020-02", "2020-02-01", "2020-02-29")]
    [InlineData("2019-02", "2019-02-01", "2019-02-28")]
    [InlineData("1900-02", "1900-02-01", "1900-02-28")]
    [InlineData("2021-04", "2021-04-01", "2021-04-30")]
    [InlineData("2021-06-11", "2021-06-11", "2021-06-11")]
    public void Start_and_End_are_the_first_and_last_day_covered(string text, string start, string end)
    {
        var date = PartialDate.Parse(text);
        date.Start.Should().Be(IsoDate(start));
        date.End.Should().Be(IsoDate(end));
        (date.ToDateInterval() == new DateInterval(IsoDate(start), IsoDate(end))).Should().BeTrue();
        date.ToDateInterval().Length.Should().Be(Period.Between(IsoDate(start), IsoDate(end), PeriodUnits.Days).Days + 1);
    }

    [Fact]
    public void Contains_covers_exactly_the_days_between_Start_and_End()
    {
        var february = new PartialDate(2020, 2);
        february.Contains(new LocalDate(2020, 1, 31)).Should().BeFalse();
        february.Contains(new LocalDate(2020, 2, 1)).Should().BeTrue();
        february.Contains(new LocalDate(2020, 2, 29)).Should().BeTrue();
        february.Contains(new LocalDate(2020, 3, 1)).Should().BeFalse();

        var year = new PartialDate(2021);
        year.Contains(new LocalDate(2020, 12, 31)).Should().BeFalse();
        year.Contains(new LocalDate(2021, 1, 1)).Should().BeTrue();
        year.Contains(new LocalDate(2021, 12, 31)).Should().BeTrue();
        year.Contains(new LocalDate(2022, 1, 1)).Should().BeFalse();

        var day = new PartialDate(2021, 12, 30);
        day.Contains(new LocalDate(2021, 12, 30)).Should().BeTrue();
        day.Contains(new LocalDate(2021, 12, 29)).Should().BeFalse();
        day.Contains(new LocalDate(2021, 12, 31)).Should().BeFalse();
    }

    [Fact]
    public void Contains_accepts_dates_of_other_calendars() =>
        new PartialDate(2021, 12).Contains(new LocalDate(2021, 12, 17, CalendarSystem.Julian)).Should().BeTrue();

    [Fact]
    public void TryGetLocalDate_and_ToLocalDate_need_day_precision()
    {
        new PartialDate(2021, 6, 11).TryGetLocalDate(out var date).Should().BeTrue();
        date.Should().Be(new LocalDate(2021, 6, 11));

        new PartialDate(2021, 6).TryGetLocalDate(out _).Should().BeFalse();
        new PartialDate(2021).TryGetLocalDate(out _).Should().BeFalse();
        FluentActions.Invoking(() => new PartialDate(2021, 6).ToLocalDate()).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => new PartialDate(2021).ToLocalDate()).Should().Throw<InvalidOperationException>();
    }

    private static LocalDate IsoDate(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
