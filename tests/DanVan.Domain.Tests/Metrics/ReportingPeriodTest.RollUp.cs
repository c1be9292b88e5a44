using DanVan.Domain.Metrics;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>The granularity hierarchy: month → quarter → half-year → year, nine months beside it; what does not roll up.</summary>
public partial class ReportingPeriodTest
{
    private static readonly PeriodKind[] AllKinds = Enum.GetValues<PeriodKind>();

    public static TheoryData<string, PeriodKind, string?> RollUps => new()
    {
        // Months: every coarser calendar kind; nine months only for January to September.
        { "2021-M08", PeriodKind.Month, "2021-M08" },
        { "2021-M08", PeriodKind.Quarter, "2021-Q3" },
        { "2021-M08", PeriodKind.HalfYear, "2021-H2" },
        { "2021-M08", PeriodKind.NineMonths, "2021-9M" },
        { "2021-M08", PeriodKind.Year, "2021" },
        { "2021-M09", PeriodKind.NineMonths, "2021-9M" },
        { "2021-M10", PeriodKind.NineMonths, null },
        { "2021-M01", PeriodKind.Quarter, "2021-Q1" },
        { "2021-M06", PeriodKind.HalfYear, "2021-H1" },
        { "2021-M07", PeriodKind.HalfYear, "2021-H2" },
        { "2021-M12", PeriodKind.Quarter, "2021-Q4" },
        { "2021-M12", PeriodKind.Year, "2021" },
        // Quarters.
        { "2021-Q3", PeriodKind.Month, null },
        { "2021-Q3", PeriodKind.Quarter, "2021-Q3" },
        { "2021-Q2", PeriodKind.HalfYear, "2021-H1" },
        { "2021-Q3", PeriodKind.HalfYear, "2021-H2" },
        { "2021-Q3", PeriodKind.NineMonths, "2021-9M" },
        { "2021-Q4", PeriodKind.NineMonths, null },
        { "2021-Q4", PeriodKind.Year, "2021" },
        // Halves.
        { "2021-H1", PeriodKind.Quarter, null },
        { "2021-H1", PeriodKind.HalfYear, "2021-H1" },
        { "2021-H1", PeriodKind.NineMonths, "2021-9M" },
        { "2021-H2", PeriodKind.NineMonths, null },
        { "2021-H2", PeriodKind.Year, "2021" },
        // Nine months: only into the year.
        { "2021-9M", PeriodKind.HalfYear, null },
        { "2021-9M", PeriodKind.NineMonths, "2021-9M" },
        { "2021-9M", PeriodKind.Year, "2021" },
        // Years never roll into a multi-year period: which term would it be?
        { "2021", PeriodKind.Year, "2021" },
        { "2021", PeriodKind.NineMonths, null },
        { "2021", PeriodKind.MultiYear, null },
        { "2021", PeriodKind.Custom, null },
        // Multi-year and custom periods roll up into nothing, not even their own kind.
        { "2020/2025", PeriodKind.MultiYear, null },
        { "2020/2025", PeriodKind.Year, null },
        { "2021-07-01/2021-09-30", PeriodKind.Quarter, null },
        { "2021-07-01/2021-09-30", PeriodKind.Year, null },
        { "2021-07-01/2021-09-30", PeriodKind.Custom, null },
    };

    [Theory]
    [MemberData(nameof(RollUps))]
    public void Roll_up_follows_the_hierarchy(string text, PeriodKind granularity, string? expected)
    {
        var period = ReportingPeriod.Parse(text, null);
        var ok = period.TryRollUp(granularity, out var result);
        ok.Should().Be(expected is not null);
        if (expected is null)
        {
            result.IsDefault.Should().BeTrue("a failed roll-up gives default");
            FluentActions.Invoking(() => period.RollUp(granularity)).Should().Throw<InvalidOperationException>();
            return;
        }

        result.Should().Be(ReportingPeriod.Parse(expected, null));
        period.RollUp(granularity).Should().Be(result);
        result.Contains(period).Should().BeTrue("the roll-up contains what was rolled up");
    }

