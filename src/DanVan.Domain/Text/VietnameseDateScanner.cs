using NodaTime;

namespace DanVan.Domain.Text;

/// <summary>What the text at a position looks like: a day, a month or a year, before any check of the numbers.</summary>
internal enum DateShape
{
    Day,
    Month,
    Year,
}

/// <summary>A run of ASCII digits in the folded text.</summary>
internal readonly record struct DigitRun(int Start, int Length)
{
    internal int End => Start + Length;

    /// <summary>The value, or <see cref="int.MaxValue"/> when the run is too long to matter.</summary>
    internal int Value(ReadOnlySpan<char> s)
    {
        if (Length > 9)
        {
            return int.MaxValue;
        }

        var value = 0;
        for (var i = Start; i < End; i++)
        {
            value = (value * 10) + (s[i] - '0');
        }

        return value;
    }

    internal ReadOnlySpan<char> Text(ReadOnlySpan<char> s) => s.Slice(Start, Length);
}

/// <summary>The shape of a date found at a position of a folded text, before the numbers are checked.</summary>
internal sealed class DateScan
{
    internal DateShape Shape { get; set; }

    /// <summary>Folded index just after the date.</summary>
    internal int End { get; set; }

    internal DigitRun Day { get; set; }

    internal DigitRun Month { get; set; }

    internal DigitRun Year { get; set; }

    /// <summary>A day and month, or a month, with no year ("25/2", "tháng 6").</summary>
    internal bool NoYear { get; set; }

    /// <summary>The weekday written before the date, if any.</summary>
    internal IsoDayOfWeek Weekday { get; set; }

    /// <summary>"Thứ" followed by a word that is no weekday; <see cref="WeekdayName"/> says where.</summary>
    internal bool WeekdayUnknown { get; set; }

    internal DigitRun WeekdayName { get; set; }
}

/// <summary>
/// Recognises the written shapes of Vietnamese dates in folded text (see <see cref="VietnameseDate"/>): an optional
/// weekday ("thu nam,", "cn,"), an optional "ngay", then "d/m/yyyy" (or with - or .), "d thang m nam yyyy",
/// "thang m/yyyy", "thang m nam yyyy", "m/yyyy", "nam yyyy", "yyyy" or ISO "yyyy-mm-dd". Never throws.
/// </summary>
internal static class VietnameseDateScanner
{
    /// <summary>Reads a date shape starting at <paramref name="start"/>; false when there is none.</summary>
    /// <param name="s">Folded text.</param>
    /// <param name="start">Where the date must start.</param>
    /// <param name="finding">True when searching prose: only known weekday names form a prefix.</param>
    /// <param name="scan">The shape found.</param>
    internal static bool TryScan(ReadOnlySpan<char> s, int start, bool finding, out DateScan scan)
    {
        scan = new DateScan();
        var p = start;
        var hasWeekday = ScanWeekday(s, ref p, finding, scan);
        var hasNgay = false;
        if (MatchWord(s, p, "ngay"))
        {
            p += 4;
            SkipSpace(s, ref p);
            hasNgay = true;
        }

        var prefixed = hasWeekday || hasNgay;
        if (!prefixed && MatchWord(s, p, "thang"))
        {
            return ScanMonthWords(s, p + 5, scan);
        }

        if (!prefixed && MatchWord(s, p, "nam"))
        {
            p += 3;
            SkipSpace(s, ref p);
            if (!IsDigit(s, p))
            {
                return false;
            }

            scan.Year = ReadDigits(s, ref p);
            scan.Shape = DateShape.Year;
            scan.End = p;
            return true;
        }

        if (!IsDigit(s, p))
        {
            return false;
        }

        var first = ReadDigits(s, ref p);
        if (first.Length == 4 && At(s, p, '-') && IsDigit(s, p + 1))
        {
            return ScanIso(s, p, first, prefixed, scan);
        }

        var r = p;
        SkipSpace(s, ref r);
        if (r < s.Length && s[r] is '/' or '-' or '.')
        {
            var separator = s[r];
            r++;
            SkipSpace(s, ref r);
            if (!IsDigit(s, r))
            {
                return false;
            }

            var second = ReadDigits(s, ref r);
            var t = r;
            SkipSpace(s, ref t);
            if (At(s, t, separator))
            {
                t++;
                SkipSpace(s, ref t);
                if (IsDigit(s, t))
                {
                    var third = ReadDigits(s, ref t);
                    return first.Length <= 2 && second.Length <= 2 && SetDay(scan, first, second, third, t);
                }
            }

            // "25/2-2010": mixed separators are no date; "6.2018" is a decimal number.
            if (separator != '/' || first.Length > 2 || (t < s.Length && s[t] is '/' or '-' or '.' && IsDigit(s, t + 1)))
            {
                return false;
            }

            scan.Month = first;
            scan.End = r;
            scan.Shape = DateShape.Month;
            if (second.Length <= 2)
            {
                // "25/2": a day and a month; no year.
                scan.NoYear = true;
                return true;
            }

            scan.Year = second;
            return !prefixed;
        }

        var w = p;
        SkipSpace(s, ref w);
        if (MatchWord(s, w, "thang"))
        {
            w += 5;
            SkipSpace(s, ref w);
            if (!IsDigit(s, w))
            {
                return false;
            }

            var month = ReadDigits(s, ref w);
            SkipSpace(s, ref w);
            if (!MatchWord(s, w, "nam"))
            {
                return false;
            }

            w += 3;
            SkipSpace(s, ref w);
            if (!IsDigit(s, w))
            {
                return false;
            }

            var year = ReadDigits(s, ref w);
            return first.Length <= 2 && month.Length <= 2 && SetDay(scan, first, month, year, w);
        }

        if (prefixed || first.Length != 4)
        {
            return false;
        }

        scan.Year = first;
        scan.Shape = DateShape.Year;
        scan.End = p;
        return true;
    }

