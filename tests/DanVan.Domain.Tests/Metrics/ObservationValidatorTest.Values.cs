using DanVan.Domain.Metrics;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>Each check of a single figure: it fires on a crafted case, alone and in a set, and is quiet on the clean one.</summary>
public partial class ObservationValidatorTest
{
    private static readonly MetricDefinition Spending = new(
        MetricCode.Parse("hanoi.spending", null), "Kinh phí", "Spending", UnitOfMeasure.Dong, MetricKind.Amount, Additivity.Additive, MetricDirection.Neutral);

    private static Observation Figure(MetricCode metric, decimal value, NumberQualifier qualifier = NumberQualifier.Exact, UnitOfMeasure? unit = null) =>
        new(metric, LapThach, Year2021, value, qualifier, unit: unit);

    // The issue alone and as row 1 of a set (after a clean row of another metric), at the same property.
    private static ValidationIssue Fires(Observation observation, string code, string property)
    {
        var alone = Single(Validator.Validate(observation), code);
        alone.Path.Should().Be(property);
        var clean = new Observation(BuiltInMetrics.TrainingClasses, ThuongTin, SinceTwentyEleven, 7m);
        var inSet = Single(Validator.Validate(ObservationSet.From([clean, observation])), code);
        inSet.Path.Should().Be(IssuePath.Combine("observations[1]", property));
        inSet.EnglishMessage.Should().Be(alone.EnglishMessage);
        alone.GetArgument("metric").Should().Be(observation.Metric.ToString());
        alone.GetArgument("subject").Should().Be(observation.Subject.ToString());
        alone.GetArgument("period").Should().Be(observation.Period.ToString());
        alone.EnglishMessage.Should().StartWith($"{observation.Metric} for {observation.Subject}, {alone.GetArgument("period")}: ");
        alone.VietnameseMessage.Should().StartWith($"{observation.Metric} của {observation.Subject}, kỳ {alone.GetArgument("period")}: ");
        return alone;
    }

    private static void Quiet(Observation observation, ObservationValidator? validator = null)
    {
        (validator ?? Validator).Validate(observation).Issues.Should().BeEmpty(observation.ToString());
        (validator ?? Validator).Validate(ObservationSet.From([observation])).Issues.Should().BeEmpty(observation.ToString());
    }

    [Fact]
    public void DV6201_a_metric_the_catalog_does_not_define()
    {
        var unknown = MetricCode.Parse("hanoi.mediation-cases", null);
        var issue = Fires(Figure(unknown, 5m), "DV6201", "metric");
        issue.Severity.Should().Be(ValidationSeverity.Error);
        issue.AttemptedValue.Should().Be("hanoi.mediation-cases");
        issue.EnglishMessage.Should().Be("hanoi.mediation-cases for 246, 2021: the metric catalog does not define hanoi.mediation-cases.");
        issue.VietnameseMessage.Should().Be("hanoi.mediation-cases của 246, kỳ 2021: danh mục chỉ tiêu không có chỉ tiêu hanoi.mediation-cases.");
        Quiet(Figure(unknown, 5m), new ObservationValidator(MetricCatalogJsonTest.Portal));
    }

    [Fact]
    public void DV6201_leaves_the_value_unchecked_but_still_checks_subject_and_period()
    {
        var unknown = new Observation(MetricCode.Parse("x.y", null), ObservationSubject.Of(Unit("279")), ReportingPeriod.CalendarYear(2026), -1.5m);
        var result = Validator.Validate(unknown);
        result.Issues.Select(i => i.Code.ToString()).Should().Equal("DV6201", "DV6211");
    }

    [Fact]
    public void DV6202_a_stated_unit_of_measure_that_is_not_the_definitions()
    {
        var issue = Fires(Figure(BuiltInMetrics.PetitionsReceived, 79m, unit: UnitOfMeasure.CitizenVisit), "DV6202", "unitOfMeasure");
        issue.AttemptedValue.Should().Be("citizenVisit");
        issue.EnglishMessage.Should().EndWith(": the figure is stated in citizen visits, but the metric is measured in petitions.");
        issue.VietnameseMessage.Should().EndWith(": số liệu ghi đơn vị tính \"lượt công dân\", nhưng chỉ tiêu tính bằng \"đơn\".");
        Quiet(Figure(BuiltInMetrics.PetitionsReceived, 79m, unit: UnitOfMeasure.Petition));
        Quiet(Figure(BuiltInMetrics.PetitionsReceived, 79m));
        Fires(Figure(BuiltInMetrics.PetitionsResolutionRate, 50m, unit: UnitOfMeasure.Petition), "DV6202", "unitOfMeasure");
    }

