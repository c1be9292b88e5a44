using System.Globalization;
using System.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Text;

/// <summary>
/// Bare numbers written the Vietnamese way (số viết theo kiểu Việt Nam): "." separates thousands in groups of
/// three digits and "," is the decimal comma, so one million one hundred seventy thousand is "1.170.000" and
/// seventy-nine point six three is "79,63".
/// </summary>
/// <remarks>
/// <para>These helpers handle a number alone: an optional minus sign, digits, thousands dots and one decimal comma.
/// Qualifiers ("hơn 700"), percentages and ratios are <see cref="ReportedNumber"/>'s business; it uses these helpers,
/// so both read and write numbers the same way.</para>
/// <para>Parsing is exact: a text whose digits a <see cref="decimal"/> cannot hold is rejected rather than rounded.
/// Nothing here depends on the current culture or on ICU. All members are thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// VietnameseNumber.Format(1170000m);                 // "1.170.000"
/// VietnameseNumber.Format(79.63m);                   // "79,63"
/// VietnameseNumber.TryParse("1.170.000", out var n); // true, n == 1170000m
/// VietnameseNumber.TryParse("7.30", out _);          // false: "." separates thousands
/// </code>
/// </example>
public static class VietnameseNumber
{
    /// <summary>The most digits after the decimal comma a <see cref="decimal"/> can hold.</summary>
    private const int MaximumScale = 28;

    private const char MinusSign = '\u2212';

    private static readonly UInt128 MaximumMantissa = (UInt128.One << 96) - 1;

    /// <summary>
    /// Writes <paramref name="value"/> the Vietnamese way: thousands grouped with ".", the decimal comma ",",
    /// no trailing zeros after the comma, and "-" for a negative value.
    /// </summary>
    /// <param name="value">The number to write.</param>
    /// <returns>The canonical text, which <see cref="TryParse(ReadOnlySpan{char}, out decimal)"/> reads back to an equal value.</returns>
    /// <example>
    /// <code>
    /// VietnameseNumber.Format(7300m);    // "7.300"
    /// VietnameseNumber.Format(7.300m);   // "7,3"
    /// VietnameseNumber.Format(-5m);      // "-5"
    /// </code>
    /// </example>
    public static string Format(decimal value)
    {
        var builder = new StringBuilder(40);
        Append(builder, value);
        return builder.ToString();
    }

    /// <summary>
    /// Reads a bare Vietnamese number: an optional minus sign ("-" or U+2212), digits with optional "." thousands
    /// groups of exactly three digits, and an optional "," decimal part. Surrounding white space is ignored.
    /// Never throws.
    /// </summary>
    /// <param name="text">The text, e.g. "1.170.000", "79,63", "07" or "-5".</param>
    /// <param name="value">The number, or zero when the text is not a number.</param>
    /// <returns>True when the whole text is one number.</returns>
    /// <remarks>Use <see cref="ReportedNumber.TryParse(string?, out ReportedNumber, out ValidationIssue?)"/> to learn why a text was rejected.</remarks>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        text = text.Trim();
        var start = text.Length > 0 && IsMinus(text[0]) ? 1 : 0;
        if (start == text.Length)
        {
            return false;
        }

        foreach (var c in text[start..])
        {
            if (!IsNumberChar(c))
            {
                return false;
            }
        }

