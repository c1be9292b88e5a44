using DanVan.Domain.Metrics;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>Checks across observations: repeated figures, parts above wholes; paths in the set's order and in the order given.</summary>
public partial class ObservationValidatorTest
{
    [Fact]
    public void DV6204_a_repeated_figure_is_a_warning_that_names_the_row_used()
    {
        List<Observation> figures =
        [
            new(BuiltInMetrics.PetitionsReceived, LapThach, Year2021, 75m, status: ObservationStatus.Provisional),
            new(BuiltInMetrics.CitizenReceptionVisits, LapThach, Year2021, 700m, NumberQualifier.MoreThan),
            new(BuiltInMetrics.PetitionsReceived, LapThach, Year2021, 79m),
            new(BuiltInMetrics.PetitionsReceived, LapThach, Year2021, 80m, status: ObservationStatus.Provisional),
        ];

        // As a list: positions as given. The final 79 wins over both provisional figures.
        var result = Validator.Validate(figures);
        result.Issues.Select(i => (i.Code.ToString(), i.Path, i.Severity)).Should().Equal(
            ("DV6204", "observations[0]", ValidationSeverity.Warning), ("DV6204", "observations[3]", ValidationSeverity.Warning));
        result.Issues[0].GetArgument("winner").Should().Be("observations[2]");
        result.Issues[0].EnglishMessage.Should().Be(
            "petitions.received for 246, 2021 is reported more than once: observations[2] is used (a final figure is used over a provisional one) and this row is set aside.");
        result.Issues[0].VietnameseMessage.Should().Be(
            "petitions.received của 246, kỳ 2021 được báo cáo nhiều lần: dùng dòng observations[2] (số liệu chính thức được dùng thay cho số liệu sơ bộ), bỏ qua dòng này.");
        result.IsValid.Should().BeTrue();

        // As a set: rows grouped by metric (petitions.received rows 0-2, then citizen visits), as the set's indexer numbers them.
        var set = ObservationSet.From(figures);
        set[1].Value.Should().Be(79m);
        var inSet = Validator.Validate(set);
        inSet.Issues.Select(i => i.Path).Should().Equal("observations[0]", "observations[2]");
        inSet.Issues.Select(i => i.GetArgument("winner")).Should().Equal("observations[1]", "observations[1]");
        Enumerable.Range(0, set.Count).Where(set.IsSuperseded).Should().Equal(0, 2);
    }

    [Fact]
    public void DV6204_a_later_final_figure_corrects_an_earlier_one()
    {
        List<Observation> figures =
        [
            new(BuiltInMetrics.TrainingClasses, ThuongTin, SinceTwentyEleven, 6m),
            new(BuiltInMetrics.TrainingClasses, ThuongTin, SinceTwentyEleven, 7m),
        ];
        var issue = Single(Validator.Validate(figures), "DV6204");
        issue.Path.Should().Be("observations[0]");
        issue.GetArgument("winner").Should().Be("observations[1]");
        issue.GetArgument("reason").Should().Be("the later figure corrects the earlier");
        issue.GetArgument("reasonVi").Should().Be("số liệu báo cáo sau thay cho số liệu trước");
    }

    [Fact]
    public void Figures_of_different_subjects_periods_or_metrics_are_not_repeats()
    {
        Validator.Validate(
        [
            new Observation(BuiltInMetrics.PetitionsReceived, LapThach, Year2021, 79m),
            new Observation(BuiltInMetrics.PetitionsReceived, ThuongTin, Year2021, 79m),
            new Observation(BuiltInMetrics.PetitionsReceived, LapThach, ReportingPeriod.CalendarYear(2020), 79m),
            new Observation(BuiltInMetrics.PetitionsWithinJurisdiction, LapThach, Year2021, 79m),
        ]).Issues.Should().BeEmpty();
    }