    [Fact]
    public void DV6203_parts_for_a_metric_that_is_not_a_ratio()
    {
        var issue = Fires(Observation.Ratio(BuiltInMetrics.PetitionsReceived, LapThach, Year2021, 79m, 100m), "DV6203", "denominator");
        issue.EnglishMessage.Should().EndWith(": the figure is given as 79/100, but petitions.received is a count, not a rate or coverage.");
        issue.VietnameseMessage.Should().EndWith(": số liệu ghi dạng 79/100, nhưng petitions.received là số lượng, không phải tỷ lệ hay độ bao phủ.");
        Fires(Observation.Ratio(BuiltInMetrics.GradingScore, LapThach, Year2021, 90m, 100m), "DV6203", "denominator")
            .GetArgument("kind").Should().Be("score");
        Quiet(Observation.Ratio(BuiltInMetrics.CommissionsStaffed, LapThach, Year2021, 29m, 29m));
    }

    [Fact]
    public void DV6205_a_numerator_above_its_denominator()
    {
        var issue = Fires(Observation.Ratio(BuiltInMetrics.PetitionsResolutionRate, LapThach, Year2021, 221m, 176m), "DV6205", "numerator");
        issue.AttemptedValue.Should().Be("221");
        issue.EnglishMessage.Should().EndWith(": the numerator 221 is greater than the denominator 176.");
        Fires(Observation.Ratio(BuiltInMetrics.CommissionsStaffed, LapThach, Year2021, 30m, 29m), "DV6205", "numerator");
        Fires(Observation.Ratio(BuiltInMetrics.CommissionsStaffed, LapThach, Year2021, 1m, 0m), "DV6205", "numerator");
        Quiet(Observation.Ratio(BuiltInMetrics.PetitionsResolutionRate, LapThach, Year2021, 176m, 221m));
        Quiet(Observation.Ratio(BuiltInMetrics.PetitionsResolutionRate, LapThach, Year2021, 221m, 221m));
        Quiet(Observation.Ratio(BuiltInMetrics.PetitionsResolutionRate, LapThach, Year2021, 0m, 0m));
        Quiet(Observation.Ratio(BuiltInMetrics.PetitionsResolutionRate, LapThach, Year2021, 176m, 221m, NumberQualifier.About));
    }

    [Theory]
    [InlineData(100.01, NumberQualifier.Exact, true)]
    [InlineData(120, NumberQualifier.About, true)]
    [InlineData(100, NumberQualifier.MoreThan, true)]
    [InlineData(101, NumberQualifier.AtLeast, true)]
    [InlineData(100, NumberQualifier.Exact, false)]
    [InlineData(100, NumberQualifier.AtLeast, false)]
    [InlineData(110, NumberQualifier.LessThan, false)]
    [InlineData(110, NumberQualifier.AtMost, false)]
    [InlineData(101, NumberQualifier.Nearly, false)]
    [InlineData(79.63, NumberQualifier.Exact, false)]
    public void DV6206_a_percentage_above_100_unless_the_qualifier_allows_less(double value, NumberQualifier qualifier, bool fires)
    {
        var rate = Figure(BuiltInMetrics.PetitionsResolutionRate, (decimal)value, qualifier);
        if (fires)
        {
            var issue = Fires(rate, "DV6206", "value");
            issue.GetArgument("value").Should().Be(((decimal)value).ToString(System.Globalization.CultureInfo.InvariantCulture));
            issue.GetArgument("kind").Should().Be("rate");
        }
        else
        {
            Quiet(rate);
        }
    }

    [Fact]
    public void DV6206_messages_write_the_figure_both_ways_and_apply_to_coverage()
    {
        var issue = Fires(Figure(BuiltInMetrics.PetitionsResolutionRate, 100.5m), "DV6206", "value");
        issue.EnglishMessage.Should().EndWith(": 100.5 % is above 100 %; a rate cannot exceed it.");
        issue.VietnameseMessage.Should().EndWith(": 100,5% vượt quá 100%; tỷ lệ không thể vượt quá mức này.");
        Fires(Figure(BuiltInMetrics.HeadsOnStandingCommittee, 101m), "DV6206", "value").GetArgument("kind").Should().Be("coverage");
        Quiet(Figure(BuiltInMetrics.HeadsOnStandingCommittee, 100m));
    }

