using System.Text.RegularExpressions;
using DanVan.Domain.Metrics;
using NodaTime;

namespace DanVan.Domain.Tests.Metrics;

/// <summary>The tables of docs/metrics-periods.md say what the code does.</summary>
public partial class MetricsPeriodsDocumentTest
{
    private static readonly string[] Lines = File.ReadAllLines(TestPaths.Repository("docs/metrics-periods.md"));

    [Fact]
    public void The_kinds_table_matches_parsing_days_and_labels()
    {
        var rows = Rows("| kind | factory | text |");
        rows.Should().HaveCount(8);
        foreach (var cells in rows)
        {
            var period = ReportingPeriod.Parse(cells[2].Trim('`'), null);
            period.Kind.ToString().Should().Be(cells[0].Trim('`'));
            var days = cells[3].Split(" to ");
            period.Start.Should().Be(Date(days[0]));
            period.End.Should().Be(Date(days[1]));
            period.ToVietnameseLabel().Should().Be(cells[4]);
            period.ToEnglishLabel().Should().Be(cells[5]);
        }
    }

    [Fact]
    public void The_error_table_gives_the_codes_parsing_reports()
    {
        var rows = Rows("| text | issue | why |");
        rows.Should().HaveCountGreaterThan(8);
        foreach (var cells in rows)
        {
            var texts = Code().Matches(cells[0]).Select(match => match.Groups[1].Value).ToList();
            texts.Should().NotBeEmpty();
            foreach (var text in texts)
            {
                ReportingPeriod.TryParse(text, out _, out var error).Should().BeFalse(text);
                error!.Code.ToString().Should().Be(cells[1], text);
            }
        }
    }

    [Fact]
    public void Every_label_example_is_read()
    {
        var rows = Rows("| pattern (folded) | examples read |");
        rows.Should().HaveCount(7);
        foreach (var example in rows.SelectMany(cells => cells[1].Split(", ")))
        {
            ReportingPeriod.TryParseLabel(example, out var period, out var error).Should().BeTrue($"'{example}': {error?.EnglishMessage}");
            period.IsDefault.Should().BeFalse();
        }
    }

    [Fact]
    public void The_wording_table_is_what_the_calls_give()
    {
        var rows = Rows("| call | result |");
        rows.Select(cells => cells[1]).Should().Equal(
            ReportingPeriod.Years(2011, 2020).ToVietnameseLabel(),
            ReportingPeriod.Years(2011, 2020).ToVietnameseLabel(MultiYearWording.Span),
            ReportingPeriod.Years(2011, 2020).ToEnglishLabel(MultiYearWording.Span));
    }

    // The body rows of the table whose header starts with the given text, split into trimmed cells.
    private static List<string[]> Rows(string header)
    {
        var start = Array.FindIndex(Lines, line => line.StartsWith(header, StringComparison.Ordinal));
        start.Should().BeGreaterThanOrEqualTo(0, $"the document has a table '{header}'");
        return Lines.Skip(start + 2).TakeWhile(line => line.StartsWith('|'))
            .Select(line => line.Trim('|').Split(" | ").Select(cell => cell.Trim()).ToArray())
            .ToList();
    }

    private static LocalDate Date(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text.Trim()).Value;

    [GeneratedRegex("`([^`]*)`")]
    private static partial Regex Code();
}
