using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Metrics;

// The canonical text of a period (SDMX reporting periods), the form used in JSON, CSV and URLs:
//   2021-M03  2021-Q3  2021-H1  2021-9M  2021  2020/2025  2011-01-01/2020-03-26
// Reading is strict (one spelling per period), so a period written once is the same string everywhere.
[JsonConverter(typeof(ReportingPeriodJsonConverter))]
public readonly partial struct ReportingPeriod : ISpanParsable<ReportingPeriod>, ISpanFormattable
{
    /// <summary>The length of the longest canonical text, a custom period (<c>2011-01-01/2020-03-26</c>).</summary>
    public const int MaximumTextLength = 21;

    /// <summary>
    /// Parses the canonical text: <c>2021-M03</c> (month, two digits), <c>2021-Q3</c>, <c>2021-H1</c>, <c>2021-9M</c>,
    /// <c>2021</c>, <c>2020/2025</c> (whole years, the last after the first) or <c>2011-01-01/2020-03-26</c> (days, both
    /// included). Strict: upper-case letters, no spaces, four-digit years in 1000-9999, real calendar dates.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DanVanFormatException">The text is not a period; the exception's issue (DV6101-DV6109) says why.</exception>
    /// <example>
    /// <code>
    /// ReportingPeriod.Parse("2021-Q3") == ReportingPeriod.Quarter(2021, 3); // true
    /// ReportingPeriod.Parse("2021-02-01/2021-02-30");                       // DV6108: February 2021 has 28 days
    /// </code>
    /// </example>
    public static ReportingPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan(), null);
    }

    /// <summary>Parses the canonical text (see <see cref="Parse(string)"/>); the provider is ignored.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DanVanFormatException">The text is not a period.</exception>
    public static ReportingPeriod Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Parses the canonical text (see <see cref="Parse(string)"/>); the provider is ignored.</summary>
    /// <exception cref="DanVanFormatException">The text is not a period.</exception>
    public static ReportingPeriod Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
    {
        var problem = ReadText(s, out var period);
        return problem.IsNone ? period : throw new DanVanFormatException(problem.ToIssue(s.ToString()));
    }

    /// <summary>Parses the canonical text (see <see cref="Parse(string)"/>); never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReportingPeriod result) => ReadText(text, out result).IsNone;

    /// <summary>Parses the canonical text; on failure <paramref name="error"/> says why (DV6101-DV6109). Never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReportingPeriod result, [NotNullWhen(false)] out ValidationIssue? error)
    {
        var problem = ReadText(text, out result);
        error = problem.IsNone ? null : problem.ToIssue(text);
        return error is null;
    }

    /// <summary>Parses the canonical text; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out ReportingPeriod result) => ReadText(text, out result).IsNone;

    /// <summary>Parses the canonical text; the provider is ignored. Never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ReportingPeriod result) => TryParse(s, out result);

    /// <summary>Parses the canonical text; the provider is ignored. Never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ReportingPeriod result) => TryParse(s, out result);

    /// <summary>The canonical text (<c>2021-Q3</c>, see <see cref="Parse(string)"/>); the empty string for <c>default</c>.</summary>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[MaximumTextLength];
        TryFormat(buffer, out var written, default, null);
        return written == 0 ? string.Empty : new string(buffer[..written]);
    }

    /// <summary>The canonical text; format and provider are ignored.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the canonical text (at most <see cref="MaximumTextLength"/> characters); format and provider are ignored.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var length = _kind switch
        {
            0 => 0,
            PeriodKind.Year => 4,
            PeriodKind.Month => 8,
            PeriodKind.MultiYear => 9,
            PeriodKind.Custom => 21,
            _ => 7,
        };
        charsWritten = 0;
        if (destination.Length < length)
        {
            return false;
        }

        if (length == 0)
        {
            return true;
        }

        Digits(destination, _start.Year, 4);
        switch (_kind)
        {
            case PeriodKind.Month:
                destination[4] = '-';
                destination[5] = 'M';
                Digits(destination[6..], _start.Month, 2);
                break;
            case PeriodKind.Quarter or PeriodKind.HalfYear:
                destination[4] = '-';
                destination[5] = _kind == PeriodKind.Quarter ? 'Q' : 'H';
                destination[6] = (char)('0' + Number);
                break;
            case PeriodKind.NineMonths:
                "-9M".CopyTo(destination[4..]);
                break;
            case PeriodKind.MultiYear:
                destination[4] = '/';
                Digits(destination[5..], _end.Year, 4);
                break;
            case PeriodKind.Custom:
                IsoDate(destination, _start);
                destination[10] = '/';
                IsoDate(destination[11..], _end);
                break;
        }

        charsWritten = length;
        return true;
    }

    /// <summary>Reads the canonical text; the one reader behind every <c>Parse</c>, <c>TryParse</c> and the JSON converter.</summary>
    internal static PeriodProblem ReadText(ReadOnlySpan<char> s, out ReportingPeriod period)
    {
        period = default;
        if (s.IsEmpty || s.IsWhiteSpace())
        {
            return new PeriodProblem(PeriodProblemKind.Required);
        }

        if (s.Length > MaximumTextLength)
        {
            return PeriodProblem.Malformed(MalformedReason.General);
        }

        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                return PeriodProblem.Malformed(MalformedReason.WhiteSpace);
            }
        }

        if (!TryDigits(s, 0, 4, out var year))
        {
            return PeriodProblem.Malformed(MalformedReason.Year);
        }

        if (s.Length == 4)
        {
            return PeriodProblem.Make(PeriodKind.Year, year, 0, out period);
        }

        if (s[4] == '/')
        {
            return s.Length == 9 && TryDigits(s, 5, 4, out var last)
                ? PeriodProblem.MakeYears(year, last, out period)
                : PeriodProblem.Malformed(MalformedReason.Years);
        }

        if (s[4] != '-' || s.Length < 7)
        {
            return PeriodProblem.Malformed(MalformedReason.General);
        }

        var rest = s[5..];
        switch (rest[0])
        {
            case 'M':
                return rest.Length == 3 && TryDigits(rest, 1, 2, out var month)
                    ? PeriodProblem.Make(PeriodKind.Month, year, month, out period)
                    : PeriodProblem.Malformed(MalformedReason.Month);
            case 'Q':
                return rest.Length == 2 && TryDigits(rest, 1, 1, out var quarter)
                    ? PeriodProblem.Make(PeriodKind.Quarter, year, quarter, out period)
                    : PeriodProblem.Malformed(MalformedReason.Quarter);
            case 'H':
                return rest.Length == 2 && TryDigits(rest, 1, 1, out var half)
                    ? PeriodProblem.Make(PeriodKind.HalfYear, year, half, out period)
                    : PeriodProblem.Malformed(MalformedReason.Half);
            case 'm' or 'q' or 'h':
                return PeriodProblem.Malformed(MalformedReason.LowerCase);
            case '9' when rest.Length == 2 && rest[1] is 'M' or 'm':
                return rest[1] == 'M'
                    ? PeriodProblem.Make(PeriodKind.NineMonths, year, 0, out period)
                    : PeriodProblem.Malformed(MalformedReason.LowerCase);
            case >= '0' and <= '9':
                return ReadCustom(s, out period);
            default:
                return PeriodProblem.Malformed(MalformedReason.General);
        }
    }

    // yyyy-MM-dd/yyyy-MM-dd, both ISO dates checked against the calendar.
    private static PeriodProblem ReadCustom(ReadOnlySpan<char> s, out ReportingPeriod period)
    {
        period = default;
        if (s.Length != MaximumTextLength || s[10] != '/' ||
            !TryIsoDate(s[..10], out var y1, out var m1, out var d1) || !TryIsoDate(s[11..], out var y2, out var m2, out var d2))
        {
            return PeriodProblem.Malformed(MalformedReason.Custom);
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

    private static bool TryIsoDate(ReadOnlySpan<char> s, out int year, out int month, out int day)
    {
        month = day = 0;
        return TryDigits(s, 0, 4, out year) && s[4] == '-' && TryDigits(s, 5, 2, out month) && s[7] == '-' && TryDigits(s, 8, 2, out day);
    }

    private static bool TryDigits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        if (s.Length < start + count)
        {
            return false;
        }

        for (var i = start; i < start + count; i++)
        {
            var c = s[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static void Digits(Span<char> destination, int value, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    private static void IsoDate(Span<char> destination, LocalDate date)
    {
        Digits(destination, date.Year, 4);
        destination[4] = '-';
        Digits(destination[5..], date.Month, 2);
        destination[7] = '-';
        Digits(destination[8..], date.Day, 2);
    }
}
