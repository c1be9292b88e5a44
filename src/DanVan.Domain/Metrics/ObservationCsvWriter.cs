using System.Globalization;
using System.Text;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Writes observations as CSV (RFC 4180, UTF-8 without a byte-order mark, CRLF line ends): the full header, then one
/// row per observation in the set's order, empty cells for absent values. Texts that repeat (metrics, subjects, periods,
/// sources) are formatted once.
/// </summary>
internal static class ObservationCsvWriter
{
    private const string LineEnd = "\r\n";

    public static void Write(Stream stream, ObservationSet set)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = LineEnd };
        writer.Write(string.Join(',', ObservationField.Names));
        writer.Write(LineEnd);

        var metrics = Array.ConvertAll(set.MetricTable, metric => Field(metric.ToString()) + ",");
        var subjects = Array.ConvertAll(set.SubjectTable, Subject);
        var periods = Array.ConvertAll(set.PeriodTable, period => "," + period.ToString() + ",");
        var sources = Array.ConvertAll(set.SourceTable, Field);
        var qualifiers = Array.ConvertAll(Enum.GetValues<Text.NumberQualifier>(), q => q == Text.NumberQualifier.Exact ? string.Empty : EnumName(q));
        var columns = set.Columns;
        Span<char> number = stackalloc char[64];
        for (var m = 0; m < metrics.Length; m++)
        {
            for (var row = set.MetricStart[m]; row < set.MetricStart[m + 1]; row++)
            {
                writer.Write(metrics[m]);
                writer.Write(subjects[columns.Subject[row]]);
                writer.Write(periods[columns.Period[row]]);
                var hasParts = columns.HasParts(row);
                if (!hasParts)
                {
                    WriteNumber(writer, columns.ValueOf(row), number);
                }

                writer.Write(',');
                if (hasParts)
                {
                    WriteNumber(writer, columns.ValueOf(row), number);
                    writer.Write(',');
                    WriteNumber(writer, columns.DenominatorOf(row), number);
                }
                else
                {
                    writer.Write(',');
                }

                var meta = columns.Meta[row];
                writer.Write(',');
                writer.Write(qualifiers[(int)ObservationColumns.QualifierOf(meta)]);
                writer.Write(ObservationColumns.IsProvisional(meta) ? ",provisional," : ",,");
                if (columns.Source is { } source)
                {
                    writer.Write(sources[source[row]]);
                }

                writer.Write(',');
                if (columns.UnitOf(row) is { } unit)
                {
                    writer.Write(EnumName(unit));
                }

                writer.Write(LineEnd);
            }
        }
    }

    // unit,unitDate,organization — each possibly empty — with the separators between them, after the metric's comma.
    private static string Subject(ObservationSubject subject) =>
        (subject.Unit?.ToString() ?? string.Empty) + "," +
        (subject.UnitDate is { } date ? Serialization.LocalDateJsonConverter.Format(date) : string.Empty) + "," +
        (subject.Organization is { } organization ? Field(organization.ToString()) : string.Empty);

    private static void WriteNumber(StreamWriter writer, decimal value, Span<char> buffer)
    {
        value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        writer.Write(buffer[..written]);
    }

    private static string EnumName<T>(T value)
        where T : struct, Enum =>
        Administration.JsonEnumNames<T>.Name(value);

    // A field quoted when it holds a comma, quote or line break (RFC 4180), its quotes doubled.
    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