    [Fact]
    public void DV6210_resolved_above_within_jurisdiction_and_within_jurisdiction_above_received()
    {
        List<Observation> figures =
        [
            new(BuiltInMetrics.PetitionsReceived, LapThach, Year2021, 79m),
            new(BuiltInMetrics.PetitionsWithinJurisdiction, LapThach, Year2021, 85m),
            new(BuiltInMetrics.PetitionsResolved, LapThach, Year2021, 90m),
        ];
        var result = Validator.Validate(figures);
        result.Issues.Select(i => (i.Code.ToString(), i.Path)).Should().Equal(("DV6210", "observations[1].value"), ("DV6210", "observations[2].value"));
        var withinAboveReceived = result.Issues[0];
        withinAboveReceived.GetArgument("metric").Should().Be("petitions.within-jurisdiction");
        withinAboveReceived.GetArgument("greater").Should().Be("petitions.received");
        withinAboveReceived.GetArgument("greaterRow").Should().Be("observations[0]");
        withinAboveReceived.EnglishMessage.Should().Be(
            "petitions.within-jurisdiction for 246, 2021: 85 is more than the 79 of petitions.received (observations[0]), which it cannot exceed.");
        withinAboveReceived.VietnameseMessage.Should().Be(
            "petitions.within-jurisdiction của 246, kỳ 2021: 85 lớn hơn số liệu petitions.received là 79 (dòng observations[0]), trong khi không được vượt quá số đó.");
        result.Issues[1].GetArgument("greater").Should().Be("petitions.within-jurisdiction");
        result.Issues[1].GetArgument("greaterRow").Should().Be("observations[1]");

        // The same in a set built from them: the metrics come in the same order, so the rows are the same.
        Validator.Validate(ObservationSet.From(figures)).Should().Be(result);
    }

    [Fact]
    public void DV6210_counts_only_for_the_same_subject_and_period_and_only_the_rows_used()
    {
        Validator.Validate(
        [
            new Observation(BuiltInMetrics.PetitionsReceived, LapThach, Year2021, 79m),
            new Observation(BuiltInMetrics.PetitionsWithinJurisdiction, ThuongTin, Year2021, 85m),
            new Observation(BuiltInMetrics.PetitionsWithinJurisdiction, LapThach, ReportingPeriod.CalendarYear(2020), 85m),
            new Observation(BuiltInMetrics.PetitionsWithinJurisdiction, LapThach, Year2021, 79m),
        ]).Issues.Should().BeEmpty("equal is not more");

        // A provisional 85 set aside by a final 70: only the warning, no relation issue.
        var result = Validator.Validate(
        [
            new Observation(BuiltInMetrics.PetitionsReceived, LapThach, Year2021, 79m),
            new Observation(BuiltInMetrics.PetitionsWithinJurisdiction, LapThach, Year2021, 85m, status: ObservationStatus.Provisional),
            new Observation(BuiltInMetrics.PetitionsWithinJurisdiction, LapThach, Year2021, 70m),
        ]);
        result.Issues.Select(i => i.Code.ToString()).Should().Equal("DV6204");
    }

    [Theory]
    [InlineData(80, NumberQualifier.Exact, 79, NumberQualifier.Exact, true)]
    [InlineData(79, NumberQualifier.MoreThan, 79, NumberQualifier.Exact, true)]
    [InlineData(79, NumberQualifier.Exact, 79, NumberQualifier.LessThan, true)]
    [InlineData(80, NumberQualifier.About, 79, NumberQualifier.About, true)]
    [InlineData(80, NumberQualifier.AtLeast, 79, NumberQualifier.AtMost, true)]
    [InlineData(79, NumberQualifier.AtLeast, 79, NumberQualifier.AtMost, false)]
    [InlineData(80, NumberQualifier.Exact, 79, NumberQualifier.MoreThan, false)]
    [InlineData(80, NumberQualifier.Exact, 79, NumberQualifier.AtLeast, false)]
    [InlineData(80, NumberQualifier.LessThan, 79, NumberQualifier.Exact, false)]
    [InlineData(80, NumberQualifier.Nearly, 79, NumberQualifier.Exact, false)]
    [InlineData(80, NumberQualifier.AtMost, 79, NumberQualifier.Exact, false)]
    public void DV6210_a_qualified_figure_exceeds_only_when_every_value_it_allows_does(
        int part, NumberQualifier partQualifier, int whole, NumberQualifier wholeQualifier, bool fires)
    {
        var result = Validator.Validate(
        [
            new Observation(BuiltInMetrics.PetitionsReceived, LapThach, Year2021, whole, wholeQualifier),
            new Observation(BuiltInMetrics.PetitionsWithinJurisdiction, LapThach, Year2021, part, partQualifier),
        ]);
        result.Issues.Any(i => i.Code.ToString() == "DV6210").Should().Be(fires, result.ToString());
        if (fires && partQualifier == NumberQualifier.MoreThan)
        {
            result.Issues[0].GetArgument("value").Should().Be("more than 79");
            result.Issues[0].GetArgument("valueVi").Should().Be("hơn 79");
        }
    }

