using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Text;

/// <summary>
/// Reads dates as Vietnamese reports and articles write them ("25/2/2010", "ngày 11 tháng 6 năm 2018",
/// "Thứ Năm, 30/12/2021", "tháng 6/2018", "năm 2021") into a <see cref="PartialDate"/>, finds them in prose, and
/// writes them back. Đọc và viết ngày tháng tiếng Việt.
/// </summary>
/// <remarks>
/// <para>Matching is accent-, case- and white-space-insensitive (the text is folded with
/// <see cref="VietnameseFolding"/> first), so "Ngày 11 Tháng 6 Năm 2018", "ngay 11 thang 6 nam 2018" and decomposed
/// Unicode all read the same. Surrounding white space and one trailing period are allowed.</para>
/// <para>Accepted: day "25/2/2010", "26/03/2020", "26-03-2020", "26.03.2020", "ngày 11/6/2018",
/// "ngày 11 tháng 6 năm 2018", ISO "2021-06-11", each optionally after a weekday ("Thứ Năm, 30/12/2021",
/// "Thứ năm, ngày 30/12/2021", "thứ 5, 30/12/2021", "Chủ nhật, 2/1/2022", "CN, 2/1/2022"); month "tháng 6/2018",
/// "tháng 6 năm 2018", "6/2018", "06/2018", ISO "2018-06"; year "năm 2021", "2021".</para>
/// <para>Rejected, never guessed: impossible dates, two-digit years, years outside 1000 to 9999, a weekday that is
/// not the weekday of the date, and anything after the date such as a time of day. See <see cref="DateIssues"/>.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// VietnameseDate.Parse("Thứ Năm, 30/12/2021");       // 2021-12-30
/// VietnameseDate.Parse("tháng 6/2018");              // 2018-06
/// VietnameseDate.TryParse("31/2/2020", out _, out var error); // false; error.Code is DV1203
/// VietnameseDate.Format(new PartialDate(2010, 2, 25), VietnameseDateStyle.Long); // "ngày 25 tháng 2 năm 2010"
/// </code>
/// </example>
public static class VietnameseDate
{
    /// <summary>The smallest year accepted in Vietnamese text: 1000.</summary>
    public const int MinYear = 1000;

    /// <summary>The largest year accepted in Vietnamese text: 9999.</summary>
    public const int MaxYear = 9999;

