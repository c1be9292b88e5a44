using DanVan.Domain.Administration;
using DanVan.Domain.Metrics;
using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Tests.Metrics;

public sealed partial class MetricAggregatorTest
{
    private static readonly AdministrativeCatalog Catalog = AdministrativeCatalog.Default;
    private static readonly UnitCode HaNoi = Code("01");
    private static readonly UnitCode ThuongTin = Code("279");
    private static readonly UnitCode VinhPhuc = Code("26");
    private static readonly UnitCode PhuTho = Code("25");
    private static readonly UnitCode LapThach = Code("246");
    private static readonly ReportingPeriod Year2021 = ReportingPeriod.CalendarYear(2021);
    private static readonly LocalDate Before = new(2024, 12, 31);
    private static readonly LocalDate After = new(2025, 7, 1);

    private static UnitCode Code(string text) => UnitCode.Parse(text, null);

    private static ObservationSubject At(UnitCode code) => ObservationSubject.Of(code);

    private static AggregationResult Aggregate(ObservationSet set, AggregationQuery query) => MetricAggregator.Default.Aggregate(set, query);

    private static AdministrativeUnit[] CommunesOf(UnitCode district, LocalDate date) =>
        [.. Catalog.Children(Catalog.Find(district, date)!, date)];

    [Fact]
    public void Lap_Thach_petitions_land_in_Vinh_Phuc_then_whole_in_Phu_Tho()
    {
        // "tiếp nhận 79 đơn kiến nghị, phản ánh, KNTC" (huyện Lập Thạch, 2021).
        var set = new ObservationSetBuilder().Add(BuiltInMetrics.PetitionsReceived, At(LapThach), Year2021, 79m).Build();

        var then = Aggregate(set, new AggregationQuery { Level = AdministrativeLevel.Province, AsOf = new LocalDate(2021, 12, 31) });
        then.Rows.Should().ContainSingle();
        then.Rows[0].Unit!.Code.Should().Be(VinhPhuc);
        then.Rows[0].Value.Should().Be(79m);

        var now = Aggregate(set, new AggregationQuery { Level = AdministrativeLevel.Province, AsOf = After });
        var row = now.Rows.Should().ContainSingle().Subject;
        row.Unit!.Code.Should().Be(PhuTho);
        row.Value.Should().Be(79m);
        row.IsEstimated.Should().BeFalse("every commune that took part of Lập Thạch lies in Phú Thọ");
        row.Provenance.Observations.Should().Be(1);
        now.Issues.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Rates_are_recomputed_from_summed_parts_never_averaged()
    {
        var builder = new ObservationSetBuilder();
        builder.AddRatio(BuiltInMetrics.PetitionsResolutionRate, At(LapThach), Year2021, 176m, 221m);
        builder.AddRatio(BuiltInMetrics.PetitionsResolutionRate, At(Code("243")), Year2021, 10m, 10m);
        var result = Aggregate(builder.Build(), new AggregationQuery { Level = AdministrativeLevel.Province, AsOf = new LocalDate(2021, 12, 31) });

        var row = result.Rows.Should().ContainSingle().Subject;
        row.Numerator.Should().Be(186m);
        row.Denominator.Should().Be(231m);
        row.Value.Should().Be(186m * 100m / 231m);
        row.Value.Should().NotBe(((176m * 100m / 221m) + 100m) / 2m, "the mean of the two rates is wrong");
    }

    [Fact]
    public void A_rate_given_only_as_a_percentage_is_set_aside_with_an_issue()
    {
        // "giải quyết xong 100% số đơn thuộc thẩm quyền": no parts, so it cannot be combined.
        var set = new ObservationSetBuilder().Add(BuiltInMetrics.PetitionsResolutionRate, At(LapThach), Year2021, 100m).Build();
        var result = Aggregate(set, new AggregationQuery());

        result.Rows.Should().BeEmpty();
        result.Issues.Issues.Should().ContainSingle(i => i.Code.ToString() == "DV6306");
    }

    [Fact]
    public void Scores_and_grades_are_refused_when_asked_for_and_listed_when_not()
    {
        var set = new ObservationSetBuilder()
            .Add(BuiltInMetrics.GradingScore, At(LapThach), Year2021, 92.5m)
            .Add(BuiltInMetrics.PetitionsReceived, At(LapThach), Year2021, 79m)
            .Build();

        var refused = () => Aggregate(set, new AggregationQuery { Metrics = [BuiltInMetrics.GradingScore] });
        refused.Should().Throw<MetricAggregationException>().Which.Issue.Code.ToString().Should().Be("DV6301");

        var all = Aggregate(set, new AggregationQuery());
        all.Rows.Should().ContainSingle().Which.Metric.Should().Be(BuiltInMetrics.PetitionsReceived);
        all.Issues.Issues.Should().ContainSingle(i => i.Code.ToString() == "DV6301");
    }

    [Fact]
    public void An_unknown_metric_is_refused_when_asked_for()
    {
        var act = () => Aggregate(ObservationSet.Empty, new AggregationQuery { Metrics = [MetricCode.Parse("custom.unknown", null)] });
        act.Should().Throw<MetricAggregationException>().Which.Issue.Code.ToString().Should().Be("DV6302");
    }

    [Fact]
    public void The_district_level_does_not_exist_after_the_reform()
    {
        var act = () => Aggregate(ObservationSet.Empty, new AggregationQuery { Level = AdministrativeLevel.District, AsOf = After });
        act.Should().Throw<ArgumentException>().WithMessage("*district*");
    }

    [Fact]
    public void Qualified_figures_make_a_qualified_sum()
    {
        // "tiếp hơn 700 lượt công dân" plus an exact figure is more than their sum.
        var set = new ObservationSetBuilder()
            .Add(BuiltInMetrics.CitizenReceptionVisits, At(LapThach), Year2021, 700m, NumberQualifier.MoreThan)
            .Add(BuiltInMetrics.CitizenReceptionVisits, At(Code("243")), Year2021, 50m)
            .Build();
        var row = Aggregate(set, new AggregationQuery()).Rows.Should().ContainSingle().Subject;

        row.Value.Should().Be(750m);
        row.Qualifier.Should().Be(NumberQualifier.MoreThan);
        row.Provenance.Qualified.Should().Be(1);
    }

    [Fact]
    public void Mixed_bounds_make_an_approximate_sum()
    {
        var set = new ObservationSetBuilder()
            .Add(BuiltInMetrics.CitizenReceptionVisits, At(LapThach), Year2021, 700m, NumberQualifier.MoreThan)
            .Add(BuiltInMetrics.CitizenReceptionVisits, At(Code("243")), Year2021, 50m, NumberQualifier.LessThan)
            .Build();
        Aggregate(set, new AggregationQuery()).Rows.Single().Qualifier.Should().Be(NumberQualifier.About);
    }

    [Fact]
    public void A_repeated_figure_counts_once_final_over_provisional()
    {
        var set = new ObservationSetBuilder()
            .Add(BuiltInMetrics.PetitionsReceived, At(LapThach), Year2021, 80m, status: ObservationStatus.Final)
            .Add(BuiltInMetrics.PetitionsReceived, At(LapThach), Year2021, 75m, status: ObservationStatus.Provisional)
            .Build();
        set.SupersededCount.Should().Be(1);
        set.IsSuperseded(1).Should().BeTrue();

        var result = Aggregate(set, new AggregationQuery());
        result.Rows.Single().Value.Should().Be(80m);
        result.Issues.Issues.Should().ContainSingle(i => i.Code.ToString() == "DV6308");
    }

    [Fact]
    public void A_later_correction_replaces_an_earlier_final_figure()
    {
        var set = new ObservationSetBuilder()
            .Add(BuiltInMetrics.PetitionsReceived, At(LapThach), Year2021, 78m)
            .Add(BuiltInMetrics.PetitionsReceived, At(LapThach), Year2021, 79m)
            .Build();
        Aggregate(set, new AggregationQuery()).Rows.Single().Value.Should().Be(79m);
    }

    [Fact]
    public void Months_roll_up_into_quarters_and_a_yearly_figure_does_not_fit_a_quarter()
    {
        var builder = new ObservationSetBuilder();
        for (var month = 1; month <= 12; month++)
        {
            builder.Add(BuiltInMetrics.PropagandaSessions, At(LapThach), ReportingPeriod.Month(2021, month), month);
        }

        builder.Add(BuiltInMetrics.PropagandaSessions, At(Code("243")), Year2021, 1000m);
        var result = Aggregate(builder.Build(), new AggregationQuery { Granularity = PeriodKind.Quarter });

        result.Rows.Select(r => (r.Period.Number, r.Value)).Should().Equal((1, 6m), (2, 15m), (3, 24m), (4, 33m));
        result.Issues.Issues.Should().ContainSingle(i => i.Code.ToString() == "DV6305");
    }

    [Fact]
    public void A_period_collects_everything_within_it()
    {
        var builder = new ObservationSetBuilder();
        builder.Add(BuiltInMetrics.SupervisionSessions, At(ThuongTin), ReportingPeriod.CalendarYear(2021), 10m);
        builder.Add(BuiltInMetrics.SupervisionSessions, At(ThuongTin), ReportingPeriod.CalendarYear(2024), 20m);
        builder.Add(BuiltInMetrics.SupervisionSessions, At(ThuongTin), ReportingPeriod.CalendarYear(2019), 5m);
        var term = ReportingPeriod.Years(2020, 2025);
        var result = Aggregate(builder.Build(), new AggregationQuery { Period = term, AsOf = Before, Level = AdministrativeLevel.Province });

        var row = result.Rows.Should().ContainSingle().Subject;
        row.Period.Should().Be(term);
        row.Value.Should().Be(30m);
        result.Issues.Issues.Should().BeEmpty("2019 lies wholly outside the term and is simply not asked for");
    }

    [Fact]
    public void Granularity_and_period_together_are_refused()
    {
        var act = () => Aggregate(ObservationSet.Empty, new AggregationQuery { Granularity = PeriodKind.Year, Period = Year2021 });
        act.Should().Throw<ArgumentException>();
    }
}
