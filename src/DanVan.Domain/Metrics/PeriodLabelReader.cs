using DanVan.Domain.Text;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Reads Vietnamese period labels. The label is folded (<see cref="VietnameseFolding"/>: no case, no diacritics, one
/// space between words, every dash a hyphen), cut into words, numbers, <c>/</c> and <c>-</c>, and matched against a
/// few fixed word patterns (N = 1-2 digits, R = a Roman numeral or 1-2 digits, YYYY = 4 digits, D/M/YYYY a date):
/// <code>
/// thang N / YYYY            thang N nam YYYY
/// quy R / YYYY              quy R nam YYYY
/// 6 thang dau nam YYYY      6 thang cuoi nam YYYY
/// 9 thang nam YYYY          9 thang dau nam YYYY
/// nam YYYY
/// nhiem ky YYYY - YYYY      giai doan YYYY - YYYY
/// tu [ngay] D/M/YYYY den [ngay] D/M/YYYY
/// </code>
/// </summary>
internal static class PeriodLabelReader
{
    // Longer texts are no label; refusing them early keeps hostile input cheap.
    private const int MaximumLength = 100;

    public static PeriodProblem Read(string? label, out ReportingPeriod period)
    {
        period = default;
        if (string.IsNullOrWhiteSpace(label))
        {
            return new PeriodProblem(PeriodProblemKind.Required);
        }

        if (label.Length > MaximumLength || Tokens(VietnameseFolding.Fold(label)) is not { } t)
        {
            return Unrecognised;
        }

        return t[0] switch
        {
            "thang" when t.Length == 4 && t[2] is "/" or "nam" && Number(t[1], out var month) && Year(t[3], out var year) =>
                PeriodProblem.Make(PeriodKind.Month, year, month, out period),
            "quy" when t.Length == 4 && t[2] is "/" or "nam" && Quarter(t[1], out var quarter) && Year(t[3], out var year) =>
                PeriodProblem.Make(PeriodKind.Quarter, year, quarter, out period),
            "6" when t.Length == 5 && t[1] == "thang" && t[2] is "dau" or "cuoi" && t[3] == "nam" && Year(t[4], out var year) =>
                PeriodProblem.Make(PeriodKind.HalfYear, year, t[2] == "dau" ? 1 : 2, out period),
            "9" when t.Length == 4 && t[1] == "thang" && t[2] == "nam" && Year(t[3], out var year) =>
                PeriodProblem.Make(PeriodKind.NineMonths, year, 0, out period),
            "9" when t.Length == 5 && t[1] == "thang" && t[2] == "dau" && t[3] == "nam" && Year(t[4], out var year) =>
                PeriodProblem.Make(PeriodKind.NineMonths, year, 0, out period),
            "nam" when t.Length == 2 && Year(t[1], out var year) =>
                PeriodProblem.Make(PeriodKind.Year, year, 0, out period),
            "nhiem" or "giai" when t.Length == 5 && (t[0], t[1]) is ("nhiem", "ky") or ("giai", "doan") && t[3] == "-" &&
                                   Year(t[2], out var first) && Year(t[4], out var last) =>
                PeriodProblem.MakeYears(first, last, out period),
            "tu" => Interval(t, out period),
            _ => Unrecognised,
        };
    }

    private static PeriodProblem Unrecognised => new(PeriodProblemKind.Label);

    // tu [ngay] D / M / YYYY den [ngay] D / M / YYYY
    private static PeriodProblem Interval(string[] t, out ReportingPeriod period)
    {
        period = default;
        var i = 1;
        if (!Date(t, ref i, out var y1, out var m1, out var d1) || i >= t.Length || t[i++] != "den" ||
            !Date(t, ref i, out var y2, out var m2, out var d2) || i != t.Length)
        {
            return Unrecognised;
        }

        var problem = PeriodProblem.MakeDate(y1, m1, d1, out var start);
        if (problem.IsNone)
        {
            problem = PeriodProblem.MakeDate(y2, m2, d2, out var end);
            if (problem.IsNone)
            {
                problem = PeriodProblem.MakeCustom(start, end, out period);
            }
        }

        return problem;
    }

    private static bool Date(string[] t, ref int i, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (i < t.Length && t[i] == "ngay")
        {
            i++;
        }

        if (i + 5 > t.Length || t[i + 1] != "/" || t[i + 3] != "/" ||
            !Number(t[i], out day) || !Number(t[i + 2], out month) || !Year(t[i + 4], out year))
        {
            return false;
        }

        i += 5;
        return true;
    }

    // Words and numbers split at spaces; "/" and "-" are tokens of their own. Null for any other character.
    private static string[]? Tokens(string folded)
    {
        var tokens = new List<string>(8);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var c = i < folded.Length ? folded[i] : ' ';
            if (char.IsAsciiLetterOrDigit(c))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                tokens.Add(folded[start..i]);
                start = -1;
            }

            switch (c)
            {
                case '/':
                    tokens.Add("/");
                    break;
                case '-':
                    tokens.Add("-");
                    break;
                case not ' ':
                    return null;
            }
        }

        return tokens.Count == 0 ? null : [.. tokens];
    }

    private static bool Number(string token, out int value)
    {
        value = 0;
        if (token.Length is < 1 or > 2)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static bool Year(string token, out int year)
    {
        year = 0;
        if (token.Length != 4)
        {
            return false;
        }

        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            year = (year * 10) + (c - '0');
        }

        return true;
    }

    // 1-4 in digits or Roman numerals; other Roman numerals (V, VI …) read as their value so the error names them.
    private static bool Quarter(string token, out int quarter)
    {
        if (Number(token, out quarter))
        {
            return true;
        }

        quarter = token switch
        {
            "i" => 1,
            "ii" => 2,
            "iii" => 3,
            "iv" => 4,
            "v" => 5,
            "vi" => 6,
            "vii" => 7,
            "viii" => 8,
            "ix" => 9,
            "x" => 10,
            _ => 0,
        };
        return quarter != 0;
    }
}