    internal static IsoDayOfWeek WeekdayOf(ReadOnlySpan<char> name) => name switch
    {
        "hai" or "2" => IsoDayOfWeek.Monday,
        "ba" or "3" => IsoDayOfWeek.Tuesday,
        "tu" or "4" => IsoDayOfWeek.Wednesday,
        "nam" or "5" => IsoDayOfWeek.Thursday,
        "sau" or "6" => IsoDayOfWeek.Friday,
        "bay" or "7" => IsoDayOfWeek.Saturday,
        _ => IsoDayOfWeek.None,
    };

    private static bool ScanWeekday(ReadOnlySpan<char> s, ref int p, bool finding, DateScan scan)
    {
        var q = p;
        if (MatchWord(s, q, "chu nhat"))
        {
            scan.Weekday = IsoDayOfWeek.Sunday;
            q += 8;
        }
        else if (MatchWord(s, q, "cn"))
        {
            scan.Weekday = IsoDayOfWeek.Sunday;
            q += 2;
        }
        else if (MatchWord(s, q, "thu") && At(s, q + 3, ' '))
        {
            var nameStart = q + 4;
            var nameEnd = nameStart;
            while (nameEnd < s.Length && char.IsAsciiLetterOrDigit(s[nameEnd]))
            {
                nameEnd++;
            }

            var name = s.Slice(nameStart, nameEnd - nameStart);
            if (name.IsEmpty || name.SequenceEqual("ngay"))
            {
                return false;
            }

            scan.Weekday = WeekdayOf(name);
            if (scan.Weekday == IsoDayOfWeek.None)
            {
                if (finding)
                {
                    return false;
                }

                scan.WeekdayUnknown = true;
                scan.WeekdayName = new DigitRun(nameStart, name.Length);
            }

            q = nameEnd;
        }
        else
        {
            return false;
        }

        // "Thứ Năm, 30/12/2021", "Thứ Năm 30/12/2021", "CN,2/1/2022".
        var separated = false;
        if (At(s, q, ' '))
        {
            q++;
            separated = true;
        }

        if (At(s, q, ','))
        {
            q++;
            separated = true;
            SkipSpace(s, ref q);
        }

        if (!separated)
        {
            scan.Weekday = IsoDayOfWeek.None;
            scan.WeekdayUnknown = false;
            return false;
        }

        p = q;
        return true;
    }

    private static bool ScanMonthWords(ReadOnlySpan<char> s, int p, DateScan scan)
    {
        SkipSpace(s, ref p);
        if (!IsDigit(s, p))
        {
            return false;
        }

        var month = ReadDigits(s, ref p);
        if (month.Length > 2)
        {
            return false;
        }

        scan.Shape = DateShape.Month;
        scan.Month = month;
        var r = p;
        SkipSpace(s, ref r);
        if (r < s.Length && s[r] is '/' or '-' or '.')
        {
            r++;
            SkipSpace(s, ref r);
            if (IsDigit(s, r))
            {
                scan.Year = ReadDigits(s, ref r);
                scan.End = r;
                return true;
            }
        }
        else if (MatchWord(s, r, "nam"))
        {
            r += 3;
            SkipSpace(s, ref r);
            if (IsDigit(s, r))
            {
                scan.Year = ReadDigits(s, ref r);
                scan.End = r;
                return true;
            }
        }

        // "tháng 6": no year.
        scan.NoYear = true;
        scan.End = p;
        return true;
    }

    private static bool ScanIso(ReadOnlySpan<char> s, int p, DigitRun year, bool prefixed, DateScan scan)
    {
        p++;
        var month = ReadDigits(s, ref p);
        if (month.Length != 2)
        {
            return false;
        }

        if (At(s, p, '-') && IsDigit(s, p + 1))
        {
            p++;
            var day = ReadDigits(s, ref p);
            return day.Length == 2 && SetDay(scan, day, month, year, p);
        }

        if (prefixed)
        {
            return false;
        }

        scan.Shape = DateShape.Month;
        scan.Year = year;
        scan.Month = month;
        scan.End = p;
        return true;
    }

    private static bool SetDay(DateScan scan, DigitRun day, DigitRun month, DigitRun year, int end)
    {
        scan.Shape = DateShape.Day;
        scan.Day = day;
        scan.Month = month;
        scan.Year = year;
        scan.End = end;
        return true;
    }

    private static DigitRun ReadDigits(ReadOnlySpan<char> s, ref int p)
    {
        var start = p;
        while (p < s.Length && char.IsAsciiDigit(s[p]))
        {
            p++;
        }

        return new DigitRun(start, p - start);
    }

    private static bool MatchWord(ReadOnlySpan<char> s, int p, string word) =>
        p <= s.Length - word.Length
        && s.Slice(p, word.Length).SequenceEqual(word)
        && (p + word.Length == s.Length || !char.IsLetter(s[p + word.Length]));

    private static bool IsDigit(ReadOnlySpan<char> s, int p) => p < s.Length && char.IsAsciiDigit(s[p]);

    private static bool At(ReadOnlySpan<char> s, int p, char c) => p < s.Length && s[p] == c;

    private static void SkipSpace(ReadOnlySpan<char> s, ref int p)
    {
        if (At(s, p, ' '))
        {
            p++;
        }
    }
}
