using DanVan.Domain.Administration;
using DanVan.Domain.Metrics;
using DanVan.Domain.Organizations;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>A large generated set streamed through both formats.</summary>
public partial class ObservationIoTest
{
    private static readonly Lazy<ObservationSet> Large = new(() => Generate(200_000, seed: 2025));

    [Fact]
    public void Two_hundred_thousand_rows_round_trip_through_streamed_json()
    {
        var set = Large.Value;
        var json = WriteJson(set);
        var back = ObservationSet.ReadJson(new ChunkedStream(json, 8 * 1024));
        back.Count.Should().Be(set.Count);
        back.Equals(set).Should().BeTrue();
        back.SupersededCount.Should().Be(set.SupersededCount);
    }

    [Fact]
    public void Two_hundred_thousand_rows_round_trip_through_csv()
    {
        var set = Large.Value;
        var back = ObservationSet.ReadCsv(new ChunkedStream(WriteCsv(set), 8 * 1024), out var issues);
        issues.Issues.Should().BeEmpty();
        back.Equals(set).Should().BeTrue();
    }

    [Fact]
    public void Streaming_json_allocates_little_beyond_the_set_it_builds()
    {
        var set = Large.Value;
        var json = WriteJson(set);
        var rows = set.ToList();

        // The same rows through the builder directly: the allocation any reader must make.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var builder = new ObservationSetBuilder();
        foreach (var row in rows)
        {
            builder.Add(row);
        }

        builder.Build();
        var direct = GC.GetAllocatedBytesForCurrentThread() - before;

        before = GC.GetAllocatedBytesForCurrentThread();
        ObservationSet.ReadJson(new MemoryStream(json));
        var streamed = GC.GetAllocatedBytesForCurrentThread() - before;

        (streamed - direct).Should().BeLessThan(json.Length / 10, $"reading {json.Length:N0} bytes should not hold the document or allocate per row (direct {direct:N0}, streamed {streamed:N0})");
    }

    // Rows over random communes, metrics, periods and values; a tenth are ratios, some provisional, some repeated.
    internal static ObservationSet Generate(int count, int seed)
    {
        var random = new Random(seed);
        var metrics = typeof(BuiltInMetrics).GetFields().Where(f => f.FieldType == typeof(MetricCode)).Select(f => (MetricCode)f.GetValue(null)!).ToArray();
        var sources = new[] { null, "Báo cáo 6 tháng", "Báo cáo năm, bản \"chính thức\"", "Sơ kết\nnăm" };
        var organizations = new[] { OrganizationId.Parse("279/danvan-commission", null), OrganizationId.Parse("01/party-committee", null) };
        var units = Enum.GetValues<UnitOfMeasure>();
        var builder = new ObservationSetBuilder(count);
        for (var i = 0; i < count; i++)
        {
            var unit = UnitCode.Of(AdministrativeLevel.Commune, random.Next(1, 33_000));
            var subject = random.Next(20) switch
            {
                0 => ObservationSubject.Of(organizations[random.Next(organizations.Length)]),
                1 => ObservationSubject.Of(unit, new NodaTime.LocalDate(2025, 7, 1)),
                2 => ObservationSubject.Of(unit, null, organizations[0]),
                _ => ObservationSubject.Of(unit),
            };
            var period = random.Next(3) == 0 ? ReportingPeriodTest.RandomPeriod(random) : ReportingPeriod.Month(2024, random.Next(1, 13));
            var metric = metrics[random.Next(metrics.Length)];
            var qualifier = random.Next(10) == 0 ? (NumberQualifier)random.Next(7) : NumberQualifier.Exact;
            var status = random.Next(10) == 0 ? ObservationStatus.Provisional : ObservationStatus.Final;
            var source = sources[random.Next(sources.Length)];
            UnitOfMeasure? measure = random.Next(4) == 0 ? units[random.Next(units.Length)] : null;
            if (random.Next(10) == 0)
            {
                builder.AddRatio(metric, subject, period, random.Next(0, 500), random.Next(0, 1_000), qualifier, status, source, measure);
            }
            else
            {
                var value = new decimal(random.NextInt64(-1_000_000_000_000, 1_000_000_000_000)) / (decimal)Math.Pow(10, random.Next(0, 7));
                builder.Add(metric, subject, period, value, qualifier, status, source, measure);
            }
        }

        return builder.Build();
    }
}