    [Fact]
    public void DV6210_part_of_wholes_among_the_built_ins_and_a_portals_own_rate()
    {
        var result = Validator.Validate(
        [
            new Observation(BuiltInMetrics.SupervisionSessions, ThuongTin, SinceTwentyEleven, 684m),
            new Observation(BuiltInMetrics.SupervisionRegularSessions, ThuongTin, SinceTwentyEleven, 700m),
            new Observation(BuiltInMetrics.SupervisionThematicSessions, ThuongTin, SinceTwentyEleven, 100m),
            new Observation(BuiltInMetrics.ModelsRecognised, LapThach, Year2021, 10m),
            new Observation(BuiltInMetrics.ModelsRecognisedEconomy, LapThach, Year2021, 11m),
        ]);
        result.Issues.Select(i => i.Path).Should().Equal("observations[1].value", "observations[4].value");

        // The portal's rate of resolved over received makes resolved within received a relation too.
        var portal = new ObservationValidator(MetricCatalogJsonTest.Portal, relations: []);
        var figures = new List<Observation>
        {
            new(BuiltInMetrics.PetitionsReceived, LapThach, Year2021, 79m),
            new(BuiltInMetrics.PetitionsResolved, LapThach, Year2021, 80m),
        };
        Single(portal.Validate(figures), "DV6210").GetArgument("greater").Should().Be("petitions.received");
        Validator.Validate(figures).Issues.Should().BeEmpty("the default catalog has no relation between resolved and received directly");
    }

    [Fact]
    public void DV6210_compares_the_percentages_of_ratio_metrics_in_a_relation_of_the_users()
    {
        var validator = new ObservationValidator(relations: [new MetricRelation(BuiltInMetrics.HeadsOnStandingCommittee, BuiltInMetrics.CommissionsStaffed)]);
        var result = validator.Validate(
        [
            Observation.Ratio(BuiltInMetrics.CommissionsStaffed, LapThach, Year2021, 28m, 29m),
            new Observation(BuiltInMetrics.HeadsOnStandingCommittee, LapThach, Year2021, 100m),
        ]);
        var issue = Single(result, "DV6210");
        issue.GetArgument("greaterValue").Should().Be("96.5517", "28/29 is 96.55 %, shown to four places");
        issue.GetArgument("greaterValueVi").Should().Be("96,5517");
    }

    [Fact]
    public void Every_check_is_quiet_on_an_empty_set() =>
        Validator.Validate(ObservationSet.Empty, new NodaTime.DateInterval(new NodaTime.LocalDate(2021, 1, 1), new NodaTime.LocalDate(2021, 1, 1))).Should().Be(ValidationResult.Success);

    [Fact]
    public void A_set_given_as_a_sequence_is_validated_as_the_set()
    {
        var set = ObservationSet.From(ThuongTinFigures.Append(new Observation(BuiltInMetrics.SupervisionSessions, ThuongTin, SinceTwentyEleven, -1m)));
        IEnumerable<Observation> sequence = set;
        Validator.Validate(sequence).Should().Be(Validator.Validate(set));
        Validator.Validate(set).Issues.Select(i => i.Path).Should().Equal("observations[1]", "observations[2].value");
    }
}
