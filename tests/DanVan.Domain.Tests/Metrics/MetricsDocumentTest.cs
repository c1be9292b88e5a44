using DanVan.Domain.Administration;
using DanVan.Domain.Metrics;
using NodaTime;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>Keeps the worked example of docs/metrics.md true: the figures it prints are what the library computes.</summary>
public sealed class MetricsDocumentTest
{
    private static readonly string Document = File.ReadAllText(TestPaths.Repository("docs/metrics.md"));

    private static AggregationResult WorkedExample()
    {
        var year = ReportingPeriod.CalendarYear(2024);
        var builder = new ObservationSetBuilder();
        builder.Add(BuiltInMetrics.PetitionsReceived, ObservationSubject.Of(UnitCode.Parse("246", null)), year, 79m);
        builder.Add(BuiltInMetrics.PetitionsReceived, ObservationSubject.Of(UnitCode.Parse("150", null)), year, 40m);
        builder.Add(BuiltInMetrics.PetitionsReceived, ObservationSubject.Of(UnitCode.Parse("279", null)), year, 60m);
        builder.AddRatio(BuiltInMetrics.PetitionsResolutionRate, ObservationSubject.Of(UnitCode.Parse("246", null)), year, 176m, 221m);
        builder.AddRatio(BuiltInMetrics.PetitionsResolutionRate, ObservationSubject.Of(UnitCode.Parse("150", null)), year, 30m, 40m);
        return MetricAggregator.Default.Aggregate(builder.Build(), new AggregationQuery
        {
            Level = AdministrativeLevel.Province,
            AsOf = new LocalDate(2025, 7, 1),
        });
    }

    [Fact]
    public void The_worked_example_prints_what_the_library_computes()
    {
        var result = WorkedExample();
        var lines = result.Rows.Select(r =>
            $"| {r.Metric} | {r.Unit!.FullName} ({r.Unit.Code}) | {r.Value!.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} | " +
            $"{(r.Numerator is { } n ? $"{n}/{r.Denominator}" : string.Empty)} | {r.Provenance.ReportedUnits} of {r.Provenance.ExpectedUnits} {r.Provenance.ExpectedLevel.ToString().ToLowerInvariant()}s | {(r.IsEstimated ? "yes" : "no")} |").ToList();
        foreach (var line in lines)
        {
            Document.Should().Contain(line, "docs/metrics.md shows the worked example's rows as computed:\n" + string.Join("\n", lines));
        }

        result.Issues.Issues.Should().BeEmpty();
    }
}
