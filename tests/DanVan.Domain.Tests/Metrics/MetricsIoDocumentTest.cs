using System.Text;
using System.Text.Json;
using DanVan.Domain.Metrics;
using DanVan.Domain.Serialization;
using DanVan.Domain.Text;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>The examples and error tables of docs/metrics-io.md are what the code reads, writes and reports.</summary>
public class MetricsIoDocumentTest
{
    private static readonly string[] Lines = File.ReadAllLines(TestPaths.Repository("docs/metrics-io.md"));

    [Fact]
    public void The_json_and_csv_examples_hold_the_same_set_and_are_what_the_writers_write()
    {
        var json = Example("json");
        var csv = Example("csv");
        var fromJson = ObservationSet.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        var fromCsv = ObservationSet.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
        fromJson.Count.Should().Be(5);
        fromCsv.Should().Equal(fromJson);

        DanVanJson.Serialize(fromJson).Should().Be(json.Replace("\n", string.Empty, StringComparison.Ordinal), "the example is the writer's output, one row per line");
        var written = new MemoryStream();
        fromJson.WriteCsv(written);
        Encoding.UTF8.GetString(written.ToArray()).Should().Be(csv.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n");
    }

    [Fact]
    public void The_json_error_table_gives_the_paths_and_messages()
    {
        var rows = Rows("| input | `Path` | message |");
        rows.Should().HaveCount(6);
        foreach (var cells in rows.Where(cells => !cells[0].Contains('…', StringComparison.Ordinal)))
        {
            var input = cells[0].Trim('`');
            var exception = FluentActions.Invoking(() => ObservationSet.ReadJson(new MemoryStream(Encoding.UTF8.GetBytes(input))))
                .Should().Throw<JsonException>().Which;
            exception.Path.Should().Be(cells[1].Trim('`'), input);
            exception.Message.Should().Be(cells[2], input);
        }
    }

    [Fact]
    public void The_csv_codes_in_the_table_are_the_declared_ones()
    {
        var codes = Rows("| code | example | |").Select(cells => cells[0]).ToList();
        codes.Should().Equal(Enumerable.Range(6401, 15).Select(n => "DV" + n));
        typeof(ObservationIoIssues).GetFields().Select(f => ((Domain.Validation.IssueDescriptor)f.GetValue(null)!).Code.ToString())
            .Should().BeEquivalentTo(codes);
    }

    [Fact]
    public void The_number_advice_is_true()
    {
        Read("metric,unit,period,value\na.b,01,2021,1.170\n").Single().Value.Should().Be(1.17m, "the document warns about exactly this");
        FluentActions.Invoking(() => Read("metric,unit,period,value\na.b,01,2021,1.170.000\n")).Should().Throw<DanVanFormatException>();
        FluentActions.Invoking(() => Read("metric,unit,period,value\na.b,01,2021,\"79,63\"\n")).Should().Throw<DanVanFormatException>();
        VietnameseNumber.TryParse("1.170", out var value).Should().BeTrue();
        value.Should().Be(1170m, "the conversion the document recommends");

        static ObservationSet Read(string csv) => ObservationSet.ReadCsv(new MemoryStream(Encoding.UTF8.GetBytes(csv)));
    }

    // The text of the fenced block after "<!-- example: name -->", without its final line break.
    private static string Example(string name)
    {
        var start = Array.IndexOf(Lines, $"<!-- example: {name} -->");
        start.Should().BeGreaterThanOrEqualTo(0);
        return string.Join("\n", Lines.Skip(start + 2).TakeWhile(line => line != "```"));
    }

    private static List<string[]> Rows(string header)
    {
        var start = Array.FindIndex(Lines, line => line.StartsWith(header, StringComparison.Ordinal));
        start.Should().BeGreaterThanOrEqualTo(0, $"the document has a table '{header}'");
        return Lines.Skip(start + 2).TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Trim('|').Split(" | ").Select(cell => cell.Trim()).ToArray())
            .ToList();
    }
}
