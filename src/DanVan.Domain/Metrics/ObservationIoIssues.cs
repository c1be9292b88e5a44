using DanVan.Domain.Validation;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Issues about reading observations from CSV (DV64xx), reported by <see cref="ObservationSet.ReadCsv(Stream)"/> (which
/// throws the first as a <see cref="Text.DanVanFormatException"/>) and <see cref="ObservationSet.ReadCsv(Stream, out ValidationResult)"/>
/// (which collects them and skips the rows). Each issue's path is <c>lines[N]</c> or <c>lines[N].column</c>, N being the
/// line number as an editor shows it (the header is line 1); <c>{line}</c> is the same number.
/// </summary>
public static class ObservationIoIssues
{
    /// <summary>DV6401: the text has no header line.</summary>
    public static readonly IssueDescriptor CsvEmpty = new(
        "DV6401", ValidationSeverity.Error,
        "The CSV text is empty: its first line must be a header such as metric,unit,period,value.",
        "Tệp CSV rỗng: dòng đầu phải là dòng tiêu đề, ví dụ metric,unit,period,value.");

    /// <summary>DV6402: a header names a column observations do not have.</summary>
    public static readonly IssueDescriptor CsvUnknownColumn = new(
        "DV6402", ValidationSeverity.Error,
        "Line {line}: '{column}' is not a column of observations; the columns are {columns}.",
        "Dòng {line}: '{column}' không phải là cột của số liệu; các cột là {columns}.");

    /// <summary>DV6403: a header names a column twice.</summary>
    public static readonly IssueDescriptor CsvDuplicateColumn = new(
        "DV6403", ValidationSeverity.Error,
        "Line {line}: the column '{column}' appears twice.",
        "Dòng {line}: cột '{column}' xuất hiện hai lần.");

    /// <summary>DV6404: the header lacks a column every observation needs.</summary>
    public static readonly IssueDescriptor CsvMissingColumn = new(
        "DV6404", ValidationSeverity.Error,
        "Line {line}: the header needs {column}.",
        "Dòng {line}: dòng tiêu đề cần có {columnVi}.");

    /// <summary>DV6405: a row has more or fewer fields than the header.</summary>
    public static readonly IssueDescriptor CsvFieldCount = new(
        "DV6405", ValidationSeverity.Error,
        "Line {line}: {count} fields where the header has {expected}.",
        "Dòng {line}: có {count} trường trong khi dòng tiêu đề có {expected}.");

    /// <summary>DV6406: quotes used against RFC 4180; <c>{reason}</c> says how.</summary>
    public static readonly IssueDescriptor CsvQuoting = new(
        "DV6406", ValidationSeverity.Error,
        "Line {line}: {reason}.",
        "Dòng {line}: {reasonVi}.");

    /// <summary>DV6407: bytes that are not UTF-8.</summary>
    public static readonly IssueDescriptor CsvInvalidUtf8 = new(
        "DV6407", ValidationSeverity.Error,
        "Line {line}: the text is not valid UTF-8.",
        "Dòng {line}: văn bản không phải là UTF-8 hợp lệ.");

    /// <summary>DV6408: a record longer than the limit (usually a quote that is never closed); reading stops there.</summary>
    public static readonly IssueDescriptor CsvRecordTooLong = new(
        "DV6408", ValidationSeverity.Error,
        "Line {line}: the record is longer than {limit} bytes (is a quote never closed?); reading stops here.",
        "Dòng {line}: bản ghi dài hơn {limit} byte (có dấu ngoặc kép chưa đóng?); dừng đọc tại đây.");

    /// <summary>DV6409: the metric or the period is empty.</summary>
    public static readonly IssueDescriptor CsvRequired = new(
        "DV6409", ValidationSeverity.Error,
        "Line {line}: '{column}' is required.",
        "Dòng {line}: bắt buộc phải có '{column}'.");

    /// <summary>DV6410: neither a unit nor an organization.</summary>
    public static readonly IssueDescriptor CsvNoSubject = new(
        "DV6410", ValidationSeverity.Error,
        "Line {line}: an observation needs a 'unit', an 'organization', or both.",
        "Dòng {line}: số liệu cần có 'unit', 'organization' hoặc cả hai.");

    /// <summary>DV6411: neither a value nor the parts of a ratio.</summary>
    public static readonly IssueDescriptor CsvNoValue = new(
        "DV6411", ValidationSeverity.Error,
        "Line {line}: an observation needs a 'value', or a 'numerator' and a 'denominator'.",
        "Dòng {line}: số liệu cần có 'value', hoặc 'numerator' và 'denominator'.");

    /// <summary>DV6412: a value and ratio parts together, or only one part.</summary>
    public static readonly IssueDescriptor CsvValueAndParts = new(
        "DV6412", ValidationSeverity.Error,
        "Line {line}: give either a 'value' or both a 'numerator' and a 'denominator'.",
        "Dòng {line}: chỉ ghi 'value', hoặc ghi cả 'numerator' và 'denominator'.");

    /// <summary>DV6413: a cell that cannot be read; <c>{reason}</c> says why.</summary>
    public static readonly IssueDescriptor CsvInvalidCell = new(
        "DV6413", ValidationSeverity.Error,
        "Line {line}, column '{column}': {reason}",
        "Dòng {line}, cột '{column}': {reasonVi}");

    /// <summary>DV6414: a unit date without a unit.</summary>
    public static readonly IssueDescriptor CsvUnitDateWithoutUnit = new(
        "DV6414", ValidationSeverity.Error,
        "Line {line}: 'unitDate' needs a 'unit'.",
        "Dòng {line}: 'unitDate' cần đi kèm 'unit'.");

    /// <summary>DV6415: the lenient reader stopped listing issues; the rows were still skipped.</summary>
    public static readonly IssueDescriptor CsvTooManyIssues = new(
        "DV6415", ValidationSeverity.Error,
        "{count} more rows were refused; only the first {limit} issues are listed.",
        "Còn {count} dòng khác bị từ chối; chỉ liệt kê {limit} lỗi đầu tiên.");
}
