using DanVan.Domain.Administration;
using DanVan.Domain.Metrics;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>Property tests over random data with fixed seeds: any order or grouping gives the same totals; rates are sum/sum.</summary>
public sealed partial class MetricAggregatorTest
{
    private static readonly AdministrativeUnit[] Communes2024 = [.. Catalog.AllAt(Year2024.End, AdministrativeLevel.Commune)];

    private static List<Observation> RandomObservations(int seed, int count)
    {
        var random = new Random(seed);
        var list = new List<Observation>(count);
        var seen = new HashSet<(ObservationSubject, ReportingPeriod, bool)>();
        while (list.Count < count)
        {
            var subject = At(Communes2024[random.Next(Communes2024.Length)].Code);
            var period = ReportingPeriod.Month(2024, random.Next(1, 13));
            var isRate = random.Next(3) == 0;

            // A repeated figure is a correction, where order matters by design; these properties are about distinct figures.
            if (!seen.Add((subject, period, isRate)))
            {
                continue;
            }

            if (isRate)
            {
                var den = random.Next(0, 50);
                list.Add(Observation.Ratio(BuiltInMetrics.PetitionsResolutionRate, subject, period, random.Next(0, den + 1), den));
            }
            else
            {
                var qualifier = random.Next(10) == 0 ? NumberQualifier.MoreThan : NumberQualifier.Exact;
                list.Add(new Observation(BuiltInMetrics.PropagandaSessions, subject, period, random.Next(0, 1000) + (random.Next(4) / 4m), qualifier));
            }
        }

        return list;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Any_order_gives_the_same_aggregates(int seed)
    {
        var observations = RandomObservations(seed, 3000);
        var query = new AggregationQuery { Level = AdministrativeLevel.Province, AsOf = Year2024.End, Granularity = PeriodKind.Quarter };
        var forward = Aggregate(ObservationSet.From(observations), query);
        var shuffled = observations.OrderBy(_ => new Random(seed * 7).Next()).ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
        var backward = Aggregate(ObservationSet.From(shuffled), query);

        backward.Rows.Should().Equal(forward.Rows);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Any_grouping_gives_the_same_totals(int seed)
    {
        var set = ObservationSet.From(RandomObservations(seed, 3000));
        var metric = BuiltInMetrics.PropagandaSessions;
        var byProvinceQuarter = Aggregate(set, new AggregationQuery { Metrics = [metric], Level = AdministrativeLevel.Province, AsOf = Year2024.End, Granularity = PeriodKind.Quarter });
        var byDistrictMonth = Aggregate(set, new AggregationQuery { Metrics = [metric], Level = AdministrativeLevel.District, AsOf = Year2024.End });
        var nationYear = Aggregate(set, new AggregationQuery { Metrics = [metric], AsOf = Year2024.End, Granularity = PeriodKind.Year });
        var input = set.Of(metric).Sum(o => o.Value);

        nationYear.Rows.Single().Value.Should().Be(input);
        byProvinceQuarter.Rows.Sum(r => r.Value).Should().Be(input);
        byDistrictMonth.Rows.Sum(r => r.Value).Should().Be(input);
        nationYear.Rows.Single().Provenance.Observations.Should().Be(set.CountOf(metric));
        nationYear.Rows.Single().Qualifier.Should().Be(set.Of(metric).Any(o => o.Qualifier != NumberQualifier.Exact) ? NumberQualifier.MoreThan : NumberQualifier.Exact);

        // Summing two halves separately gives the same as summing the whole.
        var half = set.Count / 2;
        var first = ObservationSet.From(set.Take(half));
        var second = ObservationSet.From(set.Skip(half));
        var parts = new[] { first, second }.Sum(s => Aggregate(s, new AggregationQuery { Metrics = [metric], AsOf = Year2024.End, Granularity = PeriodKind.Year }).Rows.Sum(r => r.Value));
        parts.Should().Be(input);
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    public void Rates_are_sum_over_sum_at_every_level(int seed)
    {
        var set = ObservationSet.From(RandomObservations(seed, 3000));
        var metric = BuiltInMetrics.PetitionsResolutionRate;
        var numerators = set.Of(metric).Sum(o => o.Numerator!.Value);
        var denominators = set.Of(metric).Sum(o => o.Denominator!.Value);
        var nation = Aggregate(set, new AggregationQuery { Metrics = [metric], AsOf = Year2024.End, Granularity = PeriodKind.Year }).Rows.Single();
        nation.Numerator.Should().Be(numerators);
        nation.Denominator.Should().Be(denominators);
        nation.Value.Should().Be(numerators * 100m / denominators);

        var provinces = Aggregate(set, new AggregationQuery { Metrics = [metric], Level = AdministrativeLevel.Province, AsOf = Year2024.End, Granularity = PeriodKind.HalfYear });
        foreach (var row in provinces.Rows)
        {
            row.Value.Should().Be(row.Denominator == 0m ? null : row.Numerator * 100m / row.Denominator);
        }

        provinces.Rows.Sum(r => r.Numerator).Should().Be(numerators);
    }

    [Theory]
    [InlineData(8)]
    [InlineData(9)]
    public void Translating_into_the_new_provinces_keeps_the_national_total(int seed)
    {
        var set = ObservationSet.From(RandomObservations(seed, 3000));
        var metric = BuiltInMetrics.PropagandaSessions;
        var input = set.Of(metric).Sum(o => o.Value);
        var provinces = Aggregate(set, new AggregationQuery { Metrics = [metric], Level = AdministrativeLevel.Province, AsOf = After, Granularity = PeriodKind.Year });
        provinces.Rows.Should().HaveCountLessThanOrEqualTo(34);
        provinces.Rows.Sum(r => r.Value!.Value).Should().BeApproximately(input, 0.0000001m);
    }
}
