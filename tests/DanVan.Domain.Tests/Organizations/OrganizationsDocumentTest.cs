using System.Globalization;
using System.Text;
using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using NodaTime;

namespace DanVan.Domain.Tests.Organizations;

/// <summary>
/// docs/organizations.md must stay true: its table of kinds is the library's table, and the outputs its examples show
/// are what the library gives. Run with DANVAN_UPDATE_DOCS=1 to rewrite the table.
/// </summary>
public sealed class OrganizationsDocumentTest
{
    private const string Start = "<!-- kinds-table -->";
    private const string End = "<!-- /kinds-table -->";
    private static readonly string DocumentPath = TestPaths.Repository("docs/organizations.md");

    [Fact]
    public void The_table_of_kinds_is_the_librarys()
    {
        var text = File.ReadAllText(DocumentPath).ReplaceLineEndings("\n");
        var start = text.IndexOf(Start, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        start.Should().BePositive();
        end.Should().BeGreaterThan(start);
        var expected = Start + "\n" + RenderTable() + End;
        if (Environment.GetEnvironmentVariable("DANVAN_UPDATE_DOCS") == "1")
        {
            text = text[..start] + expected + text[(end + End.Length)..];
            File.WriteAllText(DocumentPath, text);
        }

        text[start..(end + End.Length)].Should().Be(expected, "run the tests with DANVAN_UPDATE_DOCS=1 to regenerate the table");
    }

    [Fact]
    public void The_examples_show_what_the_library_gives()
    {
        // Prose wraps lines anywhere; compare with single spaces.
        var text = string.Join(' ', File.ReadAllText(DocumentPath).Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        var registry = OrganizationRegistry.Default;
        var date = new LocalDate(2020, 3, 26);
        foreach (var body in registry.ForUnit(UnitCode.Parse("279", null), date))
        {
            text.Should().Contain(body.Name);
        }

        foreach (var linked in registry.ForArea(UnitCode.Parse("279", null), date, new LocalDate(2025, 7, 1)).Where(l => l.Organization.Unit == UnitCode.Parse("10183", null)))
        {
            text.Should().Contain(linked.Organization.Name);
        }

        var committee = registry.Find(OrganizationKind.PartyCommittee, UnitCode.Parse("10183", null), date)!;
        text.Should().Contain(string.Join(" → ", registry.ChainToCentre(committee, date).Select(b => b.Name)));
        text.Should().Contain("25@2025-07-01/propaganda-danvan-commission");
        text.Should().Contain("Trưởng Ban Dân vận Huyện ủy Lập Thạch kiêm Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện Lập Thạch");
    }

    private static string RenderTable()
    {
        var builder = new StringBuilder();
        builder.Append("| kind (slug) | Vietnamese | English | abbreviations | where and when |\n|---|---|---|---|---|\n");
        foreach (var info in OrganizationKinds.All)
        {
            builder.Append(CultureInfo.InvariantCulture, $"| `{info.Slug}` | {info.VietnameseName} | {info.EnglishName} | {string.Join(", ", info.Abbreviations)} | ");
            builder.Append(string.Join("; ", info.Presences.Select(presence => Describe(info, presence))));
            builder.Append(" |\n");
        }

        return builder.ToString();
    }

    private static string Describe(OrganizationKindInfo info, KindPresence presence)
    {
        var level = presence.Level.ToString().ToLowerInvariant();
        var period = (presence.From, presence.Until) switch
        {
            (null, null) => string.Empty,
            (null, { } until) => " until " + until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ({ } from, null) => " from " + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ({ } from, { } until) => $" {from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}–{until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
        };
        var how = presence.IsStanding ? string.Empty
            : presence.Level == OrganizationLevel.Central && info.CentralName is not null ? " (built in)" : " (where set up)";
        return level + period + how + (presence.IsUncertain ? " (M)" : string.Empty);
    }
}