        return ParseCore(text, out value, out _) is null;
    }

    /// <summary>
    /// Finds the reported figures in prose: "đã tổ chức 7.300 cuộc tới 1.170.000 lượt người" gives 7.300 and
    /// 1.170.000; "tiếp hơn 700 lượt công dân" gives "hơn 700" with its qualifier; "176/221 = 79,63%" gives a ratio
    /// and a percentage.
    /// </summary>
    /// <param name="text">The prose; null gives no matches.</param>
    /// <returns>The figures in order of position; lazily evaluated, never throws while enumerating.</returns>
    /// <remarks>
    /// <para>The search is conservative: a run of digits glued to letters, to "-" or to a further "/" is skipped, so
    /// dates ("26/3/2020"), terms ("2020-2025") and document numbers ("290-QĐ/TW") are not taken for figures, and
    /// a trailing "." or "," is read as punctuation ("700 lượt."). Minus signs are not recognised in prose (a dash is
    /// too often a range or a bullet). Runs that are not valid Vietnamese numbers ("7.30") are skipped.</para>
    /// </remarks>
    /// <example>
    /// <code>
    /// foreach (var match in VietnameseNumber.FindAll("tiếp hơn 700 lượt công dân"))
    /// {
    ///     // match.Number.ToString() == "hơn 700", match.Index == 5, match.Length == 7
    /// }
    /// </code>
    /// </example>
    public static IEnumerable<NumberMatch> FindAll(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var end = RunEnd(text, start);
            var figureEnd = end;
            var skip = i > 0 && IsGlue(text[i - 1]);
            var afterSpaces = SkipSpaces(text, end);
            if (afterSpaces < text.Length && text[afterSpaces] == '%')
            {
                figureEnd = afterSpaces + 1;
            }
            else if (afterSpaces < text.Length && text[afterSpaces] == '/')
            {
                var denominator = SkipSpaces(text, afterSpaces + 1);
                if (denominator < text.Length && char.IsAsciiDigit(text[denominator]))
                {
                    figureEnd = RunEnd(text, denominator);
                    skip |= figureEnd < text.Length && text[figureEnd] == '/';
                }
                else
                {
                    skip = true;
                }
            }

            skip |= figureEnd < text.Length && (char.IsLetterOrDigit(text[figureEnd]) || text[figureEnd] is '-' or '/' or '\u2212');
            if (skip)
            {
                // Consume the whole glued run so "26/3/2020" is not found piece by piece.
                i = figureEnd;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '.' or ',' or '/' or '-'))
                {
                    i++;
                }

                continue;
            }

            i = figureEnd;
            var qualifierStart = FindQualifierStart(text, start);
            if (ReportedNumber.TryParse(text.AsSpan(qualifierStart, figureEnd - qualifierStart), null, out var number))
            {
                yield return new NumberMatch(qualifierStart, figureEnd - qualifierStart, number);
            }
        }
    }

    private static int RunEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsNumberChar(text[end]))
        {
            end++;
        }

        // A final "." or "," ends the sentence or the clause rather than the number.
        while (end > start && text[end - 1] is '.' or ',')
        {
            end--;
        }

        return end;
    }

    private static int SkipSpaces(string text, int index)
    {
        while (index < text.Length && text[index] is ' ' or '\u00A0')
        {
            index++;
        }

        return index;
    }

    private static bool IsGlue(char c) => char.IsLetterOrDigit(c) || c is '.' or ',' or '-' or '/' or '\u2212' or '_';

    /// <summary>The start of a qualifier of one or two words right before <paramref name="numberStart"/>, or <paramref name="numberStart"/>.</summary>
    private static int FindQualifierStart(string text, int numberStart)
    {
        var best = numberStart;
        var wordEnd = numberStart;
        for (var words = 0; words < 2; words++)
        {
            var cursor = wordEnd;
            while (cursor > 0 && char.IsWhiteSpace(text[cursor - 1]))
            {
                cursor--;
            }

            var wordStart = cursor;
            while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || char.GetUnicodeCategory(text[wordStart - 1]) == UnicodeCategory.NonSpacingMark))
            {
                wordStart--;
            }

            if (wordStart == cursor)
            {
                break;
            }

            if (NumberQualifierWords.TryMatch(text.AsSpan(wordStart, numberStart - wordStart), out _))
            {
                best = wordStart;
            }

            wordEnd = wordStart;
        }

        return best;
    }

    internal static bool IsMinus(char c) => c is '-' or MinusSign;

    internal static bool IsNumberChar(char c) => char.IsAsciiDigit(c) || c is '.' or ',';

    /// <summary>Appends the canonical text of <paramref name="value"/>.</summary>
    internal static void Append(StringBuilder builder, decimal value)
    {
        if (value == 0m)
        {
            builder.Append('0');
            return;
        }

        // Decimal's invariant general format is always fixed-point and exact: "-1170000.500".
        var raw = value.ToString(CultureInfo.InvariantCulture).AsSpan();
        if (raw[0] == '-')
        {
            builder.Append('-');
            raw = raw[1..];
        }

        var point = raw.IndexOf('.');
        var integer = point < 0 ? raw : raw[..point];
        var fraction = point < 0 ? ReadOnlySpan<char>.Empty : raw[(point + 1)..].TrimEnd('0');
        for (var i = 0; i < integer.Length; i++)
        {
            if (i > 0 && (integer.Length - i) % 3 == 0)
            {
                builder.Append('.');
            }

            builder.Append(integer[i]);
        }

        if (!fraction.IsEmpty)
        {
            builder.Append(',').Append(fraction);
        }
    }

    /// <summary>The same value with no trailing zeros after the decimal point (7.300m becomes 7.3m) and no negative zero.</summary>
    internal static decimal Normalize(decimal value)
    {
        if (value == 0m)
        {
            return 0m;
        }

        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = unchecked(((UInt128)(uint)bits[2] << 64) | ((UInt128)(uint)bits[1] << 32) | (uint)bits[0]);
        int scale = value.Scale;
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        return Build(mantissa, scale, value < 0m);
    }

    /// <summary>
    /// Parses a number token: an optional minus sign followed by digits, '.' and ',' only (the caller has checked
    /// the characters and that there is at least one digit). Returns null on success, or the issue kind and its
    /// extra argument.
    /// </summary>
    internal static IssueDescriptor? ParseCore(ReadOnlySpan<char> token, out decimal value, out IssueArgument? detail)
    {
        value = 0m;
        detail = null;
        var negative = false;
        if (token.Length > 0 && IsMinus(token[0]))
        {
            negative = true;
            token = token[1..];
        }

        var comma = token.IndexOf(',');
        if (comma >= 0)
        {
            var afterComma = token[(comma + 1)..];
            if (afterComma.Contains('.'))
            {
                return NumberIssues.EnglishNotation;
            }

            if (afterComma.Contains(','))
            {
                return LooksLikeEnglishGrouping(token) ? NumberIssues.EnglishNotation : NumberIssues.MultipleDecimalCommas;
            }
        }

        var integer = comma >= 0 ? token[..comma] : token;
        var fraction = comma >= 0 ? token[(comma + 1)..] : ReadOnlySpan<char>.Empty;
        if (integer.IsEmpty)
        {
            detail = new IssueArgument("separator", ",");
            return NumberIssues.MisplacedSeparator;
        }

        if (integer[0] == '.' || integer[^1] == '.' || integer.Contains("..", StringComparison.Ordinal))
        {
            detail = new IssueArgument("separator", ".");
            return NumberIssues.MisplacedSeparator;
        }

        if (comma >= 0 && fraction.IsEmpty)
        {
            detail = new IssueArgument("separator", ",");
            return NumberIssues.MisplacedSeparator;
        }

        var groupError = CheckGroups(integer, out detail);
        if (groupError is not null)
        {
            return groupError;
        }

        return ToDecimal(integer, fraction, negative, out value);
    }

    private static IssueDescriptor? CheckGroups(ReadOnlySpan<char> integer, out IssueArgument? detail)
    {
        detail = null;
        var dot = integer.IndexOf('.');
        if (dot < 0)
        {
            return null;
        }

        var first = integer[..dot];
        if (first.Length > 3)
        {
            detail = new IssueArgument("group", AttemptedValue.Of(first));
            return NumberIssues.InvalidThousandsGroup;
        }

        var rest = integer[(dot + 1)..];
        while (true)
        {
            var next = rest.IndexOf('.');
            var group = next < 0 ? rest : rest[..next];
            if (group.Length != 3)
            {
                detail = new IssueArgument("group", AttemptedValue.Of(group));
                return NumberIssues.InvalidThousandsGroup;
            }

            if (next < 0)
            {
                break;
            }

            rest = rest[(next + 1)..];
        }

        if (first[0] == '0')
        {
            return NumberIssues.LeadingZeroBeforeThousands;
        }

        return null;
    }

    private static IssueDescriptor? ToDecimal(ReadOnlySpan<char> integer, ReadOnlySpan<char> fraction, bool negative, out decimal value)
    {
        value = 0m;
        fraction = fraction.TrimEnd('0');
        if (fraction.Length > MaximumScale)
        {
            return NumberIssues.TooManyDigits;
        }

        var mantissa = UInt128.Zero;
        var significant = 0;
        foreach (var c in integer)
        {
            if (c == '.' || (c == '0' && significant == 0))
            {
                continue;
            }

            if (!Accumulate(ref mantissa, ref significant, c))
            {
                return NumberIssues.TooManyDigits;
            }
        }

        foreach (var c in fraction)
        {
            if (!Accumulate(ref mantissa, ref significant, c))
            {
                return NumberIssues.TooManyDigits;
            }
        }

        value = Build(mantissa, fraction.Length, negative);
        return null;
    }

    private static bool Accumulate(ref UInt128 mantissa, ref int significant, char digit)
    {
        // 2^96 has 29 digits; counting first keeps the UInt128 arithmetic far from overflow.
        if (significant > 0 || digit != '0')
        {
            significant++;
        }

        if (significant > 29)
        {
            return false;
        }

        mantissa = (mantissa * 10) + (uint)(digit - '0');
        return mantissa <= MaximumMantissa;
    }

    private static decimal Build(UInt128 mantissa, int scale, bool negative)
    {
        if (mantissa == UInt128.Zero)
        {
            return 0m;
        }

        var lo = unchecked((int)(uint)mantissa);
        var mid = unchecked((int)(uint)(mantissa >> 32));
        var hi = unchecked((int)(uint)(mantissa >> 64));
        return new decimal(lo, mid, hi, negative, (byte)scale);
    }

    private static bool LooksLikeEnglishGrouping(ReadOnlySpan<char> token)
    {
        // "1,170,000": a first group of one to three digits, then groups of exactly three after each comma.
        if (token.Contains('.'))
        {
            return false;
        }

        var first = token.IndexOf(',');
        if (first is < 1 or > 3)
        {
            return false;
        }

        var rest = token[(first + 1)..];
        while (true)
        {
            var next = rest.IndexOf(',');
            var group = next < 0 ? rest : rest[..next];
            if (group.Length != 3)
            {
                return false;
            }

            if (next < 0)
            {
                return true;
            }

            rest = rest[(next + 1)..];
        }
    }
}
