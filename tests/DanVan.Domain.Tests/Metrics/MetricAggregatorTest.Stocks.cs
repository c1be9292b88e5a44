using DanVan.Domain.Metrics;

namespace DanVan.Domain.Tests.Metrics;

public sealed partial class MetricAggregatorTest
{
    [Fact]
    public void A_stock_takes_the_latest_value_per_unit_then_sums_across_units()
    {
        var builder = new ObservationSetBuilder();
        builder.Add(BuiltInMetrics.ModelsInForce, At(LapThach), ReportingPeriod.Month(2021, 1), 10m);
        builder.Add(BuiltInMetrics.ModelsInForce, At(LapThach), ReportingPeriod.Month(2021, 3), 12m);
        builder.Add(BuiltInMetrics.ModelsInForce, At(LapThach), ReportingPeriod.Month(2021, 2), 11m);
        builder.Add(BuiltInMetrics.ModelsInForce, At(Code("243")), ReportingPeriod.Month(2021, 2), 5m);
        var result = Aggregate(builder.Build(), new AggregationQuery { Granularity = PeriodKind.Quarter });

        var row = result.Rows.Single();
        row.Period.Should().Be(ReportingPeriod.Quarter(2021, 1));
        row.Value.Should().Be(17m, "March's 12 for Lập Thạch (not 10 + 12 + 11) plus February's 5 for the other district");
        row.Provenance.Observations.Should().Be(2);
    }

    [Fact]
    public void Coverage_ratios_add_their_units()
    {
        // "29/29 ban dân vận quận, huyện, thị" as two halves of a city.
        var builder = new ObservationSetBuilder();
        builder.AddRatio(BuiltInMetrics.CommissionsStaffed, At(Code("01")), Year2021, 15m, 15m);
        builder.AddRatio(BuiltInMetrics.CommissionsStaffed, At(Code("79")), Year2021, 13m, 14m);
        var row = Aggregate(builder.Build(), new AggregationQuery { AsOf = new NodaTime.LocalDate(2021, 12, 31) }).Rows.Single();
        row.Numerator.Should().Be(28m);
        row.Denominator.Should().Be(29m);
        row.Value.Should().Be(2800m / 29m);
    }
}