    [Fact]
    public void Every_roll_up_of_every_calendar_period_of_a_year_contains_it_and_has_the_asked_kind()
    {
        foreach (var period in AllCalendarPeriods(2024))
        {
            foreach (var kind in AllKinds)
            {
                if (!period.TryRollUp(kind, out var result))
                {
                    // The only refusals: finer kinds, multi-year and custom targets, and nine months after September.
                    var expected = kind < period.Kind || kind is PeriodKind.MultiYear or PeriodKind.Custom ||
                                   (kind == PeriodKind.NineMonths && period.End.Month > 9);
                    expected.Should().BeTrue($"{period} should roll up into {kind}");
                    continue;
                }

                result.Kind.Should().Be(kind);
                result.Contains(period).Should().BeTrue();
                result.Year.Should().Be(2024);
            }
        }
    }

    [Fact]
    public void Rolling_up_in_steps_gives_the_same_as_rolling_up_at_once()
    {
        foreach (var month in ReportingPeriod.CalendarYear(2021).MonthsWithin())
        {
            month.RollUp(PeriodKind.Quarter).RollUp(PeriodKind.HalfYear).RollUp(PeriodKind.Year)
                .Should().Be(month.RollUp(PeriodKind.Year));
            month.RollUp(PeriodKind.Quarter).RollUp(PeriodKind.HalfYear).Should().Be(month.RollUp(PeriodKind.HalfYear));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(-1)]
    public void An_undefined_granularity_rolls_up_into_nothing(int granularity)
    {
        ReportingPeriod.Month(2021, 3).TryRollUp((PeriodKind)granularity, out var result).Should().BeFalse();
        result.IsDefault.Should().BeTrue();
    }

    [Fact]
    public void Months_within_list_the_calendar_months_in_order()
    {
        ReportingPeriod.Quarter(2021, 3).MonthsWithin().Should().Equal(
            ReportingPeriod.Month(2021, 7), ReportingPeriod.Month(2021, 8), ReportingPeriod.Month(2021, 9));
        ReportingPeriod.Month(2021, 2).MonthsWithin().Should().Equal(ReportingPeriod.Month(2021, 2));
        ReportingPeriod.HalfYear(2021, 2).MonthsWithin().Should().HaveCount(6).And.StartWith(ReportingPeriod.Month(2021, 7));
        ReportingPeriod.NineMonths(2021).MonthsWithin().Should().HaveCount(9).And.EndWith(ReportingPeriod.Month(2021, 9));
        var term = ReportingPeriod.Years(2020, 2025).MonthsWithin().ToList();
        term.Should().HaveCount(72).And.StartWith(ReportingPeriod.Month(2020, 1)).And.EndWith(ReportingPeriod.Month(2025, 12));
        term.Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        ReportingPeriod.Custom(new(2021, 1, 1), new(2021, 12, 31)).MonthsWithin().Should().BeEmpty("custom periods are not month-aligned");
    }

    [Fact]
    public void The_days_of_the_months_within_add_up_to_the_period()
    {
        foreach (var period in AllCalendarPeriods(2024).Append(ReportingPeriod.Years(2020, 2025)))
        {
            period.MonthsWithin().Sum(month => month.Days).Should().Be(period.Days, period.ToString());
        }
    }

    // Every month, quarter, half, nine months and the year itself.
    private static IEnumerable<ReportingPeriod> AllCalendarPeriods(int year)
    {
        for (var m = 1; m <= 12; m++)
        {
            yield return ReportingPeriod.Month(year, m);
        }

        for (var q = 1; q <= 4; q++)
        {
            yield return ReportingPeriod.Quarter(year, q);
        }

        yield return ReportingPeriod.HalfYear(year, 1);
        yield return ReportingPeriod.HalfYear(year, 2);
        yield return ReportingPeriod.NineMonths(year);
        yield return ReportingPeriod.CalendarYear(year);
    }
}
