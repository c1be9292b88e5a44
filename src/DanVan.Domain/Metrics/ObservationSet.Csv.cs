using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Metrics;

// CSV files of observations (docs/metrics-io.md): a header naming the columns, then one observation per record.
public sealed partial class ObservationSet
{
    /// <summary>
    /// Reads observations from UTF-8 CSV, streaming, and stops at the first problem. The header names the columns, in
    /// any order: <c>metric,unit,unitDate,organization,period,value,numerator,denominator,qualifier,status,source,unitOfMeasure</c>
    /// (only <c>metric</c>, <c>period</c>, <c>unit</c> or <c>organization</c>, and <c>value</c> or <c>numerator</c> and
    /// <c>denominator</c> are needed; an unknown column is an error). Empty cells are absent values; numbers are invariant
    /// (<c>1170000</c>, <c>79.63</c>); enums use their JSON names (<c>moreThan</c>, <c>provisional</c>, <c>petition</c>).
    /// </summary>
    /// <param name="utf8Csv">The CSV, UTF-8 (a byte-order mark is skipped). The stream is read to its end, or to the first problem, and left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    /// <exception cref="DanVanFormatException">The header or a row is wrong; the exception's issue (DV6401-DV6414) gives the line
    /// (path <c>lines[12].value</c>, the line number as an editor shows it) and the reason.</exception>
    /// <example>
    /// <code>
    /// // metric,unit,period,value,qualifier
    /// // citizens.received,246,2021,700,moreThan
    /// using var file = File.OpenRead("observations.csv");
    /// ObservationSet set = ObservationSet.ReadCsv(file);
    /// </code>
    /// </example>
    public static ObservationSet ReadCsv(Stream utf8Csv)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        return ObservationCsvReader.Read(utf8Csv, null);
    }

    /// <summary>
    /// Reads observations from UTF-8 CSV like <see cref="ReadCsv(Stream)"/>, but leniently: a row with a problem is
    /// skipped and its issue kept in <paramref name="issues"/> (at most 1,000, then one issue, DV6415, counting the rest).
    /// A problem with the header, or a record that never ends (DV6408), stops reading: the set holds the rows read
    /// before it. Never throws for the content of the text.
    /// </summary>
    /// <param name="utf8Csv">The CSV, UTF-8. The stream is left open.</param>
    /// <param name="issues">The problems found, in the order of the lines; valid when there were none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    public static ObservationSet ReadCsv(Stream utf8Csv, out ValidationResult issues)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        var found = new List<ValidationIssue>();
        var set = ObservationCsvReader.Read(utf8Csv, found);
        issues = found.Count == 0 ? ValidationResult.Success : new ValidationResult(found);
        return set;
    }

    /// <summary>
    /// Writes the set as UTF-8 CSV (RFC 4180, no byte-order mark, CRLF line ends), row by row in the set's order: the
    /// full header, then one row per observation, with empty cells for absent values. The stream is left open.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Csv"/> is null.</exception>
    public void WriteCsv(Stream utf8Csv)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        ObservationCsvWriter.Write(utf8Csv, this);
    }
}
