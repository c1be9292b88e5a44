using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Metrics;

// Labels: the period as a report's heading or sentence writes it ("Quý III/2021", "6 tháng đầu năm 2021"), in
// Vietnamese and English, and reading Vietnamese labels back (PeriodLabelReader).
public readonly partial struct ReportingPeriod
{
    private static readonly string[] RomanQuarters = ["I", "II", "III", "IV"];

    private static readonly string[] EnglishMonths =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>
    /// The Vietnamese label, as reports write it: "Tháng 3/2021", "Quý III/2021", "6 tháng đầu năm 2021",
    /// "6 tháng cuối năm 2021", "9 tháng năm 2021", "Năm 2021", "Nhiệm kỳ 2020-2025" (or "Giai đoạn 2011-2020" with
    /// <see cref="MultiYearWording.Span"/>), "Từ 01/01/2011 đến 26/03/2020"; the empty string for <c>default</c>.
    /// </summary>
    /// <param name="wording">How a multi-year period is named; other kinds ignore it.</param>
    /// <remarks>The label starts with a capital letter, as in a heading; <see cref="ParseLabel(string)"/> reads it back.</remarks>
    public string ToVietnameseLabel(MultiYearWording wording = MultiYearWording.Term)
    {
        var c = CultureInfo.InvariantCulture;
        return _kind switch
        {
            PeriodKind.Month => string.Create(c, $"Tháng {_start.Month}/{Year}"),
            PeriodKind.Quarter => string.Create(c, $"Quý {RomanQuarters[Number - 1]}/{Year}"),
            PeriodKind.HalfYear => string.Create(c, $"6 tháng {(Number == 1 ? "đầu" : "cuối")} năm {Year}"),
            PeriodKind.NineMonths => string.Create(c, $"9 tháng năm {Year}"),
            PeriodKind.Year => string.Create(c, $"Năm {Year}"),
            PeriodKind.MultiYear => string.Create(c, $"{(wording == MultiYearWording.Span ? "Giai đoạn" : "Nhiệm kỳ")} {Year}-{_end.Year}"),
            PeriodKind.Custom => string.Create(c, $"Từ {_start.Day:00}/{_start.Month:00}/{_start.Year} đến {_end.Day:00}/{_end.Month:00}/{_end.Year}"),
            _ => string.Empty,
        };
    }

    /// <summary>
    /// The English label: "March 2021", "Q3 2021", "First half of 2021", "Second half of 2021", "First nine months of
    /// 2021", "2021", "Term 2020-2025" (or "2011-2020" with <see cref="MultiYearWording.Span"/>), "1 January 2011 to
    /// 26 March 2020"; the empty string for <c>default</c>.
    /// </summary>
    /// <param name="wording">How a multi-year period is named; other kinds ignore it.</param>
    public string ToEnglishLabel(MultiYearWording wording = MultiYearWording.Term)
    {
        var c = CultureInfo.InvariantCulture;
        return _kind switch
        {
            PeriodKind.Month => string.Create(c, $"{EnglishMonths[_start.Month - 1]} {Year}"),
            PeriodKind.Quarter => string.Create(c, $"Q{Number} {Year}"),
            PeriodKind.HalfYear => string.Create(c, $"{(Number == 1 ? "First" : "Second")} half of {Year}"),
            PeriodKind.NineMonths => string.Create(c, $"First nine months of {Year}"),
            PeriodKind.Year => Year.ToString(c),
            PeriodKind.MultiYear => string.Create(c, $"{(wording == MultiYearWording.Span ? string.Empty : "Term ")}{Year}-{_end.Year}"),
            PeriodKind.Custom => string.Create(c, $"{EnglishDate(_start)} to {EnglishDate(_end)}"),
            _ => string.Empty,
        };
    }

    /// <summary>
    /// Reads a Vietnamese label back, without regard to case, diacritics or spacing ("quy 3/2021", "QUÝ III/2021",
    /// "nhiệm kỳ 2020 - 2025"). The accepted forms are listed in docs/metrics-periods.md.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    /// <exception cref="DanVanFormatException">The text is not a label, or names no period (DV6101, DV6103-DV6110).</exception>
    /// <example>
    /// <code>
    /// ReportingPeriod.ParseLabel("Quý III/2021") == ReportingPeriod.Quarter(2021, 3);               // true
    /// ReportingPeriod.ParseLabel("6 tháng đầu năm 2021") == ReportingPeriod.HalfYear(2021, 1);      // true
    /// ReportingPeriod.ParseLabel("Giai đoạn 2011-2020") == ReportingPeriod.Years(2011, 2020);       // true
    /// </code>
    /// </example>
    public static ReportingPeriod ParseLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        var problem = PeriodLabelReader.Read(label, out var period);
        return problem.IsNone ? period : throw new DanVanFormatException(problem.ToIssue(label, label: true));
    }

    /// <summary>Reads a Vietnamese label back (see <see cref="ParseLabel(string)"/>); never throws.</summary>
    public static bool TryParseLabel([NotNullWhen(true)] string? label, out ReportingPeriod period) =>
        PeriodLabelReader.Read(label, out period).IsNone;

    /// <summary>Reads a Vietnamese label back; on failure <paramref name="error"/> says why. Never throws.</summary>
    public static bool TryParseLabel([NotNullWhen(true)] string? label, out ReportingPeriod period, [NotNullWhen(false)] out ValidationIssue? error)
    {
        var problem = PeriodLabelReader.Read(label, out period);
        error = problem.IsNone ? null : problem.ToIssue(label, label: true);
        return error is null;
    }

    private static string EnglishDate(LocalDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {EnglishMonths[date.Month - 1]} {date.Year}");
}