    [Theory]
    [InlineData("supervision.sessions", -1, NumberQualifier.Exact, true)]
    [InlineData("supervision.sessions", -1, NumberQualifier.About, true)]
    [InlineData("supervision.sessions", -1, NumberQualifier.AtMost, true)]
    [InlineData("supervision.sessions", 0, NumberQualifier.LessThan, true)]
    [InlineData("supervision.sessions", -5, NumberQualifier.MoreThan, false)]
    [InlineData("supervision.sessions", -5, NumberQualifier.AtLeast, false)]
    [InlineData("supervision.sessions", 0, NumberQualifier.Exact, false)]
    [InlineData("petitions.resolution-rate", -0.5, NumberQualifier.Exact, true)]
    [InlineData("coverage.heads-on-standing-committee", -1, NumberQualifier.Exact, true)]
    [InlineData("grading.score", -1, NumberQualifier.Exact, true)]
    [InlineData("grading.score", 0, NumberQualifier.Exact, false)]
    [InlineData("grading.score", 97.5, NumberQualifier.Exact, false)]
    public void DV6207_a_negative_count_rate_coverage_or_score(string metric, double value, NumberQualifier qualifier, bool fires)
    {
        var observation = Figure(MetricCode.Parse(metric, null), (decimal)value, qualifier);
        if (fires)
        {
            Fires(observation, "DV6207", "value");
        }
        else
        {
            Quiet(observation);
        }
    }

    [Fact]
    public void DV6207_says_which_kind_and_amounts_may_be_negative_or_fractional()
    {
        var issue = Fires(Figure(BuiltInMetrics.PetitionsReceived, -79m), "DV6207", "value");
        issue.EnglishMessage.Should().EndWith(": -79 is negative; a count cannot be.");
        issue.VietnameseMessage.Should().EndWith(": -79 là số âm; số lượng không thể âm.");
        Fires(Figure(BuiltInMetrics.GradingScore, -2m), "DV6207", "value").GetArgument("kindVi").Should().Be("điểm chấm");
        var validator = new ObservationValidator(MetricCatalog.Default.With(Spending));
        Quiet(Figure(Spending.Code, -1500000m), validator);
        Quiet(Figure(Spending.Code, 1234.5m), validator);
    }

    [Theory]
    [InlineData(7.5, true)]
    [InlineData(0.1, true)]
    [InlineData(-0.5, true)]
    [InlineData(7, false)]
    [InlineData(7.000, false)]
    [InlineData(0, false)]
    public void DV6208_a_count_that_is_not_a_whole_number(double value, bool fires)
    {
        var observation = Figure(BuiltInMetrics.TrainingClasses, (decimal)value);
        var result = Validator.Validate(observation);
        result.Issues.Any(i => i.Code.ToString() == "DV6208").Should().Be(fires, result.ToString());
        if (fires && value > 0)
        {
            Fires(observation, "DV6208", "value").VietnameseMessage.Should().EndWith("không phải số nguyên; số lượng phải là số nguyên.");
        }
    }

    [Fact]
    public void DV6208_keeps_the_figure_as_written_with_trailing_zeros_dropped() =>
        Quiet(Figure(BuiltInMetrics.TrainingClasses, 7.000m));

    [Theory]
    [InlineData(0, true)]
    [InlineData(5, true)]
    [InlineData(-1, true)]
    [InlineData(1.5, true)]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(4, false)]
    public void DV6209_a_grade_outside_1_to_the_number_of_levels(double value, bool fires)
    {
        var observation = Figure(BuiltInMetrics.GradingGrade, (decimal)value);
        if (fires)
        {
            var issue = Fires(observation, "DV6209", "value");
            issue.GetArgument("count").Should().Be("4");
            issue.GetArgument("levels").Should().Be("1: Hoàn thành xuất sắc nhiệm vụ; 2: Hoàn thành tốt nhiệm vụ; 3: Hoàn thành nhiệm vụ; 4: Không hoàn thành nhiệm vụ");
        }
        else
        {
            Quiet(observation);
        }
    }

    [Fact]
    public void Several_problems_of_one_figure_are_all_reported_in_row_order()
    {
        var bad = new Observation(BuiltInMetrics.TrainingClasses, ObservationSubject.Of(Unit("279")), ReportingPeriod.CalendarYear(2026), -1.5m, unit: UnitOfMeasure.Session);
        var result = Validator.Validate([ThuongTinFigures[0], bad], new DateInterval(new LocalDate(2011, 1, 1), new LocalDate(2020, 12, 31)));
        result.Issues.Select(i => (i.Code.ToString(), i.Path)).Should().Equal(
            ("DV6202", "observations[1].unitOfMeasure"), ("DV6207", "observations[1].value"), ("DV6208", "observations[1].value"),
            ("DV6211", "observations[1].unit"), ("DV6213", "observations[1].period"));
        result.IsValid.Should().BeFalse();
    }
}
