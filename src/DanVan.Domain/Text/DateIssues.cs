using DanVan.Domain.Validation;

namespace DanVan.Domain.Text;

/// <summary>
/// Issues about dates (DV12xx), reported by <see cref="PartialDate"/> and <see cref="VietnameseDate"/> parsing.
/// Every issue carries the rejected text as its attempted value and as the <c>{text}</c> argument.
/// </summary>
public static class DateIssues
{
    /// <summary>DV1200: the date is missing: the text is null, empty or white space only.</summary>
    public static readonly IssueDescriptor Required = new(
        "DV1200", ValidationSeverity.Error,
        "A date is required.",
        "Bắt buộc phải có ngày tháng.");

    /// <summary>DV1201: the text is not written in any of the recognised Vietnamese date forms.</summary>
    public static readonly IssueDescriptor Unrecognized = new(
        "DV1201", ValidationSeverity.Error,
        "'{text}' is not a date in a recognised form such as 25/2/2010, ngày 25 tháng 2 năm 2010, tháng 6/2018, năm 2021 or 2010-02-25.",
        "'{text}' không phải là ngày tháng viết theo cách được chấp nhận, ví dụ 25/2/2010, ngày 25 tháng 2 năm 2010, tháng 6/2018, năm 2021 hoặc 2010-02-25.");

    /// <summary>DV1202: the text is not a strict ISO 8601 date <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c> (the form of <see cref="PartialDate"/> and its JSON).</summary>
    public static readonly IssueDescriptor InvalidIsoDate = new(
        "DV1202", ValidationSeverity.Error,
        "'{text}' is not an ISO date: expected yyyy, yyyy-MM or yyyy-MM-dd with a four-digit year, e.g. 2021, 2021-06 or 2021-06-11.",
        "'{text}' không phải là ngày theo chuẩn ISO: cần dạng yyyy, yyyy-MM hoặc yyyy-MM-dd với năm đủ bốn chữ số, ví dụ 2021, 2021-06 hoặc 2021-06-11.");

    /// <summary>DV1203: the day does not exist in that month (31/2/2020, 29/2/2019, 0/1/2020).</summary>
    public static readonly IssueDescriptor InvalidCalendarDate = new(
        "DV1203", ValidationSeverity.Error,
        "'{text}' is not a real date: month {month} of {year} has {daysInMonth} days, so there is no day {day}.",
        "'{text}' không phải là ngày có thật: tháng {month} năm {year} chỉ có {daysInMonth} ngày, không có ngày {day}.");

    /// <summary>DV1204: the month is not between 1 and 12 (1/13/2020).</summary>
    public static readonly IssueDescriptor InvalidMonth = new(
        "DV1204", ValidationSeverity.Error,
        "'{text}' is not a real date: there is no month {month}; months run from 1 to 12.",
        "'{text}' không phải là ngày có thật: không có tháng {month}; tháng chỉ từ 1 đến 12.");

    /// <summary>DV1205: the year has two digits (25/2/10), which could be 1910 or 2010: never guessed.</summary>
    public static readonly IssueDescriptor TwoDigitYear = new(
        "DV1205", ValidationSeverity.Error,
        "'{text}' writes the year with two digits ('{year}'), which is ambiguous; write all four digits, e.g. 2010.",
        "'{text}' ghi năm bằng hai chữ số ('{year}') nên không rõ là năm nào; hãy ghi năm đủ bốn chữ số, ví dụ 2010.");

    /// <summary>DV1206: the year is outside the supported range ({minimum} to {maximum}).</summary>
    public static readonly IssueDescriptor YearOutOfRange = new(
        "DV1206", ValidationSeverity.Error,
        "'{text}' has the year {year}, outside the supported range {minimum} to {maximum}.",
        "'{text}' có năm {year}, nằm ngoài khoảng cho phép từ {minimum} đến {maximum}.");

    /// <summary>DV1207: a day and month, or a month, with no year at all (25/2, 6/18 read as a day and a month).</summary>
    public static readonly IssueDescriptor MissingYear = new(
        "DV1207", ValidationSeverity.Error,
        "'{text}' gives no year; write the year in full, e.g. 25/2/2010 or 6/2018.",
        "'{text}' không ghi năm; hãy ghi đủ năm, ví dụ 25/2/2010 hoặc 6/2018.");

    /// <summary>DV1208: the weekday written before the date is not the weekday of that date (Thứ Sáu, 30/12/2021: it is a Thursday).</summary>
    public static readonly IssueDescriptor WeekdayMismatch = new(
        "DV1208", ValidationSeverity.Error,
        "'{text}' says {weekday}, but {date} is a {actualWeekday}.",
        "'{text}' ghi là {weekdayVietnamese}, nhưng ngày {date} là {actualWeekdayVietnamese}.");

    /// <summary>DV1209: "Thứ" is followed by something that is not a day of the week (Thứ Tám, Thứ 8).</summary>
    public static readonly IssueDescriptor UnknownWeekday = new(
        "DV1209", ValidationSeverity.Error,
        "'{text}' names '{weekday}', which is not a day of the week; write Thứ Hai to Thứ Bảy (or Thứ 2 to Thứ 7) or Chủ nhật.",
        "'{text}' ghi '{weekday}' nhưng đó không phải là thứ trong tuần; hãy ghi từ Thứ Hai đến Thứ Bảy (hoặc Thứ 2 đến Thứ 7) hoặc Chủ nhật.");

    /// <summary>DV1210: text follows the date, such as a time of day (30/12/2021 08:15).</summary>
    public static readonly IssueDescriptor TrailingText = new(
        "DV1210", ValidationSeverity.Error,
        "'{text}' has '{trailing}' after the date; a time of day or other words are not part of a date.",
        "'{text}' có thêm '{trailing}' sau ngày tháng; giờ hoặc chữ khác không thuộc về ngày tháng.");
}
