using DanVan.Domain.Metrics;
using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>Random and extreme observations: the validator answers, never throws, and agrees between a set and the observations one by one.</summary>
public partial class ObservationValidatorTest
{
    private static readonly MetricCode[] AnyMetric =
        [.. MetricCatalog.Default.All.Select(d => d.Code), MetricCode.Parse("x.y", null), MetricCode.Parse("hanoi.mediation-cases", null)];

    private static readonly ObservationSubject[] AnySubject =
    [
        ThuongTin, LapThach, ObservationSubject.Of(Unit("10183")), ObservationSubject.Of(Unit("10183"), new LocalDate(2025, 7, 1)),
        ObservationSubject.Of(Unit("99999")), ObservationSubject.Of(Unit("01"), new LocalDate(1000, 1, 1)), ObservationSubject.Of(Unit("26")),
        ObservationSubject.Of(Org("279/danvan-commission")), ObservationSubject.Of(Org("tw/danvan-commission")),
        ObservationSubject.Of(Org("10183@2025-07-01/party-committee")), ObservationSubject.Of(Unit("246"), null, Org("279/danvan-commission")),
    ];

    private static readonly decimal[] AnyValue =
        [0m, 1m, -1m, 0.5m, 100m, 100.0001m, 999_999_999_999_999_999m, -999_999_999_999_999_999m, 0.000000000000000001m, 4m, 5m, 79.63m];

    [Fact]
    public void Random_observations_never_make_the_validator_throw_and_a_set_agrees_with_single_checks()
    {
        var random = new Random(2020_03_26);
        var observations = Enumerable.Range(0, 5_000).Select(_ => RandomObservation(random)).ToList();
        var within = new DateInterval(new LocalDate(2020, 1, 1), new LocalDate(2024, 12, 31));
        var validators = new[] { Validator, new ObservationValidator(MetricCatalog.Empty, relations: []), new ObservationValidator(MetricCatalogJsonTest.Portal) };
        foreach (var validator in validators)
        {
            var whole = validator.Validate(observations, within);
            whole.Issues.Should().NotBeEmpty();

            // Every issue about one figure alone is found in the whole list too, at that figure's position.
            var perRow = observations.SelectMany((o, i) => validator.Validate(o, within, $"observations[{i}]").Issues).ToList();
            whole.Issues.Where(i => i.Code.ToString() is not ("DV6204" or "DV6210")).Should().Equal(perRow);
            validator.Validate(ObservationSet.From(observations), within).Issues.Should().HaveCount(whole.Issues.Count);
        }
    }

    [Fact]
    public void Extreme_periods_and_an_interval_at_the_ends_of_time_are_answered()
    {
        var observations = new List<Observation>
        {
            new(BuiltInMetrics.PetitionsReceived, ThuongTin, ReportingPeriod.CalendarYear(ReportingPeriod.MinimumYear), 1m),
            new(BuiltInMetrics.PetitionsReceived, ThuongTin, ReportingPeriod.Custom(new LocalDate(ReportingPeriod.MaximumYear, 1, 1), new LocalDate(ReportingPeriod.MaximumYear, 12, 31)), 1m),
            new(BuiltInMetrics.PetitionsReceived, ThuongTin, ReportingPeriod.Years(ReportingPeriod.MinimumYear, ReportingPeriod.MaximumYear), 1m),
        };
        var result = Validator.Validate(observations, new DateInterval(LocalDate.MinIsoValue, LocalDate.MaxIsoValue));
        result.Issues.Select(i => (i.Code.ToString(), i.Path)).Should().Equal(("DV6211", "observations[1].unit"), ("DV6211", "observations[2].unit"));
        Validator.Validate(observations, new DateInterval(new LocalDate(2000, 1, 1), new LocalDate(2000, 1, 1))).Issues.Count(i => i.Code.ToString() == "DV6213").Should().Be(3);
    }

    [Fact]
    public void A_huge_part_over_a_small_whole_in_a_set_is_answered_not_thrown()
    {
        // A percentage beyond decimal's range is refused when the row is added (ObservationRatioRangeTest); the largest
        // that can be stored still gets answers, not exceptions.
        var validator = new ObservationValidator(relations: [new MetricRelation(BuiltInMetrics.HeadsOnStandingCommittee, BuiltInMetrics.CommissionsStaffed)]);
        var set = new ObservationSetBuilder()
            .AddRatio(BuiltInMetrics.HeadsOnStandingCommittee, LapThach, Year2021, 999_999_999_999_999_999m, 0.0000001m)
            .AddRatio(BuiltInMetrics.CommissionsStaffed, LapThach, Year2021, 1m, 2m)
            .AddRatio(BuiltInMetrics.HeadsOnStandingCommittee, ThuongTin, Year2021, 5m, 0m)
            .AddRatio(BuiltInMetrics.CommissionsStaffed, ThuongTin, Year2021, 1m, 2m)
            .Build();
        validator.Validate(set).Issues.Select(i => (i.Code.ToString(), i.Path)).Should().Equal(
            ("DV6205", "observations[0].numerator"), ("DV6210", "observations[0].value"),
            ("DV6205", "observations[1].numerator"), ("DV6210", "observations[1].value"));
    }

    private static Observation RandomObservation(Random random)
    {
        var metric = AnyMetric[random.Next(AnyMetric.Length)];
        var subject = AnySubject[random.Next(AnySubject.Length)];
        var year = random.Next(2018, 2027);
        var period = random.Next(4) switch
        {
            0 => ReportingPeriod.Month(year, random.Next(1, 13)),
            1 => ReportingPeriod.Quarter(year, random.Next(1, 5)),
            2 => ReportingPeriod.CalendarYear(year),
            _ => ReportingPeriod.Custom(new LocalDate(year, 1, 1), new LocalDate(year, 1, 1).PlusDays(random.Next(0, 900))),
        };
        var qualifier = (NumberQualifier)random.Next(0, 7);
        var status = random.Next(3) == 0 ? ObservationStatus.Provisional : ObservationStatus.Final;
        UnitOfMeasure? unit = random.Next(3) == 0 ? (UnitOfMeasure)random.Next(1, 14) : null;
        if (random.Next(4) == 0)
        {
            // A tiny denominator under a huge numerator is beyond decimal's range for an Observation; the set test below covers it.
            var denominator = Math.Abs(AnyValue[random.Next(AnyValue.Length)]) is var d and (0m or >= 0.5m) ? d : 1m;
            var numerator = Math.Abs(AnyValue[random.Next(AnyValue.Length)]);
            return Observation.Ratio(metric, subject, period, numerator, denominator, qualifier, status, unit: unit);
        }

        return new Observation(metric, subject, period, AnyValue[random.Next(AnyValue.Length)], qualifier, status, unit: unit);
    }
}
