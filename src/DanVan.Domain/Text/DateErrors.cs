using System.Globalization;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Text;

/// <summary>Builds the DV12xx issues with their arguments, so both date parsers word them the same way.</summary>
internal static class DateErrors
{
    internal static ValidationIssue Required(ReadOnlySpan<char> text) =>
        DateIssues.Required.Create(string.Empty, AttemptedValue.Of(text), Text(text));

    internal static ValidationIssue Unrecognized(ReadOnlySpan<char> text) =>
        DateIssues.Unrecognized.Create(string.Empty, AttemptedValue.Of(text), Text(text));

    internal static ValidationIssue InvalidIsoDate(ReadOnlySpan<char> text) =>
        DateIssues.InvalidIsoDate.Create(string.Empty, AttemptedValue.Of(text), Text(text));

    internal static ValidationIssue InvalidCalendarDate(ReadOnlySpan<char> text, int year, int month, ReadOnlySpan<char> day) =>
        DateIssues.InvalidCalendarDate.Create(
            string.Empty,
            AttemptedValue.Of(text),
            Text(text),
            new IssueArgument("day", AttemptedValue.Of(day)),
            new IssueArgument("month", Number(month)),
            new IssueArgument("year", Number(year)),
            new IssueArgument("daysInMonth", Number(CalendarSystem.Iso.GetDaysInMonth(year, month))));

    internal static ValidationIssue InvalidMonth(ReadOnlySpan<char> text, ReadOnlySpan<char> month) =>
        DateIssues.InvalidMonth.Create(
            string.Empty, AttemptedValue.Of(text), Text(text), new IssueArgument("month", AttemptedValue.Of(month)));

    internal static ValidationIssue TwoDigitYear(ReadOnlySpan<char> text, ReadOnlySpan<char> year) =>
        DateIssues.TwoDigitYear.Create(
            string.Empty, AttemptedValue.Of(text), Text(text), new IssueArgument("year", AttemptedValue.Of(year)));

    internal static ValidationIssue YearOutOfRange(ReadOnlySpan<char> text, ReadOnlySpan<char> year, int minimum, int maximum) =>
        DateIssues.YearOutOfRange.Create(
            string.Empty,
            AttemptedValue.Of(text),
            Text(text),
            new IssueArgument("year", AttemptedValue.Of(year)),
            new IssueArgument("minimum", Number(minimum)),
            new IssueArgument("maximum", Number(maximum)));

    internal static ValidationIssue MissingYear(ReadOnlySpan<char> text) =>
        DateIssues.MissingYear.Create(string.Empty, AttemptedValue.Of(text), Text(text));

    internal static ValidationIssue WeekdayMismatch(ReadOnlySpan<char> text, LocalDate date, IsoDayOfWeek stated) =>
        DateIssues.WeekdayMismatch.Create(
            string.Empty,
            AttemptedValue.Of(text),
            Text(text),
            new IssueArgument("weekday", EnglishName(stated)),
            new IssueArgument("weekdayVietnamese", VietnameseName(stated)),
            new IssueArgument("date", string.Create(CultureInfo.InvariantCulture, $"{date.Day}/{date.Month}/{date.Year}")),
            new IssueArgument("actualWeekday", EnglishName(date.DayOfWeek)),
            new IssueArgument("actualWeekdayVietnamese", VietnameseName(date.DayOfWeek)));

    internal static ValidationIssue UnknownWeekday(ReadOnlySpan<char> text, ReadOnlySpan<char> weekday) =>
        DateIssues.UnknownWeekday.Create(
            string.Empty, AttemptedValue.Of(text), Text(text), new IssueArgument("weekday", AttemptedValue.Of(weekday)));

    internal static ValidationIssue TrailingText(ReadOnlySpan<char> text, ReadOnlySpan<char> trailing) =>
        DateIssues.TrailingText.Create(
            string.Empty, AttemptedValue.Of(text), Text(text), new IssueArgument("trailing", AttemptedValue.Of(trailing)));

    /// <summary>The Vietnamese name of a weekday as written in a dateline: "Thứ Hai" … "Thứ Bảy", "Chủ nhật".</summary>
    internal static string VietnameseName(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "Thứ Hai",
        IsoDayOfWeek.Tuesday => "Thứ Ba",
        IsoDayOfWeek.Wednesday => "Thứ Tư",
        IsoDayOfWeek.Thursday => "Thứ Năm",
        IsoDayOfWeek.Friday => "Thứ Sáu",
        IsoDayOfWeek.Saturday => "Thứ Bảy",
        IsoDayOfWeek.Sunday => "Chủ nhật",
        _ => day.ToString(),
    };

    private static string EnglishName(IsoDayOfWeek day) => day.ToString();

    private static IssueArgument Text(ReadOnlySpan<char> text) => new("text", AttemptedValue.Of(text));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
