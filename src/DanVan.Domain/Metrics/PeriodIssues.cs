using DanVan.Domain.Validation;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Issues about reporting periods written as text (DV61xx), reported by <see cref="ReportingPeriod.Parse(string)"/> and
/// <see cref="ReportingPeriod.ParseLabel(string)"/>. Every issue carries the rejected text as its attempted value and as
/// the <c>{text}</c> argument, cut to a readable length (DV6101 has no argument).
/// </summary>
public static class PeriodIssues
{
    /// <summary>DV6101: the period is missing: the text is null, empty or only white space.</summary>
    public static readonly IssueDescriptor Required = new(
        "DV6101", ValidationSeverity.Error,
        "A reporting period is required.",
        "Bắt buộc phải có kỳ báo cáo.");

    /// <summary>DV6102: the text has none of the canonical forms; <c>{reason}</c> says what is expected.</summary>
    public static readonly IssueDescriptor Malformed = new(
        "DV6102", ValidationSeverity.Error,
        "'{text}' is not a reporting period: {reason}.",
        "'{text}' không phải là kỳ báo cáo: {reasonVi}.");

    /// <summary>DV6103: a year outside 1000-9999.</summary>
    public static readonly IssueDescriptor YearOutOfRange = new(
        "DV6103", ValidationSeverity.Error,
        "'{text}': the year {year} is outside 1000-9999.",
        "'{text}': năm {year} nằm ngoài khoảng 1000-9999.");

    /// <summary>DV6104: a month other than 1-12 (<c>2021-M13</c>, "Tháng 13/2021").</summary>
    public static readonly IssueDescriptor MonthOutOfRange = new(
        "DV6104", ValidationSeverity.Error,
        "'{text}': there is no month {month}; months are 1 to 12.",
        "'{text}': không có tháng {month}; tháng từ 1 đến 12.");

    /// <summary>DV6105: a quarter other than 1-4 (<c>2021-Q5</c>, "Quý V/2021").</summary>
    public static readonly IssueDescriptor QuarterOutOfRange = new(
        "DV6105", ValidationSeverity.Error,
        "'{text}': there is no quarter {quarter}; quarters are 1 to 4 (I to IV).",
        "'{text}': không có quý {quarter}; quý từ 1 đến 4 (I đến IV).");

    /// <summary>DV6106: a half other than 1-2 (<c>2021-H3</c>).</summary>
    public static readonly IssueDescriptor HalfOutOfRange = new(
        "DV6106", ValidationSeverity.Error,
        "'{text}': there is no half-year {half}; a year has halves 1 and 2.",
        "'{text}': không có nửa năm thứ {half}; một năm có hai nửa, 1 và 2.");

    /// <summary>DV6107: a multi-year period whose last year is not after its first (<c>2025/2020</c>, <c>2021/2021</c>).</summary>
    public static readonly IssueDescriptor YearsNotAscending = new(
        "DV6107", ValidationSeverity.Error,
        "'{text}': a multi-year period needs its last year after its first ({first}-{last}); a single year is written as the year alone, 2021.",
        "'{text}': kỳ nhiều năm cần năm cuối sau năm đầu ({first}-{last}); một năm chỉ viết số năm, như 2021.");

    /// <summary>DV6108: a date of a custom period that is not on the calendar (<c>2021-02-30</c>); <c>{reason}</c> says why.</summary>
    public static readonly IssueDescriptor NotACalendarDate = new(
        "DV6108", ValidationSeverity.Error,
        "'{text}': {date} is not a calendar date: {reason}.",
        "'{text}': {date} không phải là ngày có thật: {reasonVi}.");

    /// <summary>DV6109: a custom period that ends before it starts.</summary>
    public static readonly IssueDescriptor EndBeforeStart = new(
        "DV6109", ValidationSeverity.Error,
        "'{text}': the period ends on {end}, before it starts on {start}.",
        "'{text}': kỳ kết thúc ngày {end}, trước ngày bắt đầu {start}.");

    /// <summary>DV6110: the text is none of the Vietnamese labels <see cref="ReportingPeriod.ParseLabel(string)"/> reads.</summary>
    public static readonly IssueDescriptor UnrecognisedLabel = new(
        "DV6110", ValidationSeverity.Error,
        "'{text}' is not a reporting period label; write one such as \"Tháng 3/2021\", \"Quý III/2021\", \"6 tháng đầu năm 2021\", \"9 tháng năm 2021\", \"Năm 2021\", \"Nhiệm kỳ 2020-2025\" or \"Từ 01/01/2011 đến 26/03/2020\".",
        "'{text}' không phải là tên kỳ báo cáo; hãy viết như \"Tháng 3/2021\", \"Quý III/2021\", \"6 tháng đầu năm 2021\", \"9 tháng năm 2021\", \"Năm 2021\", \"Nhiệm kỳ 2020-2025\" hoặc \"Từ 01/01/2011 đến 26/03/2020\".");
}
