using DanVan.Domain.Metrics;
using NodaTime;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>The core of <see cref="ReportingPeriod"/>: factories, days, containment, overlap and order.</summary>
public partial class ReportingPeriodTest
{
    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Each_factory_gives_its_kind_and_inclusive_days()
    {
        Check(ReportingPeriod.Month(2021, 3), PeriodKind.Month, D(2021, 3, 1), D(2021, 3, 31), 31, 3);
        Check(ReportingPeriod.Quarter(2021, 3), PeriodKind.Quarter, D(2021, 7, 1), D(2021, 9, 30), 92, 3);
        Check(ReportingPeriod.HalfYear(2021, 1), PeriodKind.HalfYear, D(2021, 1, 1), D(2021, 6, 30), 181, 1);
        Check(ReportingPeriod.HalfYear(2021, 2), PeriodKind.HalfYear, D(2021, 7, 1), D(2021, 12, 31), 184, 2);
        Check(ReportingPeriod.NineMonths(2021), PeriodKind.NineMonths, D(2021, 1, 1), D(2021, 9, 30), 273, 0);
        Check(ReportingPeriod.CalendarYear(2021), PeriodKind.Year, D(2021, 1, 1), D(2021, 12, 31), 365, 0);
        // The committee term 2020-2025: six whole years, two of them leap years.
        Check(ReportingPeriod.Years(2020, 2025), PeriodKind.MultiYear, D(2020, 1, 1), D(2025, 12, 31), (6 * 365) + 2, 0);
        // Thường Tín's figures "since 2011" up to the inspection of 26/3/2020: 9 years (2012 and 2016 leap) and 31+29+26 days.
        Check(ReportingPeriod.Custom(D(2011, 1, 1), D(2020, 3, 26)), PeriodKind.Custom, D(2011, 1, 1), D(2020, 3, 26), (9 * 365) + 2 + 86, 0);

        static void Check(ReportingPeriod period, PeriodKind kind, LocalDate start, LocalDate end, int days, int number)
        {
            period.IsDefault.Should().BeFalse();
            period.Kind.Should().Be(kind);
            period.Start.Should().Be(start);
            period.End.Should().Be(end);
            period.Days.Should().Be(days);
            period.Number.Should().Be(number);
            period.Year.Should().Be(start.Year);
            (period.ToInterval() == new DateInterval(start, end)).Should().BeTrue();
        }
    }

    [Theory]
    [InlineData(2020, 29)]
    [InlineData(2021, 28)]
    [InlineData(2000, 29)] // divisible by 400
    [InlineData(1900, 28)] // divisible by 100 only
    [InlineData(2024, 29)]
    public void February_has_its_leap_year_length(int year, int days)
    {
        ReportingPeriod.Month(year, 2).Days.Should().Be(days);
        ReportingPeriod.Month(year, 2).End.Should().Be(D(year, 2, days));
        ReportingPeriod.Quarter(year, 1).Days.Should().Be(31 + days + 31);
        ReportingPeriod.CalendarYear(year).Days.Should().Be(337 + days);
        ReportingPeriod.HalfYear(year, 1).Days.Should().Be(153 + days);
    }

    [Fact]
    public void The_first_and_last_years_work_for_every_kind()
    {
        ReportingPeriod.Month(9999, 12).End.Should().Be(D(9999, 12, 31));
        ReportingPeriod.Quarter(9999, 4).End.Should().Be(D(9999, 12, 31));
        ReportingPeriod.HalfYear(9999, 2).End.Should().Be(D(9999, 12, 31));
        ReportingPeriod.NineMonths(9999).End.Should().Be(D(9999, 9, 30));
        ReportingPeriod.CalendarYear(9999).End.Should().Be(D(9999, 12, 31));
        ReportingPeriod.Years(9998, 9999).End.Should().Be(D(9999, 12, 31));
        ReportingPeriod.CalendarYear(9999).MonthsWithin().Should().HaveCount(12).And.EndWith(ReportingPeriod.Month(9999, 12));
        ReportingPeriod.Month(1000, 1).Start.Should().Be(D(1000, 1, 1));
        ReportingPeriod.Years(1000, 9999).MonthsWithin().Should().HaveCount(9000 * 12);
    }

