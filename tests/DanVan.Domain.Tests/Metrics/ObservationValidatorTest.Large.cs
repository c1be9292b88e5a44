using DanVan.Domain.Administration;
using DanVan.Domain.Metrics;
using NodaTime;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>A set of a million rows is checked over its columns: it completes, and finds exactly the rows planted.</summary>
public partial class ObservationValidatorTest
{
    [Fact]
    public void A_million_rows_of_every_commune_validate_and_the_planted_problems_are_found()
    {
        const int Rows = 1_000_000;
        var communes = AdministrativeCatalog.Default.AllAt(new LocalDate(2024, 12, 31), AdministrativeLevel.Commune)
            .Where(unit => unit.IsValidOn(new LocalDate(2023, 1, 1)))
            .Select(unit => ObservationSubject.Of(unit.Code))
            .ToList();
        communes.Count.Should().BeGreaterThan(10_000);
        MetricCode[] metrics = [BuiltInMetrics.PropagandaSessions, BuiltInMetrics.PropagandaAttendances, BuiltInMetrics.PetitionsReceived, BuiltInMetrics.PetitionsWithinJurisdiction];
        var builder = new ObservationSetBuilder(Rows);
        var random = new Random(2025_03_01);
        var planted = 0;
        for (var month = 0; builder.Count < Rows; month++)
        {
            var period = ReportingPeriod.Month(2023 + (month / 12), (month % 12) + 1);
            foreach (var metric in metrics)
            {
                foreach (var commune in communes)
                {
                    if (builder.Count == Rows)
                    {
                        break;
                    }

                    // Within jurisdiction (under 100) stays within received (100 or more); a few propaganda figures are made negative.
                    var value = metric == BuiltInMetrics.PetitionsWithinJurisdiction ? random.Next(0, 100) : random.Next(100, 10_000);
                    if (metric == BuiltInMetrics.PropagandaSessions && random.Next(50_000) == 0)
                    {
                        value = -value;
                        planted++;
                    }

                    builder.Add(metric, commune, period, value);
                }
            }
        }

        var set = builder.Build();
        set.Count.Should().Be(Rows);
        set.SupersededCount.Should().Be(0, "no subject, metric and period repeats");
        planted.Should().BePositive();

        var result = Validator.Validate(set);
        result.Issues.Where(i => i.Code.ToString() != "DV6207").Should().BeEmpty(string.Join('\n', result.Issues.Take(5)));
        result.Issues.Should().HaveCount(planted);
        foreach (var issue in result.Issues)
        {
            var row = int.Parse(issue.Path["observations[".Length..issue.Path.IndexOf(']', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            set[row].Value.Should().BeNegative();
            set[row].Metric.Should().Be(BuiltInMetrics.PropagandaSessions);
        }
    }
}
