using System.Buffers;
using System.Globalization;
using System.Text.Unicode;
using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Reads observations from CSV (docs/metrics-io.md): a header naming the columns, then one observation per record.
/// Strict mode throws the first issue as a <see cref="DanVanFormatException"/>; lenient mode collects the issues and
/// skips the rows they concern.
/// </summary>
internal sealed class ObservationCsvReader
{
    /// <summary>The lenient reader lists at most this many issues (then one saying how many more rows were refused).</summary>
    public const int MaximumIssues = 1000;

    private static readonly string ColumnList = string.Join(", ", ObservationField.Names);

    private readonly CsvRecordReader _records;
    private readonly List<ValidationIssue>? _issues;
    private readonly ObservationJsonCache _cache = new();
    private readonly int[] _columnOf = new int[ObservationField.Names.Length];
    private char[] _chars = new char[1024];
    private int[] _charEnds = new int[ObservationField.Names.Length];
    private int _columns;
    private int _dropped;
    private int _line;

    private ObservationCsvReader(Stream stream, List<ValidationIssue>? issues)
    {
        _records = new CsvRecordReader(stream);
        _issues = issues;
    }

    /// <summary>Reads a set; with <paramref name="issues"/> null, the first issue is thrown.</summary>
    public static ObservationSet Read(Stream stream, List<ValidationIssue>? issues)
    {
        var reader = new ObservationCsvReader(stream, issues);
        var builder = new ObservationSetBuilder();
        if (reader.ReadHeader())
        {
            reader.ReadRows(builder);
        }

        if (reader._dropped > 0)
        {
            issues!.Add(ObservationIoIssues.CsvTooManyIssues.Create(
                "lines", null, Argument("count", reader._dropped), Argument("limit", MaximumIssues)));
        }

        return builder.Build();
    }

    private bool ReadHeader()
    {
        CsvProblem problem;
        do
        {
            problem = _records.Next(out _line);
        }
        while (problem == CsvProblem.None && _records.IsBlank);

        if (problem != CsvProblem.None)
        {
            return Report(problem == CsvProblem.End ? ObservationIoIssues.CsvEmpty.Create(string.Empty, null) : Quoting(problem));
        }

        if (!Decode())
        {
            return Report(ObservationIoIssues.CsvInvalidUtf8.Create(LinePath(), null, LineArgument()));
        }

        _columns = _records.FieldCount;
        Array.Fill(_columnOf, -1);
        for (var i = 0; i < _columns; i++)
        {
            var name = Cell(i);
            var field = ObservationField.Names.Length - 1;
            while (field >= 0 && !name.SequenceEqual(ObservationField.Names[field]))
            {
                field--;
            }

            if (field < 0)
            {
                var shown = AttemptedValue.Of(name);
                return Report(ObservationIoIssues.CsvUnknownColumn.Create(
                    LinePath(), shown, LineArgument(), new IssueArgument("column", shown), new IssueArgument("columns", ColumnList)));
            }

            if (_columnOf[field] >= 0)
            {
                return Report(ObservationIoIssues.CsvDuplicateColumn.Create(LinePath(), name.ToString(), LineArgument(), new IssueArgument("column", name.ToString())));
            }

            _columnOf[field] = i;
        }

        return RequireColumn(ObservationField.Metric, null, "the column 'metric'", "cột 'metric'") &&
               RequireColumn(ObservationField.Period, null, "the column 'period'", "cột 'period'") &&
               RequireColumn(ObservationField.Unit, ObservationField.Organization, "the column 'unit' or 'organization'", "cột 'unit' hoặc 'organization'") &&
               (_columnOf[ObservationField.Value] >= 0 ||
                (RequireColumn(ObservationField.Numerator, null, "the column 'value', or the columns 'numerator' and 'denominator'", "cột 'value', hoặc các cột 'numerator' và 'denominator'") &&
                 RequireColumn(ObservationField.Denominator, null, "the column 'denominator' beside 'numerator'", "cột 'denominator' đi kèm 'numerator'")));
    }

    private bool RequireColumn(int field, int? alternative, string english, string vietnamese) =>
        _columnOf[field] >= 0 || (alternative is { } other && _columnOf[other] >= 0) ||
        Report(ObservationIoIssues.CsvMissingColumn.Create(
            LinePath(), null, LineArgument(), new IssueArgument("column", english), new IssueArgument("columnVi", vietnamese)));

    private void ReadRows(ObservationSetBuilder builder)
    {
        var fields = default(ObservationFields);
        while (true)
        {
            var problem = _records.Next(out _line);
            if (problem == CsvProblem.End)
            {
                return;
            }

            if (problem != CsvProblem.None)
            {
                Report(Quoting(problem));
                if (problem is CsvProblem.TooLong or CsvProblem.Unclosed)
                {
                    return;
                }

                continue;
            }

            if (_records.IsBlank)
            {
                continue;
            }

            if (_records.FieldCount != _columns)
            {
                Report(ObservationIoIssues.CsvFieldCount.Create(
                    LinePath(), null, LineArgument(), Argument("count", _records.FieldCount), Argument("expected", _columns)));
                continue;
            }

            if (!Decode())
            {
                Report(ObservationIoIssues.CsvInvalidUtf8.Create(LinePath(), null, LineArgument()));
                continue;
            }

            if (ReadFields(ref fields) is { } issue)
            {
                Report(issue);
                continue;
            }

            try
            {
                fields.AddTo(builder);
            }
            catch (ArgumentException exception)
            {
                // The builder's rules; the fields were checked first, so this is a safety net.
                Report(Invalid(ObservationField.Value, exception.Message, exception.Message));
            }
        }
    }

