using DanVan.Domain.Administration;
using DanVan.Domain.Metrics;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Metrics;

public sealed partial class MetricAggregatorTest
{
    [Fact]
    public void Attainment_honours_the_direction()
    {
        var builder = new ObservationSetBuilder();
        builder.AddRatio(BuiltInMetrics.PetitionsResolutionRate, At(LapThach), Year2021, 176m, 221m);
        builder.Add(BuiltInMetrics.CriticismUnits, At(LapThach), Year2021, 7m);
        var result = Aggregate(builder.Build(), new AggregationQuery { Level = AdministrativeLevel.District, AsOf = Year2021.End });

        var attainment = result.Attainment(
        [
            new MetricTarget(BuiltInMetrics.PetitionsResolutionRate, LapThach, Year2021, 90m),
            new MetricTarget(BuiltInMetrics.CriticismUnits, LapThach, Year2021, 10m),
            new MetricTarget(BuiltInMetrics.CriticismUnits, LapThach, ReportingPeriod.CalendarYear(2022), 10m),
        ]);

        attainment[0].Met.Should().BeFalse("79.6 % is below 90 %");
        attainment[0].Percent.Should().Be((176m * 100m / 221m) * 100m / 90m);
        attainment[0].IsCertain.Should().BeTrue();
        attainment[1].Met.Should().BeTrue("fewer units criticised than the ceiling is good");
        attainment[1].Percent.Should().Be(1000m / 7m);
        attainment[2].Actual.Should().BeNull();
        attainment[2].Met.Should().BeNull();
    }

    [Theory]
    [InlineData(NumberQualifier.MoreThan, 95, true, true)]
    [InlineData(NumberQualifier.MoreThan, 80, false, false)]
    [InlineData(NumberQualifier.LessThan, 80, false, true)]
    [InlineData(NumberQualifier.LessThan, 95, true, false)]
    [InlineData(NumberQualifier.About, 95, true, false)]
    public void A_bound_settles_the_verdict_only_in_its_direction(NumberQualifier qualifier, int actual, bool met, bool certain)
    {
        var definition = MetricCatalog.Default.Get(BuiltInMetrics.PetitionsResolved);
        var attainment = Attainment.Of(definition, new MetricTarget(BuiltInMetrics.PetitionsResolved, null, Year2021, 90m), actual, qualifier);
        attainment.Met.Should().Be(met);
        attainment.IsCertain.Should().Be(certain);
    }

    [Fact]
    public void A_neutral_metric_has_no_verdict()
    {
        var definition = MetricCatalog.Default.Get(BuiltInMetrics.PetitionsReceived);
        var attainment = Attainment.Of(definition, new MetricTarget(BuiltInMetrics.PetitionsReceived, null, Year2021, 50m), 79m);
        attainment.Met.Should().BeNull();
        attainment.Percent.Should().BeNull();
        attainment.Gap.Should().Be(29m);
    }

    [Fact]
    public void A_target_for_another_metric_is_refused()
    {
        var definition = MetricCatalog.Default.Get(BuiltInMetrics.PetitionsReceived);
        var act = () => Attainment.Of(definition, new MetricTarget(BuiltInMetrics.PetitionsResolved, null, Year2021, 50m), 79m);
        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void The_Thuong_Tin_figures_add_up_as_the_article_gives_them()
    {
        // Seed 000 (Hà Nội, 26/3/2020): figures since 2011 for huyện Thường Tín.
        var builder = new ObservationSetBuilder();
        var district = At(ThuongTin);
        builder.Add(BuiltInMetrics.SupervisionSessions, ObservationSubject.Of(DanVan.Domain.Organizations.OrganizationId.Parse("279/peoples-council", null)), SinceEleven, 557m);
        builder.Add(BuiltInMetrics.SupervisionSessions, district, SinceEleven, 684m, source: "communes of huyện Thường Tín");
        builder.Add(BuiltInMetrics.TrainingClasses, district, SinceEleven, 7m);
        builder.Add(BuiltInMetrics.TrainingAttendances, district, SinceEleven, 925m);
        builder.Add(BuiltInMetrics.InspectionUnitVisits, district, SinceEleven, 174m);
        builder.Add(BuiltInMetrics.CriticismUnits, district, SinceEleven, 7m);
        builder.Add(BuiltInMetrics.PropagandaSessions, district, SinceEleven, 7300m);
        builder.Add(BuiltInMetrics.PropagandaAttendances, district, SinceEleven, 1170000m);
        var result = Aggregate(builder.Build(), new AggregationQuery { Level = AdministrativeLevel.Province, AsOf = After });

        result.Find(BuiltInMetrics.SupervisionSessions, HaNoi, SinceEleven)!.Value.Should().Be(557m + 684m);
        result.Find(BuiltInMetrics.PropagandaAttendances, HaNoi, SinceEleven)!.Value.Should().Be(1170000m);
        result.Find(BuiltInMetrics.TrainingAttendances, HaNoi, SinceEleven)!.Value.Should().Be(925m);
        result.Rows.Should().HaveCount(7).And.OnlyContain(r => !r.IsEstimated && r.Unit!.Code == HaNoi);
        result.Issues.Issues.Should().BeEmpty();
    }
}

public sealed class ObservationRatioRangeTest
{
    [Fact]
    public void A_ratio_beyond_decimal_range_is_refused_the_same_way_by_observation_and_builder()
    {
        var subject = ObservationSubject.Of(UnitCode.Parse("246", null));
        var year = ReportingPeriod.CalendarYear(2021);
        var huge = 9_000_000_000_000_000_000m;
        var tiny = 0.000000000000000001m;

        var single = () => Observation.Ratio(BuiltInMetrics.PetitionsResolutionRate, subject, year, huge, tiny);
        single.Should().Throw<ArgumentOutOfRangeException>();
        var builder = new ObservationSetBuilder();
        var row = () => builder.AddRatio(BuiltInMetrics.PetitionsResolutionRate, subject, year, huge, tiny);
        row.Should().Throw<ArgumentOutOfRangeException>();
        builder.Count.Should().Be(0, "a refused row is not added, so every row of a set reads back");

        Observation.Ratio(BuiltInMetrics.PetitionsResolutionRate, subject, year, 5m, 0m).Value.Should().Be(0m, "a zero denominator gives 0 %");
    }
}
