using System.Text;
using System.Text.RegularExpressions;
using DanVan.Domain.Metrics;
using DanVan.Domain.Serialization;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>
/// docs/metrics-definitions.md must stay true: its tables of units and built-in metrics are the library's, the codes its
/// phrase list names are built in, and its JSON example loads. Run with DANVAN_UPDATE_DOCS=1 to rewrite the tables.
/// </summary>
public sealed partial class MetricsDefinitionsDocumentTest
{
    private static readonly string DocumentPath = TestPaths.Repository("docs/metrics-definitions.md");

    [Fact]
    public void The_tables_are_the_librarys()
    {
        var text = File.ReadAllText(DocumentPath).ReplaceLineEndings("\n");
        var update = Environment.GetEnvironmentVariable("DANVAN_UPDATE_DOCS") == "1";
        foreach (var (name, render) in new (string, Func<string>)[] { ("units-table", RenderUnits), ("metrics-table", RenderMetrics) })
        {
            var start = "<!-- " + name + " -->";
            var end = "<!-- /" + name + " -->";
            var from = text.IndexOf(start, StringComparison.Ordinal);
            var to = text.IndexOf(end, StringComparison.Ordinal);
            from.Should().BePositive(name);
            to.Should().BeGreaterThan(from, name);
            var expected = start + "\n" + render() + end;
            if (update)
            {
                text = text[..from] + expected + text[(to + end.Length)..];
                File.WriteAllText(DocumentPath, text);
                to = text.IndexOf(end, StringComparison.Ordinal);
            }

            text[from..(to + end.Length)].Should().Be(expected, "run the tests with DANVAN_UPDATE_DOCS=1 to regenerate the {0}", name);
        }
    }

    [Fact]
    public void Every_built_in_metric_has_a_report_phrase_entry_and_every_code_there_is_built_in()
    {
        var text = File.ReadAllText(DocumentPath).ReplaceLineEndings("\n");
        var from = text.IndexOf("<!-- phrases -->", StringComparison.Ordinal);
        var to = text.IndexOf("<!-- /phrases -->", StringComparison.Ordinal);
        from.Should().BePositive();
        to.Should().BeGreaterThan(from);
        var named = CodeInBackticks().Matches(text[from..to]).Select(m => MetricCode.Parse(m.Groups[1].Value, null)).ToHashSet();
        named.Where(code => !MetricCatalog.Default.Contains(code)).Should().BeEmpty("the phrase list names only built-in metrics");
        MetricCatalogTest.BuiltInCodes().Where(code => !named.Contains(code)).Should().BeEmpty("every built-in metric says where it comes from");
    }

    [Fact]
    public void The_JSON_example_loads_and_the_csharp_example_defines_the_same_metrics()
    {
        var text = File.ReadAllText(DocumentPath).ReplaceLineEndings("\n");
        var from = text.IndexOf("<!-- example-json -->\n```json\n", StringComparison.Ordinal);
        from.Should().BePositive();
        from = text.IndexOf('\n', text.IndexOf("```json", from, StringComparison.Ordinal)) + 1;
        var json = text[from..text.IndexOf("```", from, StringComparison.Ordinal)];
        var catalog = MetricCatalog.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        var added = catalog.All.Skip(MetricCatalog.Default.All.Count).ToList();
        added.Select(d => d.Code.ToString()).Should().Equal("hanoi.mediation-cases", "hanoi.mediation-cases-received", "hanoi.mediation-rate");
        var rate = catalog.Get(MetricCode.Parse("hanoi.mediation-rate", null));
        rate.Numerator.Should().Be(MetricCode.Parse("hanoi.mediation-cases", null));
        rate.Kind.Should().Be(MetricKind.Rate);

        // The C# example builds the same catalog.
        var mediation = new MetricDefinition(MetricCode.Parse("hanoi.mediation-cases", null), "Số vụ hòa giải thành", "Mediation cases settled",
            UnitOfMeasure.Session, MetricKind.Count, Additivity.Additive, MetricDirection.HigherIsBetter);
        var received = new MetricDefinition(MetricCode.Parse("hanoi.mediation-cases-received", null), "Số vụ việc tiếp nhận hòa giải", "Mediation cases received",
            UnitOfMeasure.Session, MetricKind.Count, Additivity.Additive, MetricDirection.Neutral);
        var fromCode = new MetricDefinition(MetricCode.Parse("hanoi.mediation-rate", null), "Tỷ lệ hòa giải thành", "Mediation success rate",
            UnitOfMeasure.Percent, MetricKind.Rate, Additivity.Additive, MetricDirection.HigherIsBetter,
            numerator: mediation.Code, denominator: received.Code);
        added.Should().Equal(mediation, received, fromCode);
        text.Should().Contain("\"Số vụ hòa giải thành\", \"Mediation cases settled\"");
        text.Should().Contain("numerator: mediation.Code, denominator: received.Code");
        DanVanJson.Serialize(fromCode).Should().NotBeEmpty();
    }

    private static string RenderUnits()
    {
        var builder = new StringBuilder();
        builder.Append("| unit (JSON) | Vietnamese | English |\n|---|---|---|\n");
        foreach (var unit in Enum.GetValues<UnitOfMeasure>())
        {
            builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"| `{Json(unit)}` | {unit.VietnameseName()} | {unit.EnglishName()} |\n");
        }

        return builder.ToString();
    }

    private static string RenderMetrics()
    {
        var builder = new StringBuilder();
        builder.Append("| code | Vietnamese | English | unit | kind | additivity | direction | parts |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var d in MetricCatalog.Default.All)
        {
            var parts = d.Numerator is { } n ? $"`{n}` / `{d.Denominator}`" : d.Grades.Count > 0 ? string.Join("; ", d.Grades.Select((g, i) => $"{i + 1} = {g}")) : string.Empty;
            builder.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"| `{d.Code}` | {d.VietnameseName} | {d.EnglishName} | {d.Unit.VietnameseName()} | {Json(d.Kind)} | {Json(d.Additivity)} | {Json(d.Direction)} | {parts} |\n");
        }

        return builder.ToString();
    }

    private static string Json<T>(T value) => DanVanJson.Serialize(value).Trim('"');

    [GeneratedRegex(@"`([a-z][a-z0-9-]*(?:\.[a-z][a-z0-9-]*)+)`")]
    private static partial Regex CodeInBackticks();
}