    // Fills the fields from the decoded cells; the issue of the first cell (or rule) that fails, or null.
    private ValidationIssue? ReadFields(ref ObservationFields fields)
    {
        fields = default;
        for (var field = 0; field < _columnOf.Length; field++)
        {
            var column = _columnOf[field];
            if (column < 0 || _charEnds[column] == (column == 0 ? 0 : _charEnds[column - 1]))
            {
                continue;
            }

            if (ReadCell(field, Cell(column), ref fields) is { } issue)
            {
                return issue;
            }
        }

        var (problem, at) = fields.Check();
        return problem switch
        {
            FieldsProblem.None => null,
            FieldsProblem.Required => ObservationIoIssues.CsvRequired.Create(CellPath(at), null, LineArgument(), new IssueArgument("column", ObservationField.Names[at])),
            FieldsProblem.NoSubject => ObservationIoIssues.CsvNoSubject.Create(LinePath(), null, LineArgument()),
            FieldsProblem.UnitDateWithoutUnit => ObservationIoIssues.CsvUnitDateWithoutUnit.Create(CellPath(at), null, LineArgument()),
            FieldsProblem.NoValue => ObservationIoIssues.CsvNoValue.Create(LinePath(), null, LineArgument()),
            FieldsProblem.ValueAndParts => ObservationIoIssues.CsvValueAndParts.Create(LinePath(), null, LineArgument()),
            FieldsProblem.NegativePart => Invalid(at, "a part of a ratio cannot be negative.", "tử số và mẫu số không được âm."),
            _ => Invalid(at, "the number has more than 18 significant digits; observations keep at most 18.", "số có hơn 18 chữ số có nghĩa; số liệu chỉ giữ tối đa 18."),
        };
    }

    private ValidationIssue? ReadCell(int field, ReadOnlySpan<char> text, ref ObservationFields fields)
    {
        switch (field)
        {
            case ObservationField.Metric:
                if (!_cache.Metrics.TryGet(text, out fields.Metric))
                {
                    var code = text.ToString();
                    if (!MetricCode.TryParse(code, out fields.Metric, out var error))
                    {
                        return Invalid(field, error);
                    }

                    _cache.Metrics.Add(code, fields.Metric);
                }

                return null;
            case ObservationField.Unit:
                return UnitCode.TryParse(text, out fields.Unit) ? null
                    : UnitCode.TryParse(text.ToString(), out _, out var unitError) ? null : Invalid(field, unitError);
            case ObservationField.UnitDate:
                if (TryIsoDate(text, out var date))
                {
                    fields.UnitDate = date;
                    return null;
                }

                var shown = AttemptedValue.Of(text);
                return Invalid(field, $"'{shown}' is not a date in the form yyyy-MM-dd.", $"'{shown}' không phải là ngày dạng yyyy-MM-dd.");
            case ObservationField.Organization:
                if (!_cache.Organizations.TryGet(text, out fields.Organization))
                {
                    var id = text.ToString();
                    if (!OrganizationId.TryParse(id, out fields.Organization, out var error))
                    {
                        return Invalid(field, error);
                    }

                    _cache.Organizations.Add(id, fields.Organization);
                }

                return null;
            case ObservationField.Period:
                var period = ReportingPeriod.ReadText(text, out fields.Period);
                return period.IsNone ? null : Invalid(field, period.ToIssue(text.ToString()));
            case ObservationField.Value:
                return ReadNumber(field, text, out fields.Value);
            case ObservationField.Numerator:
                return ReadNumber(field, text, out fields.Numerator);
            case ObservationField.Denominator:
                return ReadNumber(field, text, out fields.Denominator);
            case ObservationField.Qualifier:
                return ReadName(field, text, out fields.Qualifier);
            case ObservationField.Status:
                return ReadName(field, text, out fields.Status);
            case ObservationField.Source:
                if (!_cache.Sources.TryGet(text, out var source))
                {
                    source = text.ToString();
                    _cache.Sources.Add(source, source);
                }

                fields.Source = source;
                return null;
            default:
                var measure = ReadName(field, text, out UnitOfMeasure unit);
                fields.Measure = unit;
                return measure;
        }
    }

    // Invariant numbers only: digits, an optional leading sign and decimal point; no grouping, no exponent.
    private ValidationIssue? ReadNumber(int field, ReadOnlySpan<char> text, out decimal? value)
    {
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return null;
        }

