using System.Text;

namespace DanVan.Domain.Tests;

/// <summary>Reads the CSV files of ../shared/data (RFC 4180: quoted fields may hold commas and doubled quotes).</summary>
internal static class SharedCsv
{
    public static List<Dictionary<string, string>> Read(string relativePath)
    {
        var lines = File.ReadAllLines(TestPaths.Shared(relativePath), Encoding.UTF8);
        var header = Fields(lines[0]);
        return lines.Skip(1).Where(l => l.Length > 0).Select(line =>
        {
            var fields = Fields(line);
            fields.Should().HaveCount(header.Count, $"every row of {relativePath} has {header.Count} fields: {line}");
            return header.Select((name, i) => (name, fields[i])).ToDictionary(p => p.name, p => p.Item2, StringComparer.Ordinal);
        }).ToList();
    }

    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
