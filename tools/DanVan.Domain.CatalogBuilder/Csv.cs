using System.Text;

namespace DanVan.Domain.CatalogBuilder;

/// <summary>RFC 4180 CSV with a header row: quoted fields may hold commas, quotes ("") and line breaks.</summary>
internal static class Csv
{
    internal static List<Dictionary<string, string>> Read(string path)
    {
        var text = File.ReadAllText(path, Encoding.UTF8);
        var records = Records(text).ToList();
        if (records.Count == 0)
        {
            throw new InvalidDataException($"{path} is empty.");
        }

        var header = records[0];
        var rows = new List<Dictionary<string, string>>(records.Count - 1);
        for (var r = 1; r < records.Count; r++)
        {
            if (records[r].Count == 1 && records[r][0].Length == 0)
            {
                continue;
            }

            if (records[r].Count != header.Count)
            {
                throw new InvalidDataException($"{path}, record {r + 1}: {records[r].Count} fields, the header has {header.Count}.");
            }

            var row = new Dictionary<string, string>(header.Count, StringComparer.Ordinal);
            for (var i = 0; i < header.Count; i++)
            {
                row[header[i]] = records[r][i];
            }

            rows.Add(row);
        }

        return rows;
    }

    private static IEnumerable<List<string>> Records(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return fields;
                    fields = [];
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return fields;
        }
    }
}