        value = null;
        var shown = AttemptedValue.Of(text);
        return Invalid(
            field,
            $"'{shown}' is not a number: write digits with a decimal point and no grouping, as in 1170000 or 79.63.",
            $"'{shown}' không phải là số: viết chữ số với dấu chấm thập phân, không tách nhóm nghìn, như 1170000 hoặc 79.63.");
    }

    private ValidationIssue? ReadName<T>(int field, ReadOnlySpan<char> text, out T value)
        where T : struct, Enum
    {
        foreach (var (name, _, member) in EnumNames<T>.All)
        {
            if (text.SequenceEqual(name))
            {
                value = member;
                return null;
            }
        }

        value = default;
        var shown = AttemptedValue.Of(text);
        var names = string.Join(", ", EnumNames<T>.All.Select(pair => pair.Name));
        return Invalid(field, $"'{shown}' is not one of {names}.", $"'{shown}' không thuộc {names}.");
    }

    private static bool TryIsoDate(ReadOnlySpan<char> text, out LocalDate date)
    {
        date = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-' ||
            !int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            !int.TryParse(text.Slice(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) ||
            !int.TryParse(text.Slice(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day) ||
            year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    // Decodes every field of the record as UTF-8 into _chars; false for bytes that are not UTF-8.
    private bool Decode()
    {
        var count = _records.FieldCount;
        if (_charEnds.Length < count)
        {
            _charEnds = new int[count];
        }

        var written = 0;
        for (var i = 0; i < count; i++)
        {
            var bytes = _records.Field(i);
            if (_chars.Length - written < bytes.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, written + bytes.Length));
            }

            if (Utf8.ToUtf16(bytes, _chars.AsSpan(written), out _, out var chars, replaceInvalidSequences: false) != OperationStatus.Done)
            {
                return false;
            }

            written += chars;
            _charEnds[i] = written;
        }

        return true;
    }

    private ReadOnlySpan<char> Cell(int column)
    {
        var start = column == 0 ? 0 : _charEnds[column - 1];
        return _chars.AsSpan(start, _charEnds[column] - start);
    }

    // Strict mode throws; lenient mode keeps the issue (up to the limit). Returns false, for "stop here".
    private bool Report(ValidationIssue issue)
    {
        if (_issues is null)
        {
            throw new DanVanFormatException(issue);
        }

        if (_issues.Count < MaximumIssues)
        {
            _issues.Add(issue);
        }
        else
        {
            _dropped++;
        }

        return false;
    }

    private ValidationIssue Quoting(CsvProblem problem)
    {
        if (problem == CsvProblem.TooLong)
        {
            return ObservationIoIssues.CsvRecordTooLong.Create(LinePath(), null, LineArgument(), Argument("limit", CsvRecordReader.MaximumRecordBytes));
        }

        var (english, vietnamese) = problem switch
        {
            CsvProblem.QuoteInField => ("a quote inside an unquoted field; quote the whole field and double the quote (\"a \"\"b\"\"\")", "dấu ngoặc kép nằm giữa trường không được bao ngoặc; hãy bao cả trường và viết đôi dấu ngoặc kép"),
            CsvProblem.TextAfterQuote => ("text after the closing quote of a field; a quote inside a quoted field is doubled", "có ký tự sau dấu ngoặc kép đóng trường; dấu ngoặc kép bên trong trường phải viết đôi"),
            CsvProblem.CarriageReturn => ("a carriage return outside quotes that does not end the line", "ký tự CR nằm ngoài ngoặc kép mà không kết thúc dòng"),
            _ => ("a quoted field is never closed", "trường bắt đầu bằng dấu ngoặc kép nhưng không được đóng"),
        };
        return ObservationIoIssues.CsvQuoting.Create(
            LinePath(), null, LineArgument(), new IssueArgument("reason", english), new IssueArgument("reasonVi", vietnamese));
    }

    private ValidationIssue Invalid(int field, ValidationIssue cause) => Invalid(field, cause.EnglishMessage, cause.VietnameseMessage);

    private ValidationIssue Invalid(int field, string english, string vietnamese)
    {
        var column = _columnOf[field];
        return ObservationIoIssues.CsvInvalidCell.Create(
            CellPath(field), column >= 0 && _charEnds.Length > column ? AttemptedValue.Of(Cell(column)) : null, LineArgument(),
            new IssueArgument("column", ObservationField.Names[field]), new IssueArgument("reason", english), new IssueArgument("reasonVi", vietnamese));
    }

    private string LinePath() => IssuePath.Index("lines", _line);

    private string CellPath(int field) => IssuePath.Property(LinePath(), ObservationField.Names[field]);

    private IssueArgument LineArgument() => Argument("line", _line);

    private static IssueArgument Argument(string name, int value) => new(name, value.ToString(CultureInfo.InvariantCulture));
}

/// <summary>The JSON names of an enum's members ("moreThan", "provisional", "petition"), which CSV cells use too.</summary>
internal static class EnumNames<T>
    where T : struct, Enum
{
    public static readonly (string Name, byte[] Utf8, T Member)[] All =
        [.. Enum.GetValues<T>().Select(member => (JsonEnumNames<T>.Name(member), System.Text.Encoding.UTF8.GetBytes(JsonEnumNames<T>.Name(member)), member))];
}