    [Fact]
    public void Factories_refuse_what_is_not_a_period()
    {
        FluentActions.Invoking(() => ReportingPeriod.Month(2021, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ReportingPeriod.Month(2021, 13)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ReportingPeriod.Month(999, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ReportingPeriod.Month(10000, 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ReportingPeriod.Quarter(2021, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ReportingPeriod.Quarter(2021, 5)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ReportingPeriod.HalfYear(2021, 3)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ReportingPeriod.NineMonths(-1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ReportingPeriod.CalendarYear(int.MaxValue)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ReportingPeriod.Years(2020, 2020)).Should().Throw<ArgumentOutOfRangeException>("a single year is CalendarYear");
        FluentActions.Invoking(() => ReportingPeriod.Years(2025, 2020)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ReportingPeriod.Custom(D(2021, 3, 2), D(2021, 3, 1))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ReportingPeriod.Custom(D(999, 12, 31), D(2021, 3, 1))).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => ReportingPeriod.Custom(new LocalDate(2021, 1, 1, CalendarSystem.Julian), D(2021, 3, 1)))
            .Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => ReportingPeriod.Custom(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void A_one_day_custom_period_is_allowed_and_a_custom_quarter_stays_custom()
    {
        var day = ReportingPeriod.Custom(D(2020, 2, 29), D(2020, 2, 29));
        day.Days.Should().Be(1);
        var customQuarter = ReportingPeriod.Custom(new DateInterval(D(2021, 7, 1), D(2021, 9, 30)));
        customQuarter.Kind.Should().Be(PeriodKind.Custom, "the kind records how the figure was reported");
        customQuarter.Should().NotBe(ReportingPeriod.Quarter(2021, 3));
        customQuarter.Contains(ReportingPeriod.Quarter(2021, 3)).Should().BeTrue();
        ReportingPeriod.Quarter(2021, 3).Contains(customQuarter).Should().BeTrue();
    }

    [Fact]
    public void Default_is_no_period()
    {
        var none = default(ReportingPeriod);
        none.IsDefault.Should().BeTrue();
        none.Days.Should().Be(0);
        none.Number.Should().Be(0);
        none.MonthsWithin().Should().BeEmpty();
        none.Contains(D(2021, 1, 1)).Should().BeFalse();
        none.Contains(none).Should().BeFalse();
        none.Overlaps(ReportingPeriod.CalendarYear(2021)).Should().BeFalse();
        ReportingPeriod.CalendarYear(2021).Contains(none).Should().BeFalse();
        ReportingPeriod.CalendarYear(2021).Overlaps(none).Should().BeFalse();
        none.TryRollUp(PeriodKind.Year, out var rolled).Should().BeFalse();
        rolled.IsDefault.Should().BeTrue();
        FluentActions.Invoking(() => none.ToInterval()).Should().Throw<InvalidOperationException>();
        none.Should().Be(default(ReportingPeriod));
    }

    [Fact]
    public void Contains_a_date_includes_both_ends()
    {
        var q3 = ReportingPeriod.Quarter(2021, 3);
        q3.Contains(D(2021, 7, 1)).Should().BeTrue();
        q3.Contains(D(2021, 9, 30)).Should().BeTrue();
        q3.Contains(D(2021, 6, 30)).Should().BeFalse();
        q3.Contains(D(2021, 10, 1)).Should().BeFalse();
    }

    [Fact]
    public void A_date_of_another_calendar_is_compared_as_the_same_day()
    {
        // 2021-08-01 in the ISO calendar is 2021-07-19 in the Julian one.
        var julian = D(2021, 8, 1).WithCalendar(CalendarSystem.Julian);
        ReportingPeriod.Quarter(2021, 3).Contains(julian).Should().BeTrue();
        ReportingPeriod.Month(2021, 7).Contains(julian).Should().BeFalse("the Julian date names 1 August");
    }

    [Fact]
    public void Containment_follows_the_days()
    {
        var year = ReportingPeriod.CalendarYear(2021);
        var nine = ReportingPeriod.NineMonths(2021);
        var h1 = ReportingPeriod.HalfYear(2021, 1);
        var h2 = ReportingPeriod.HalfYear(2021, 2);
        year.Contains(nine).Should().BeTrue();
        nine.Contains(h1).Should().BeTrue();
        nine.Contains(h2).Should().BeFalse();
        nine.Contains(ReportingPeriod.Quarter(2021, 3)).Should().BeTrue();
        nine.Contains(ReportingPeriod.Month(2021, 10)).Should().BeFalse();
        year.Contains(year).Should().BeTrue("a period contains itself");
        nine.Contains(year).Should().BeFalse();
        ReportingPeriod.Years(2020, 2025).Contains(year).Should().BeTrue();
        ReportingPeriod.Years(2020, 2025).Contains(ReportingPeriod.CalendarYear(2026)).Should().BeFalse();

        var sinceEleven = ReportingPeriod.Custom(D(2011, 1, 1), D(2020, 3, 26));
        sinceEleven.Contains(ReportingPeriod.Years(2011, 2019)).Should().BeTrue();
        sinceEleven.Contains(ReportingPeriod.Quarter(2020, 1)).Should().BeFalse("Q1 2020 ends on 31 March, after 26 March");
        sinceEleven.Contains(ReportingPeriod.Month(2020, 2)).Should().BeTrue();
    }

    [Fact]
    public void Overlap_needs_a_shared_day()
    {
        var nine = ReportingPeriod.NineMonths(2021);
        nine.Overlaps(ReportingPeriod.HalfYear(2021, 2)).Should().BeTrue("July to September are in both");
        nine.Overlaps(ReportingPeriod.Quarter(2021, 4)).Should().BeFalse();
        ReportingPeriod.Month(2021, 3).Overlaps(ReportingPeriod.Month(2021, 4)).Should().BeFalse();
        ReportingPeriod.Custom(D(2021, 3, 31), D(2021, 4, 1)).Overlaps(ReportingPeriod.Month(2021, 4)).Should().BeTrue();
        ReportingPeriod.Custom(D(2021, 3, 31), D(2021, 4, 1)).Overlaps(ReportingPeriod.Month(2021, 3)).Should().BeTrue();
        ReportingPeriod.Years(2015, 2020).Overlaps(ReportingPeriod.Years(2020, 2025)).Should().BeTrue("they share 2020");
        ReportingPeriod.Years(2015, 2019).Overlaps(ReportingPeriod.Years(2020, 2025)).Should().BeFalse();
    }

    [Fact]
    public void Order_is_by_start_then_end_then_kind()
    {
        var jan = ReportingPeriod.Month(2021, 1);
        var feb = ReportingPeriod.Month(2021, 2);
        var q1 = ReportingPeriod.Quarter(2021, 1);
        var customQ1 = ReportingPeriod.Custom(q1.Start, q1.End);
        var h1 = ReportingPeriod.HalfYear(2021, 1);
        var nine = ReportingPeriod.NineMonths(2021);
        var year = ReportingPeriod.CalendarYear(2021);
        var previous = ReportingPeriod.CalendarYear(2020);
        ReportingPeriod[] shuffled = [year, feb, customQ1, nine, jan, previous, h1, q1];
        shuffled.Order().Should().Equal(previous, jan, q1, customQ1, h1, nine, year, feb);
        (q1 < customQ1).Should().BeTrue("same days: a quarter sorts before a custom period");
        (jan <= ReportingPeriod.Month(2021, 1)).Should().BeTrue();
        (feb > year).Should().BeTrue("February starts after 1 January");
        (year >= nine).Should().BeTrue();
        q1.CompareTo((object?)null).Should().BePositive();
        q1.CompareTo((object)q1).Should().Be(0);
        FluentActions.Invoking(() => q1.CompareTo("2021-Q1")).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Equality_compares_kind_and_days()
    {
        ReportingPeriod.Quarter(2021, 3).Should().Be(ReportingPeriod.Quarter(2021, 3));
        (ReportingPeriod.Quarter(2021, 3) == ReportingPeriod.Quarter(2021, 3)).Should().BeTrue();
        (ReportingPeriod.Quarter(2021, 3) != ReportingPeriod.Quarter(2022, 3)).Should().BeTrue();
        ReportingPeriod.Quarter(2021, 3).GetHashCode().Should().Be(ReportingPeriod.Quarter(2021, 3).GetHashCode());
        ReportingPeriod.CalendarYear(2021).Equals((object)ReportingPeriod.CalendarYear(2021)).Should().BeTrue();
        ReportingPeriod.CalendarYear(2021).Equals("2021").Should().BeFalse();
        ReportingPeriod.CalendarYear(2021).Should().NotBe(ReportingPeriod.Custom(D(2021, 1, 1), D(2021, 12, 31)));
    }
}
