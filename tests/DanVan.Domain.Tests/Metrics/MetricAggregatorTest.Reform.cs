using DanVan.Domain.Administration;
using DanVan.Domain.Metrics;
using NodaTime;

namespace DanVan.Domain.Tests.Metrics;

public sealed partial class MetricAggregatorTest
{
    private static readonly ReportingPeriod Year2024 = ReportingPeriod.CalendarYear(2024);

    [Fact]
    public void A_district_of_2024_goes_whole_into_its_2025_province()
    {
        var set = new ObservationSetBuilder().Add(BuiltInMetrics.SupervisionSessions, At(ThuongTin), Year2024, 60m).Build();
        var row = Aggregate(set, new AggregationQuery { Level = AdministrativeLevel.Province, AsOf = After }).Rows.Single();
        row.Unit!.Code.Should().Be(HaNoi);
        row.Value.Should().Be(60m);
        row.IsEstimated.Should().BeFalse();
    }

    [Fact]
    public void A_district_shared_out_among_new_communes_is_estimated_and_keeps_its_total()
    {
        var set = new ObservationSetBuilder().Add(BuiltInMetrics.SupervisionSessions, At(ThuongTin), Year2024, 60m).Build();
        var pieces = Catalog.Translate(ThuongTin, Year2024.End, After);
        pieces.Should().HaveCountGreaterThan(1);

        var result = Aggregate(set, new AggregationQuery { Level = AdministrativeLevel.Commune, AsOf = After });
        result.Rows.Select(r => r.Unit!.Code).Should().BeEquivalentTo(pieces.Select(p => p.Unit.Code));
        result.Rows.Should().OnlyContain(r => r.IsEstimated && r.Provenance.Estimated == 1);
        result.Rows.Sum(r => r.Value!.Value).Should().BeApproximately(60m, 0.000000001m);
        result.Rows.Select(r => r.Value).Distinct().Should().ContainSingle("equal shares by default");
    }

    [Fact]
    public void Shares_follow_the_weights_the_caller_gives()
    {
        var set = new ObservationSetBuilder().Add(BuiltInMetrics.SupervisionSessions, At(ThuongTin), Year2024, 60m).Build();
        var pieces = Catalog.Translate(ThuongTin, Year2024.End, After).Select(p => p.Unit.Code).Order().ToArray();
        var weights = pieces.Select((code, i) => (code, weight: i == 0 ? 3m : 1m)).ToDictionary(p => p.code, p => p.weight);
        var total = weights.Values.Sum();

        var result = Aggregate(set, new AggregationQuery { Level = AdministrativeLevel.Commune, AsOf = After, Allocation = AllocationWeights.By(weights) });
        result.Find(BuiltInMetrics.SupervisionSessions, pieces[0], Year2024)!.Value.Should().BeApproximately(60m * 3m / total, 0.000000001m);
        result.Find(BuiltInMetrics.SupervisionSessions, pieces[1], Year2024)!.Value.Should().BeApproximately(60m / total, 0.000000001m);
        result.Issues.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Without_any_weight_the_shares_are_equal_and_the_result_says_so()
    {
        var set = new ObservationSetBuilder().Add(BuiltInMetrics.SupervisionSessions, At(ThuongTin), Year2024, 60m).Build();
        var result = Aggregate(set, new AggregationQuery { Level = AdministrativeLevel.Commune, AsOf = After, Allocation = AllocationWeights.By(new Dictionary<UnitCode, decimal>()) });
        result.Rows.Select(r => r.Value).Distinct().Should().ContainSingle();
        result.Issues.Issues.Should().ContainSingle(i => i.Code.ToString() == "DV6309");
    }

    [Fact]
    public void Missing_units_are_the_expected_units_no_figure_covers()
    {
        var communes = CommunesOf(ThuongTin, Year2024.End);
        var set = new ObservationSetBuilder()
            .Add(BuiltInMetrics.DialogueSessions, At(communes[0].Code), Year2024, 1m)
            .Add(BuiltInMetrics.DialogueSessions, At(communes[1].Code), Year2024, 2m)
            .Build();
        var row = Aggregate(set, new AggregationQuery { Level = AdministrativeLevel.District, AsOf = Year2024.End }).Rows.Single();

        row.Unit!.Code.Should().Be(ThuongTin);
        row.Provenance.ExpectedLevel.Should().Be(AdministrativeLevel.Commune);
        row.Provenance.ExpectedUnits.Should().Be(communes.Length);
        row.Provenance.ReportedUnits.Should().Be(2);
        row.Provenance.MissingUnits.Should().BeEquivalentTo(communes.Skip(2).Select(c => c.Code));
        row.Provenance.Coverage.Should().Be(2m / communes.Length);
    }

    [Fact]
    public void A_district_total_covers_its_communes()
    {
        var set = new ObservationSetBuilder().Add(BuiltInMetrics.DialogueSessions, At(ThuongTin), Year2024, 4m).Build();
        var row = Aggregate(set, new AggregationQuery { Level = AdministrativeLevel.Province, AsOf = Year2024.End, ExpectedLevel = AdministrativeLevel.Commune }).Rows.Single();
        row.Provenance.ReportedUnits.Should().Be(CommunesOf(ThuongTin, Year2024.End).Length);
        row.Provenance.ExpectedUnits.Should().Be(Catalog.AllAt(Year2024.End, AdministrativeLevel.Commune).Count(c => Catalog.Ancestors(c, Year2024.End).Any(a => a.Code == HaNoi)));
    }

    [Fact]
    public void District_figures_after_the_reform_are_expected_of_communes()
    {
        var set = new ObservationSetBuilder().Add(BuiltInMetrics.DialogueSessions, At(ThuongTin), Year2024, 4m).Build();
        var row = Aggregate(set, new AggregationQuery { Level = AdministrativeLevel.Province, AsOf = After }).Rows.Single();
        row.Provenance.ExpectedLevel.Should().Be(AdministrativeLevel.Commune);
        row.Provenance.ReportedUnits.Should().Be(Catalog.Translate(ThuongTin, Year2024.End, After).Count);
    }

    [Fact]
    public void A_code_that_named_no_unit_on_its_date_is_set_aside()
    {
        // No commune has ever had the code 99999.
        var set = new ObservationSetBuilder()
            .Add(BuiltInMetrics.DialogueSessions, ObservationSubject.Of(Code("99999")), Year2024, 4m)
            .Build();
        var result = Aggregate(set, new AggregationQuery());
        result.Rows.Should().BeEmpty();
        result.Issues.Issues.Should().ContainSingle(i => i.Code.ToString() == "DV6303");
    }

    [Fact]
    public void Aggregating_before_a_unit_existed_shares_it_among_its_predecessors()
    {
        // xã Thường Tín (10183) of 2025-07-01, expressed in the districts of 2025-06-30.
        var set = new ObservationSetBuilder()
            .Add(BuiltInMetrics.DialogueSessions, ObservationSubject.Of(Code("10183"), After), ReportingPeriod.HalfYear(2025, 2), 6m)
            .Build();
        var result = Aggregate(set, new AggregationQuery { Level = AdministrativeLevel.District, AsOf = new LocalDate(2025, 6, 30) });
        result.Rows.Sum(r => r.Value!.Value).Should().BeApproximately(6m, 0.000000001m);
        result.Rows.Should().Contain(r => r.Unit!.Code == ThuongTin);
    }
}
