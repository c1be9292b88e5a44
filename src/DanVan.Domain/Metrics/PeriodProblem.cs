using System.Globalization;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Why a period could not be read, without allocating: the text and label readers return one, and only a caller that
/// wants the <see cref="ValidationIssue"/> pays for its messages (<see cref="ToIssue"/>).
/// </summary>
internal readonly record struct PeriodProblem(PeriodProblemKind Kind, int Number = 0, int Other = 0, int Day = 0)
{
    public static PeriodProblem None => default;

    public bool IsNone => Kind == PeriodProblemKind.None;

    public static PeriodProblem Malformed(MalformedReason reason) => new(PeriodProblemKind.Malformed, (int)reason);

    /// <summary>The period of <paramref name="kind"/> (month, quarter, half, nine months or year) with its number checked.</summary>
    public static PeriodProblem Make(PeriodKind kind, int year, int number, out ReportingPeriod period)
    {
        period = default;
        if (year is < ReportingPeriod.MinimumYear or > ReportingPeriod.MaximumYear)
        {
            return new(PeriodProblemKind.Year, year);
        }

        switch (kind)
        {
            case PeriodKind.Month when number is < 1 or > 12:
                return new(PeriodProblemKind.Month, number);
            case PeriodKind.Quarter when number is < 1 or > 4:
                return new(PeriodProblemKind.Quarter, number);
            case PeriodKind.HalfYear when number is < 1 or > 2:
                return new(PeriodProblemKind.Half, number);
        }

        period = kind switch
        {
            PeriodKind.Month => ReportingPeriod.Month(year, number),
            PeriodKind.Quarter => ReportingPeriod.Quarter(year, number),
            PeriodKind.HalfYear => ReportingPeriod.HalfYear(year, number),
            PeriodKind.NineMonths => ReportingPeriod.NineMonths(year),
            _ => ReportingPeriod.CalendarYear(year),
        };
        return None;
    }

    public static PeriodProblem MakeYears(int first, int last, out ReportingPeriod period)
    {
        period = default;
        if (first is < ReportingPeriod.MinimumYear or > ReportingPeriod.MaximumYear)
        {
            return new(PeriodProblemKind.Year, first);
        }

        if (last is < ReportingPeriod.MinimumYear or > ReportingPeriod.MaximumYear)
        {
            return new(PeriodProblemKind.Year, last);
        }

        if (last <= first)
        {
            return new(PeriodProblemKind.YearsNotAscending, first, last);
        }

        period = ReportingPeriod.Years(first, last);
        return None;
    }

    public static PeriodProblem MakeDate(int year, int month, int day, out LocalDate date)
    {
        date = default;
        if (year is < ReportingPeriod.MinimumYear or > ReportingPeriod.MaximumYear)
        {
            return new(PeriodProblemKind.Year, year);
        }

        if (month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return new(PeriodProblemKind.Date, year, month, day);
        }

        date = new LocalDate(year, month, day);
        return None;
    }

    public static PeriodProblem MakeCustom(LocalDate start, LocalDate end, out ReportingPeriod period)
    {
        period = default;
        if (end < start)
        {
            // Both dates are in range, so the day numbers fit; Number/Other carry them for the message.
            return new(PeriodProblemKind.EndBeforeStart, DayNumber(start), DayNumber(end));
        }

        period = ReportingPeriod.Custom(start, end);
        return None;
    }

    /// <summary>The issue for this problem, showing <paramref name="text"/>.</summary>
    public ValidationIssue ToIssue(string? text, bool label = false)
    {
        if (string.IsNullOrWhiteSpace(text) || Kind == PeriodProblemKind.Required)
        {
            return PeriodIssues.Required.Create(string.Empty, text);
        }

        var shown = AttemptedValue.Of(text);
        var quoted = new IssueArgument("text", shown);
        switch (Kind)
        {
            case PeriodProblemKind.Year:
                return PeriodIssues.YearOutOfRange.Create(string.Empty, shown, quoted, new IssueArgument("year", Number.ToString("D4", CultureInfo.InvariantCulture)));
            case PeriodProblemKind.Month:
                return PeriodIssues.MonthOutOfRange.Create(string.Empty, shown, quoted, Argument("month", Number));
            case PeriodProblemKind.Quarter:
                return PeriodIssues.QuarterOutOfRange.Create(string.Empty, shown, quoted, Argument("quarter", Number));
            case PeriodProblemKind.Half:
                return PeriodIssues.HalfOutOfRange.Create(string.Empty, shown, quoted, Argument("half", Number));
            case PeriodProblemKind.YearsNotAscending:
                return PeriodIssues.YearsNotAscending.Create(string.Empty, shown, quoted, Argument("first", Number), Argument("last", Other));
            case PeriodProblemKind.Date:
                var (english, vietnamese) = DateReason(Number, Other, Day);
                return PeriodIssues.NotACalendarDate.Create(
                    string.Empty, shown, quoted,
                    new IssueArgument("date", label
                        ? string.Create(CultureInfo.InvariantCulture, $"{Day:00}/{Other:00}/{Number:0000}")
                        : string.Create(CultureInfo.InvariantCulture, $"{Number:0000}-{Other:00}-{Day:00}")),
                    new IssueArgument("reason", english), new IssueArgument("reasonVi", vietnamese));
            case PeriodProblemKind.EndBeforeStart:
                return PeriodIssues.EndBeforeStart.Create(
                    string.Empty, shown, quoted, new IssueArgument("start", DateText(Number, label)), new IssueArgument("end", DateText(Other, label)));
            case PeriodProblemKind.Label:
                return PeriodIssues.UnrecognisedLabel.Create(string.Empty, shown, quoted);
            default:
                var (reason, reasonVi) = MalformedText((MalformedReason)Number);
                return PeriodIssues.Malformed.Create(
                    string.Empty, shown, quoted, new IssueArgument("reason", reason), new IssueArgument("reasonVi", reasonVi));
        }
    }

    private static IssueArgument Argument(string name, int value) => new(name, value.ToString(CultureInfo.InvariantCulture));

    private static int DayNumber(LocalDate date) => Period.DaysBetween(new LocalDate(ReportingPeriod.MinimumYear, 1, 1), date);

    private static string DateText(int dayNumber, bool label)
    {
        var date = new LocalDate(ReportingPeriod.MinimumYear, 1, 1).PlusDays(dayNumber);
        return label
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Day:00}/{date.Month:00}/{date.Year:0000}")
            : string.Create(CultureInfo.InvariantCulture, $"{date.Year:0000}-{date.Month:00}-{date.Day:00}");
    }

    private static (string English, string Vietnamese) DateReason(int year, int month, int day)
    {
        var c = CultureInfo.InvariantCulture;
        if (month is < 1 or > 12)
        {
            return (string.Create(c, $"there is no month {month}"), string.Create(c, $"không có tháng {month}"));
        }

        if (day < 1)
        {
            return (string.Create(c, $"there is no day {day}"), string.Create(c, $"không có ngày {day}"));
        }

        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        return (string.Create(c, $"month {month} of {year} has {days} days"), string.Create(c, $"tháng {month} năm {year} có {days} ngày"));
    }

    private static (string English, string Vietnamese) MalformedText(MalformedReason reason) => reason switch
    {
        MalformedReason.Year => ("it must start with a four-digit year, as in 2021", "kỳ phải bắt đầu bằng năm có bốn chữ số, như 2021"),
        MalformedReason.Month => ("a month is written M and two digits, as in 2021-M03", "tháng viết là M và hai chữ số, như 2021-M03"),
        MalformedReason.Quarter => ("a quarter is written Q1 to Q4, as in 2021-Q3", "quý viết là Q1 đến Q4, như 2021-Q3"),
        MalformedReason.Half => ("a half-year is written H1 or H2, as in 2021-H1", "nửa năm viết là H1 hoặc H2, như 2021-H1"),
        MalformedReason.Years => ("several years are written as two four-digit years, as in 2020/2025", "kỳ nhiều năm viết là hai năm có bốn chữ số, như 2020/2025"),
        MalformedReason.Custom => ("an interval of days is written as two ISO dates, as in 2011-01-01/2020-03-26", "khoảng ngày viết là hai ngày theo ISO, như 2011-01-01/2020-03-26"),
        MalformedReason.LowerCase => ("letters are upper case, as in 2021-Q3, 2021-M03 and 2021-9M", "chữ cái phải viết hoa, như 2021-Q3, 2021-M03 và 2021-9M"),
        MalformedReason.WhiteSpace => ("it contains white space; write it without spaces, as in 2021-Q3", "có khoảng trắng; hãy viết liền, như 2021-Q3"),
        _ => ("write 2021-M03, 2021-Q3, 2021-H1, 2021-9M, 2021, 2020/2025 or 2011-01-01/2020-03-26", "hãy viết 2021-M03, 2021-Q3, 2021-H1, 2021-9M, 2021, 2020/2025 hoặc 2011-01-01/2020-03-26"),
    };
}

/// <summary>The kinds of <see cref="PeriodProblem"/>; each maps to one issue of <see cref="PeriodIssues"/>.</summary>
internal enum PeriodProblemKind : byte
{
    None,
    Required,
    Malformed,
    Year,
    Month,
    Quarter,
    Half,
    YearsNotAscending,
    Date,
    EndBeforeStart,
    Label,
}

/// <summary>What a malformed canonical text got wrong, for the reason of DV6102.</summary>
internal enum MalformedReason
{
    General,
    Year,
    Month,
    Quarter,
    Half,
    Years,
    Custom,
    LowerCase,
    WhiteSpace,
}
