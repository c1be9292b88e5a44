using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using NodaTime;
using NodaTime.Text;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>The examples of docs/organizations-names.md, so the guide stays true.</summary>
public class OrganizationNamesDocumentTest
{
    internal static readonly string Guide = File.ReadAllText(TestPaths.Repository("docs/organizations-names.md"));

    public static TheoryData<string, string, string, string, string, string, string> Examples()
    {
        var rows = new TheoryData<string, string, string, string, string, string, string>();
        var section = Guide[Guide.IndexOf("## Examples", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        foreach (var line in section.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(1))
        {
            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            rows.Add(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6]);
        }

        return rows;
    }

    [Fact]
    public void The_guide_has_examples_of_every_status()
    {
        var statuses = Examples().Select(row => (string)row[3]).ToHashSet();
        statuses.Should().BeEquivalentTo(Enum.GetNames<OrganizationNameStatus>());
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Each_example_reads_as_the_guide_says(string name, string date, string within, string status, string kind, string unit, string number)
    {
        var day = LocalDatePattern.Iso.Parse(date).Value;
        var match = OrganizationRegistry.Default.ParseName(name, day, within.Length == 0 ? null : UnitCode.Parse(within, null));
        match.Status.ToString().Should().Be(status, match.Issue?.EnglishMessage);
        (match.Kind?.ToString() ?? "-").Should().Be(kind);
        (match.Unit?.Code.ToString() ?? "-").Should().Be(unit);
        (match.Number?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).Should().Be(number);
    }

    [Fact]
    public void The_quoted_message_is_the_one_the_parser_gives()
    {
        var match = OrganizationRegistry.Default.ParseName("Huyện ủy Thường Tín", new LocalDate(2026, 1, 1));
        var quoted = Guide[Guide.IndexOf("> 'Huyện ủy Thường Tín'", StringComparison.Ordinal)..];
        quoted = quoted[..quoted.IndexOf("\n\n", StringComparison.Ordinal)].Replace("\n> ", " ", StringComparison.Ordinal).TrimStart('>', ' ');
        quoted.Should().Be(match.Issue!.EnglishMessage);
    }

    [Fact]
    public void The_opening_example_holds()
    {
        var match = OrganizationRegistry.Default.ParseName("Đoàn Kiểm tra số 3 Thành ủy Hà Nội", new LocalDate(2020, 3, 26));
        $"{match.Status} {match.Kind} {match.Unit!.Code} {match.Number} {match.ConvenerKind} {match.Convener!.Id} {match.Organization is null}"
            .Should().Be("Resolved InspectionDelegation 01 3 PartyCommittee 01/party-committee True");
        Guide.Should().Contain("match.Convener!.Id;    // 01/party-committee");
    }
}