    /// <summary>Parses a Vietnamese date.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DanVanFormatException">The text is not a valid date; the issue says why (DV12xx), in English and Vietnamese.</exception>
    /// <example><code>VietnameseDate.Parse("ngày 11 tháng 6 năm 2018") // new PartialDate(2018, 6, 11)</code></example>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseCore(text).GetValueOrThrow();
    }

    /// <summary>Tries to parse a Vietnamese date; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate result) =>
        ParseCore(text).TryGetValue(out result);

    /// <summary>Tries to parse a Vietnamese date; on failure <paramref name="error"/> says why (DV12xx). Never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate result, [NotNullWhen(false)] out ValidationIssue? error) =>
        ParseCore(text).TryGetValue(out result, out error);

    /// <summary>
    /// Finds the full dates (precision <see cref="DatePrecision.Day"/>) written in <paramref name="text"/>, in order:
    /// "ngày 25/2/2010" in "Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị", "26/03/2020" in
    /// "(19:54 26/03/2020)", "ngày 11 tháng 6 năm 2018". Never throws; null gives no matches.
    /// </summary>
    /// <remarks>
    /// A match covers the whole date expression, including "ngày" and a weekday before it, and its text is accepted
    /// by <see cref="Parse(string)"/>. Impossible dates, two-digit years and dates whose weekday is wrong are
    /// skipped, as are months and years alone ("tháng 6/2018", "năm 2021"), which are too common in prose to be
    /// told from other numbers.
    /// </remarks>
    /// <example>
    /// <code>
    /// foreach (var match in VietnameseDate.FindAll("Quyết định số 290-QĐ/TW ngày 25/2/2010"))
    /// {
    ///     // match.Index == 24, match.Length == 14 ("ngày 25/2/2010"), match.Value == new PartialDate(2010, 2, 25)
    /// }
    /// </code>
    /// </example>
    public static IEnumerable<DateMatch> FindAll(string text)
    {
        var matches = new List<DateMatch>();
        if (string.IsNullOrEmpty(text))
        {
            return matches;
        }

        var fold = MappedFold.Create(text);
        var s = fold.Text;
        var p = 0;
        while (p < s.Length)
        {
            if (IsCandidate(s, p) && TryMatchAt(fold, text, p, out var match, out var end))
            {
                if (match is { } found)
                {
                    matches.Add(found);
                }

                p = end;
                continue;
            }

            p++;
        }

        return matches;
    }

    /// <summary>
    /// Reads a full date starting exactly at folded position <paramref name="p"/> of <paramref name="fold"/> (the fold of
    /// <paramref name="text"/>). True when a day-precision date shape is there; <paramref name="match"/> is then the date,
    /// or null when the shape is not a real date; <paramref name="end"/> is the folded position after it.
    /// </summary>
    internal static bool TryMatchAt(MappedFold fold, string text, int p, out DateMatch? match, out int end)
    {
        var s = fold.Text;
        match = null;
        end = p;
        if (!VietnameseDateScanner.TryScan(s, p, finding: true, out var scan)
            || scan.Shape != DateShape.Day
            || (scan.End < s.Length && char.IsLetterOrDigit(s[scan.End])))
        {
            return false;
        }

        end = scan.End;
        if (Evaluate(scan, s, text).TryGetValue(out var date))
        {
            var start = fold.SourceIndex[p];
            match = new DateMatch(start, fold.SourceEnd(scan.End) - start, date);
        }

        return true;
    }

    /// <summary>Writes <paramref name="date"/> in Vietnamese; the text parses back to the same date.</summary>
    /// <param name="date">The date, with a year from 1000 to 9999.</param>
    /// <param name="style"><see cref="VietnameseDateStyle.Numeric"/> ("25/02/2010", "06/2018", "2021") or
    /// <see cref="VietnameseDateStyle.Long"/> ("ngày 25 tháng 2 năm 2010", "tháng 6 năm 2018", "năm 2021").</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is before 1000 (such text would not parse back), or the style is not defined.</exception>
    /// <example><code>VietnameseDate.Format(new PartialDate(2018, 6), VietnameseDateStyle.Long) // "tháng 6 năm 2018"</code></example>
    public static string Format(PartialDate date, VietnameseDateStyle style)
    {
        if (date.Year < MinYear)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "Vietnamese dates are written with years from 1000 to 9999.");
        }

        var y = date.Year;
        var m = date.Month.GetValueOrDefault();
        var d = date.Day.GetValueOrDefault();
        var invariant = CultureInfo.InvariantCulture;
        return style switch
        {
            VietnameseDateStyle.Numeric => date.Precision switch
            {
                DatePrecision.Day => string.Create(invariant, $"{d:D2}/{m:D2}/{y:D4}"),
                DatePrecision.Month => string.Create(invariant, $"{m:D2}/{y:D4}"),
                _ => y.ToString("D4", invariant),
            },
            VietnameseDateStyle.Long => date.Precision switch
            {
                DatePrecision.Day => string.Create(invariant, $"ngày {d} tháng {m} năm {y}"),
                DatePrecision.Month => string.Create(invariant, $"tháng {m} năm {y}"),
                _ => string.Create(invariant, $"năm {y}"),
            },
            _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown date style."),
        };
    }

    private static ParseResult<PartialDate> ParseCore(ReadOnlySpan<char> text)
    {
        var fold = MappedFold.Create(text);
        var s = fold.Text;
        if (s.Length == 0)
        {
            return ParseResult.Fail<PartialDate>(DateErrors.Required(text));
        }

        // One trailing period ends a sentence: "… năm 2018."
        var length = s.Length;
        if (s[length - 1] == '.')
        {
            length--;
            if (length > 0 && s[length - 1] == ' ')
            {
                length--;
            }
        }

        if (!VietnameseDateScanner.TryScan(s[..length], 0, finding: false, out var scan))
        {
            return ParseResult.Fail<PartialDate>(DateErrors.Unrecognized(text));
        }

        var numbers = CheckNumbers(scan, s, text);
        if (!numbers.Success)
        {
            return numbers;
        }

        if (scan.End < length)
        {
            var trailing = text[fold.SourceIndex[scan.End]..fold.SourceEnd(length)].Trim();
            return ParseResult.Fail<PartialDate>(DateErrors.TrailingText(text, trailing));
        }

        if (scan.WeekdayUnknown)
        {
            var name = scan.WeekdayName;
            var start = fold.SourceIndex[name.Start];
            return ParseResult.Fail<PartialDate>(DateErrors.UnknownWeekday(text, text[start..fold.SourceEnd(name.End)]));
        }

        return CheckWeekday(scan, numbers.Value, text);
    }

    private static ParseResult<PartialDate> Evaluate(DateScan scan, ReadOnlySpan<char> s, ReadOnlySpan<char> text)
    {
        var numbers = CheckNumbers(scan, s, text);
        return numbers.Success ? CheckWeekday(scan, numbers.Value, text) : numbers;
    }

    private static ParseResult<PartialDate> CheckNumbers(DateScan scan, ReadOnlySpan<char> s, ReadOnlySpan<char> text)
    {
        if (scan.NoYear)
        {
            return ParseResult.Fail<PartialDate>(DateErrors.MissingYear(text));
        }

        var yearRun = scan.Year;
        if (yearRun.Length == 2)
        {
            return ParseResult.Fail<PartialDate>(DateErrors.TwoDigitYear(text, yearRun.Text(s)));
        }

        var year = yearRun.Value(s);
        if (yearRun.Length != 4 || year < MinYear)
        {
            return ParseResult.Fail<PartialDate>(DateErrors.YearOutOfRange(text, yearRun.Text(s), MinYear, MaxYear));
        }

        if (scan.Shape == DateShape.Year)
        {
            return ParseResult.Ok(new PartialDate(year));
        }

        var month = scan.Month.Value(s);
        if (month is < 1 or > 12)
        {
            return ParseResult.Fail<PartialDate>(DateErrors.InvalidMonth(text, scan.Month.Text(s)));
        }

        if (scan.Shape == DateShape.Month)
        {
            return ParseResult.Ok(new PartialDate(year, month));
        }

        var day = scan.Day.Value(s);
        return day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? ParseResult.Ok(new PartialDate(year, month, day))
            : ParseResult.Fail<PartialDate>(DateErrors.InvalidCalendarDate(text, year, month, scan.Day.Text(s)));
    }

    private static ParseResult<PartialDate> CheckWeekday(DateScan scan, PartialDate date, ReadOnlySpan<char> text)
    {
        if (scan.Weekday == IsoDayOfWeek.None || !date.TryGetLocalDate(out var local) || local.DayOfWeek == scan.Weekday)
        {
            return ParseResult.Ok(date);
        }

        return ParseResult.Fail<PartialDate>(DateErrors.WeekdayMismatch(text, local, scan.Weekday));
    }

    // A date starts at a word boundary with a digit, "ngay", "thu", "chu nhat" or "cn".
    private static bool IsCandidate(ReadOnlySpan<char> s, int p) =>
        (p == 0 || !char.IsLetterOrDigit(s[p - 1])) && (char.IsAsciiDigit(s[p]) || s[p] is 'n' or 't' or 'c');
}
