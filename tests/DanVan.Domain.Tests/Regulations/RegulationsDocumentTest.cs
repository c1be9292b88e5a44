using DanVan.Domain.Regulations;

namespace DanVan.Domain.Tests.Regulations;

// docs/regulations.md prints the type and issuer tables and the built-in catalog; these tests keep it true.
public class RegulationsDocumentTest
{
    private static readonly string[] Lines = File.ReadAllLines(TestPaths.Repository("docs/regulations.md"));

    [Fact]
    public void Every_document_type_is_documented_with_its_names()
    {
        foreach (var type in DocumentTypes.All)
        {
            var abbreviation = type.Abbreviation is null ? "—" : $"`{type.Abbreviation}`";
            Lines.Should().Contain(
                $"| {abbreviation} | {type.VietnameseName} | {type.EnglishName} | `{type.Kind}` |",
                $"{type} of the {type.System} system must be in the table");
        }

        Lines.Count(l => l.EndsWith("` |", StringComparison.Ordinal) && l.Contains("| `", StringComparison.Ordinal) && Enum.TryParse<DocumentKind>(l.Split('`')[^2], out _))
            .Should().Be(DocumentTypes.All.Count, "the document lists no type the code lacks");
    }

    [Fact]
    public void Every_issuer_is_documented_with_its_names()
    {
        foreach (var issuer in Issuers.All)
        {
            var term = issuer.CarriesAssemblyTerm ? " + term" : string.Empty;
            Lines.Should().Contain(
                $"| `{issuer.Abbreviation}`{term} | {issuer.System} | {issuer.Level} | {issuer.VietnameseName} | {issuer.EnglishName} |");
        }
    }

    [Fact]
    public void Every_built_in_regulation_is_listed_once()
    {
        var rows = Lines.Where(l => l.StartsWith("| `", StringComparison.Ordinal) && DocumentNumber.TryParse(l.Split('`')[1], DocumentNumberParseMode.Strict, out _)).ToList();
        foreach (var regulation in RegulationCatalog.Default.Regulations)
        {
            rows.Count(r => r.StartsWith($"| `{regulation.Number}` |", StringComparison.Ordinal)).Should().Be(1, regulation.Number.ToString());
        }

        rows.Should().HaveCount(RegulationCatalog.Default.Count);
    }
}
