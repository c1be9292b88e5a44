using DanVan.Domain.Administration;
using DanVan.Domain.Metrics;
using DanVan.Domain.Organizations;

namespace DanVan.Domain.Tests.Metrics;

public sealed partial class MetricAggregatorTest
{
    private static readonly ReportingPeriod SinceEleven = ReportingPeriod.Custom(new NodaTime.LocalDate(2011, 1, 1), new NodaTime.LocalDate(2020, 3, 26));

    private static ObservationSet ThuongTinSupervisions()
    {
        // The seed: 557 supervisions by the district council and 684 by the communes, 2011 to 26/3/2020. The district's
        // own total is given with made-up commune figures summing to 600, to test how the two are reconciled.
        var communes = CommunesOf(ThuongTin, SinceEleven.End);
        var builder = new ObservationSetBuilder();
        builder.Add(BuiltInMetrics.SupervisionSessions, At(ThuongTin), SinceEleven, 557m);
        for (var i = 0; i < 3; i++)
        {
            builder.Add(BuiltInMetrics.SupervisionSessions, At(communes[i].Code), SinceEleven, 200m);
        }

        return builder.Build();
    }

    [Fact]
    public void A_total_and_its_parts_are_not_both_counted_totals_preferred_by_default()
    {
        var result = Aggregate(ThuongTinSupervisions(), new AggregationQuery { Level = AdministrativeLevel.Province, AsOf = SinceEleven.End });

        result.Rows.Single().Value.Should().Be(557m);
        var reconciliation = result.Reconciliations.Should().ContainSingle().Subject;
        reconciliation.Unit!.Code.Should().Be(ThuongTin);
        reconciliation.OwnTotal.Should().Be(557m);
        reconciliation.PartsTotal.Should().Be(600m);
        reconciliation.Parts.Should().Be(3);
        reconciliation.Difference.Should().Be(-43m);
        reconciliation.Used.Should().Be(OverlapPolicy.PreferTotals);
        result.Issues.Issues.Should().ContainSingle(i => i.Code.ToString() == "DV6311");
    }

    [Fact]
    public void Preferring_parts_uses_the_communes_figures()
    {
        var result = Aggregate(ThuongTinSupervisions(), new AggregationQuery { Level = AdministrativeLevel.Province, AsOf = SinceEleven.End, Overlap = OverlapPolicy.PreferParts });
        result.Rows.Single().Value.Should().Be(600m);
        result.Reconciliations.Single().Used.Should().Be(OverlapPolicy.PreferParts);
    }

    [Fact]
    public void Totals_and_parts_that_agree_give_a_reconciliation_but_no_issue()
    {
        var communes = CommunesOf(ThuongTin, SinceEleven.End);
        var set = new ObservationSetBuilder()
            .Add(BuiltInMetrics.SupervisionSessions, At(ThuongTin), SinceEleven, 30m)
            .Add(BuiltInMetrics.SupervisionSessions, At(communes[0].Code), SinceEleven, 10m)
            .Add(BuiltInMetrics.SupervisionSessions, At(communes[1].Code), SinceEleven, 20m)
            .Build();
        var result = Aggregate(set, new AggregationQuery { AsOf = SinceEleven.End });
        result.Rows.Single().Value.Should().Be(30m);
        result.Reconciliations.Single().Difference.Should().Be(0m);
        result.Issues.Issues.Should().BeEmpty();
    }

    [Fact]
    public void Figures_of_different_organization_kinds_do_not_overlap()
    {
        // The district Ban Dân vận's own sessions and the communes' are different bodies' work: both count.
        var communes = CommunesOf(ThuongTin, SinceEleven.End);
        var set = new ObservationSetBuilder()
            .Add(BuiltInMetrics.PropagandaSessions, ObservationSubject.Of(OrganizationId.Parse("279/danvan-commission", null)), SinceEleven, 100m)
            .Add(BuiltInMetrics.PropagandaSessions, At(communes[0].Code), SinceEleven, 7m)
            .Build();
        var result = Aggregate(set, new AggregationQuery { AsOf = SinceEleven.End });
        result.Rows.Single().Value.Should().Be(107m);
        result.Reconciliations.Should().BeEmpty();

        var byKind = Aggregate(set, new AggregationQuery { AsOf = SinceEleven.End, ByOrganizationKind = true });
        byKind.Rows.Select(r => (r.OrganizationKind, r.Value)).Should().BeEquivalentTo(new (OrganizationKind?, decimal?)[]
        {
            (null, 7m),
            (OrganizationKind.DanVanCommission, 100m),
        });
    }

    [Fact]
    public void A_central_body_counts_for_the_nation_but_not_for_a_province()
    {
        var set = new ObservationSetBuilder()
            .Add(BuiltInMetrics.InspectionSessions, ObservationSubject.Of(OrganizationId.Parse("tw/danvan-commission", null)), Year2021, 12m)
            .Add(BuiltInMetrics.InspectionSessions, At(HaNoi), Year2021, 3m)
            .Build();

        var nation = Aggregate(set, new AggregationQuery { AsOf = new NodaTime.LocalDate(2021, 12, 31), ByOrganizationKind = true });
        nation.Rows.Sum(r => r.Value).Should().Be(15m);

        var provinces = Aggregate(set, new AggregationQuery { Level = AdministrativeLevel.Province, AsOf = new NodaTime.LocalDate(2021, 12, 31) });
        provinces.Rows.Single().Value.Should().Be(3m);
        provinces.Issues.Issues.Should().ContainSingle(i => i.Code.ToString() == "DV6304");
    }
}
