using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Tests.Validation;

/// <summary>
/// docs/validation-codes.md must list every code the library declares, with both messages, once.
/// Run with DANVAN_UPDATE_DOCS=1 to rewrite the file from the descriptors.
/// </summary>
public partial class ValidationCodesDocumentTest
{
    private static readonly string DocumentPath = TestPaths.Repository("docs/validation-codes.md");

    private static readonly string[] AreaNames =
    [
        string.Empty, "Text and common (DV1xxx)", "Administrative units (DV2xxx)", "Organizations (DV3xxx)",
        "Regulations (DV4xxx)", "Campaigns (DV5xxx)", "Metrics (DV6xxx)",
    ];

    public static IReadOnlyList<(string Owner, IssueDescriptor Descriptor)> Descriptors { get; } =
        typeof(IssueDescriptor).Assembly.GetTypes()
            .SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Where(field => field.FieldType == typeof(IssueDescriptor))
                .Select(field => (type.Name + "." + field.Name, (IssueDescriptor)field.GetValue(null)!)))
            .OrderBy(entry => entry.Item2.Code)
            .ToList();

    [Fact]
    public void Every_declared_code_is_unique()
    {
        Descriptors.Should().NotBeEmpty();
        Descriptors.GroupBy(entry => entry.Descriptor.Code).Where(group => group.Count() > 1)
            .Select(group => $"{group.Key}: {string.Join(", ", group.Select(entry => entry.Owner))}")
            .Should().BeEmpty("a code means one thing");
    }

    [Fact]
    public void Every_code_written_in_the_source_is_declared_exactly_once()
    {
        var declared = Descriptors.Select(entry => entry.Descriptor.Code.ToString()).ToHashSet();
        var literals = Directory.EnumerateFiles(TestPaths.Repository("src"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(File.ReadLines)
            .Where(line => !line.TrimStart().StartsWith("///", StringComparison.Ordinal))
            .SelectMany(line => CodeLiteral().Matches(line).Select(match => match.Groups[1].Value))
            .ToList();
        literals.Where(code => !declared.Contains(code)).Should().BeEmpty("every code used must be a declared descriptor");
        literals.GroupBy(code => code).Where(group => group.Count() > 1).Select(group => group.Key)
            .Should().BeEmpty("each code is written once, where it is declared");
    }

    [Fact]
    public void The_document_lists_every_code_with_both_messages()
    {
        var expected = Render();
        if (Environment.GetEnvironmentVariable("DANVAN_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(DocumentPath, expected);
        }

        var rows = File.ReadLines(DocumentPath).Where(line => line.StartsWith("| DV", StringComparison.Ordinal)).ToList();
        rows.GroupBy(row => row[..8]).Where(group => group.Count() > 1).Select(group => group.Key)
            .Should().BeEmpty("no code is listed twice");
        var expectedRows = expected.Split('\n').Where(line => line.StartsWith("| DV", StringComparison.Ordinal)).ToList();
        expectedRows.Except(rows).Should().BeEmpty("docs/validation-codes.md must have these rows (run the tests with DANVAN_UPDATE_DOCS=1)");
        rows.Except(expectedRows).Should().BeEmpty("docs/validation-codes.md lists codes the library does not declare");
    }

    private static string Render()
    {
        var builder = new StringBuilder();
        builder.Append("# Validation codes\n\n");
        builder.Append("Every issue the library reports has a stable code: `DV` and four digits, the first digit naming the area. ");
        builder.Append("A code never changes meaning once published. Placeholders in braces are the issue's `arguments`, ");
        builder.Append("so a portal can render its own text. See [validation.md](validation.md) for how issues are used.\n\n");
        builder.Append("This file is checked by `ValidationCodesDocumentTest`; regenerate it with ");
        builder.Append("`DANVAN_UPDATE_DOCS=1 dotnet test --filter ValidationCodesDocumentTest`.\n");
        foreach (var area in Descriptors.GroupBy(entry => entry.Descriptor.Code.Area))
        {
            builder.Append("\n## ").Append(AreaNames[area.Key]).Append("\n\n");
            builder.Append("| code | severity | declared in | English | Tiếng Việt |\n|---|---|---|---|---|\n");
            foreach (var (owner, descriptor) in area)
            {
                builder.Append("| ").Append(descriptor.Code).Append(" | ")
                    .Append(descriptor.Severity.ToString().ToLowerInvariant()).Append(" | `")
                    .Append(owner).Append("` | ")
                    .Append(Escape(descriptor.EnglishTemplate)).Append(" | ")
                    .Append(Escape(descriptor.VietnameseTemplate)).Append(" |\n");
            }
        }

        return builder.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|");

    [GeneratedRegex("\"(DV[0-9]{4})\"")]
    private static partial Regex CodeLiteral();
}
