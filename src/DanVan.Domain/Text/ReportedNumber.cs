using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Serialization;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Text;

/// <summary>
/// A figure as a Vietnamese report writes it (số liệu trong báo cáo): a number, a percentage or a ratio, with the
/// qualifier that says how exact it is. "hơn 700" is more than 700, "79,63%" a percentage, "29/29" a ratio.
/// </summary>
/// <remarks>
/// <para>Numbers are written the Vietnamese way: "." separates thousands in groups of three digits and "," is the
/// decimal comma ("1.170.000", "79,63"); see <see cref="VietnameseNumber"/>. Parsing accepts surrounding white space,
/// leading zeros ("07"), qualifier words in any case with or without diacritics ("hơn", "hon", "HƠN"), a space before
/// "%" and around "/". It rejects anything ambiguous, such as "7.30" or "1,170,000", with a DV11xx
/// <see cref="ValidationIssue"/> (see <see cref="NumberIssues"/>) rather than guessing.</para>
/// <para>Only a plain number may be negative ("-5"); percentages and ratio parts may not, and ratio parts are whole
/// numbers (a count over a count). A ratio's denominator may be 0 ("0/0"); <see cref="Fraction"/> is then null.</para>
/// <para><see cref="ToString()"/> gives the canonical text, which parses back to an equal value: qualifier words in
/// their main form with diacritics, no leading zeros, no trailing decimal zeros ("ít nhất 01" prints "ít nhất 1").</para>
/// <para><c>default(ReportedNumber)</c> is the exact number 0. This type is immutable and thread-safe.</para>
/// <para>JSON: <c>{"kind":"number","value":700,"qualifier":"moreThan"}</c>; a ratio adds <c>"denominator":29</c>.
/// As a dictionary key it is the canonical text.</para>
/// </remarks>
/// <example>
/// <code>
/// ReportedNumber reach = ReportedNumber.Parse("hơn 1.170.000");
/// // reach.Qualifier == NumberQualifier.MoreThan, reach.Value == 1170000m
/// ReportedNumber rate = ReportedNumber.Parse("79,63 %");   // Percentage, Value == 79.63m
/// ReportedNumber cover = ReportedNumber.Parse("176/221");  // Ratio, Fraction ≈ 0.7964m
/// if (!ReportedNumber.TryParse("7.30", out _, out var error))
/// {
///     Console.WriteLine(error.VietnameseMessage); // DV1105: '.' ngăn cách hàng nghìn ...
/// }
/// </code>
/// </example>
[JsonConverter(typeof(ReportedNumberJsonConverter))]
public readonly struct ReportedNumber : IEquatable<ReportedNumber>, ISpanParsable<ReportedNumber>, ISpanFormattable
{
    private readonly decimal _value;
    private readonly decimal? _denominator;

    private ReportedNumber(ReportedNumberKind kind, decimal value, decimal? denominator, NumberQualifier qualifier)
    {
        Kind = kind;
        _value = VietnameseNumber.Normalize(value);
        _denominator = denominator is { } d ? VietnameseNumber.Normalize(d) : null;
        Qualifier = qualifier;
    }

    /// <summary>Whether this is a plain number, a percentage or a ratio.</summary>
    public ReportedNumberKind Kind { get; }

    /// <summary>
    /// The number: for a percentage the percent (79.63 for "79,63%"), for a ratio the numerator (176 for "176/221").
    /// Trailing decimal zeros are removed (7.300m is stored as 7.3m).
    /// </summary>
    public decimal Value => _value;

    /// <summary>The denominator of a ratio (221 for "176/221"); null unless <see cref="Kind"/> is <see cref="ReportedNumberKind.Ratio"/>.</summary>
    public decimal? Denominator => _denominator;

    /// <summary>How exact the figure is: <see cref="NumberQualifier.MoreThan"/> for "hơn 700".</summary>
    public NumberQualifier Qualifier { get; }

    /// <summary>True when there is no qualifier (<see cref="NumberQualifier.Exact"/>).</summary>
    public bool IsExact => Qualifier == NumberQualifier.Exact;

    /// <summary>
    /// For a ratio, numerator divided by denominator (0.7963... for "176/221", 1 for "29/29"); null for other kinds
    /// and when the denominator is 0.
    /// </summary>
    public decimal? Fraction => Kind == ReportedNumberKind.Ratio && _denominator is { } d && d != 0m ? _value / d : null;

    /// <summary>An exact plain number.</summary>
    /// <param name="value">Any decimal, negative included.</param>
    /// <example><code>ReportedNumber.Exact(7300m).ToString(); // "7.300"</code></example>
    public static ReportedNumber Exact(decimal value) => new(ReportedNumberKind.Number, value, null, NumberQualifier.Exact);

    /// <summary>A plain number with a qualifier.</summary>
    /// <param name="value">Any decimal, negative included.</param>
    /// <param name="qualifier">How exact the figure is.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifier"/> is not a declared member.</exception>
    /// <example><code>ReportedNumber.Of(700m, NumberQualifier.MoreThan).ToString(); // "hơn 700"</code></example>
    public static ReportedNumber Of(decimal value, NumberQualifier qualifier) =>
        Create(ReportedNumberKind.Number, value, null, qualifier);

    /// <summary>A percentage; <paramref name="percent"/> is the percent itself (79.63 for 79,63%).</summary>
    /// <param name="percent">The percent, zero or more (above 100 is allowed).</param>
    /// <param name="qualifier">How exact the figure is.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is negative, or <paramref name="qualifier"/> is not a declared member.</exception>
    /// <example><code>ReportedNumber.Percentage(79.63m).ToString(); // "79,63%"</code></example>
    public static ReportedNumber Percentage(decimal percent, NumberQualifier qualifier = NumberQualifier.Exact) =>
        Create(ReportedNumberKind.Percentage, percent, null, qualifier);

    /// <summary>A ratio of two counts, such as 29 of 29 units.</summary>
    /// <param name="numerator">A whole number, zero or more.</param>
    /// <param name="denominator">A whole number, zero or more.</param>
    /// <param name="qualifier">How exact the figure is.</param>
    /// <exception cref="ArgumentOutOfRangeException">A part is negative or not a whole number, or <paramref name="qualifier"/> is not a declared member.</exception>
    /// <example><code>ReportedNumber.Ratio(176m, 221m).ToString(); // "176/221"</code></example>
    public static ReportedNumber Ratio(decimal numerator, decimal denominator, NumberQualifier qualifier = NumberQualifier.Exact) =>
        Create(ReportedNumberKind.Ratio, numerator, denominator, qualifier);

    /// <summary>Parses a reported figure, throwing with the reason when it is not valid.</summary>
    /// <param name="text">The text, e.g. "hơn 700", "79,63%", "29/29".</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DanVanFormatException">The text is not a valid figure; the issue has a DV11xx code.</exception>
    public static ReportedNumber Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseCore(text).GetValueOrThrow();
    }

    /// <summary>Parses a reported figure; <paramref name="provider"/> is ignored (the format is always Vietnamese).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DanVanFormatException">The text is not a valid figure.</exception>
    public static ReportedNumber Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseCore(s).GetValueOrThrow();
    }

    /// <summary>Parses a reported figure; <paramref name="provider"/> is ignored (the format is always Vietnamese).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <exception cref="DanVanFormatException">The text is not a valid figure.</exception>
    public static ReportedNumber Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseCore(s).GetValueOrThrow();

    /// <summary>Tries to parse a reported figure; never throws.</summary>
    /// <param name="text">The text; null gives false.</param>
    /// <param name="result">The figure, or <c>default</c> on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReportedNumber result) =>
        TryParse(text, out result, out _);

    /// <summary>Tries to parse a reported figure and says why it failed; never throws.</summary>
    /// <param name="text">The text; null gives false with DV1101.</param>
    /// <param name="result">The figure, or <c>default</c> on failure.</param>
    /// <param name="error">Why the text was rejected (a DV11xx code), or null on success.</param>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReportedNumber result, [NotNullWhen(false)] out ValidationIssue? error)
    {
        var parsed = text is null
            ? ParseResult.Fail<ReportedNumber>(NumberIssues.Empty.Create(string.Empty, null))
            : ParseCore(text);
        return parsed.TryGetValue(out result, out error);
    }

    /// <summary>Tries to parse a reported figure; <paramref name="provider"/> is ignored. Never throws.</summary>
    /// <param name="s">The text; null gives false.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The figure, or <c>default</c> on failure.</param>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ReportedNumber result) =>
        TryParse(s, out result, out _);

    /// <summary>Tries to parse a reported figure; <paramref name="provider"/> is ignored. Never throws.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The figure, or <c>default</c> on failure.</param>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ReportedNumber result) =>
        ParseCore(s).TryGetValue(out result);

    /// <summary>The canonical Vietnamese text: "hơn 1.170.000", "79,63%", "29/29", "7". It parses back to an equal value.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder(32);
        var word = NumberQualifierWords.MainWord(Qualifier);
        if (word.Length > 0)
        {
            builder.Append(word).Append(' ');
        }

        VietnameseNumber.Append(builder, _value);
        if (Kind == ReportedNumberKind.Percentage)
        {
            builder.Append('%');
        }
        else if (Kind == ReportedNumberKind.Ratio)
        {
            builder.Append('/');
            VietnameseNumber.Append(builder, _denominator ?? 0m);
        }

        return builder.ToString();
    }

    /// <summary>The canonical text; the only formats are null, "" and "G", and <paramref name="formatProvider"/> is ignored.</summary>
    /// <param name="format">Null, empty or "G".</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        CheckFormat(format);
        return ToString();
    }

    /// <summary>Writes the canonical text into <paramref name="destination"/>; the only formats are empty and "G".</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written; 0 when the destination is too short.</param>
    /// <param name="format">Empty or "G".</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False when the destination is too short.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        CheckFormat(format);
        var text = ToString();
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>True when kind, value, denominator and qualifier are all equal (7.3 equals 7.30).</summary>
    /// <param name="other">The other figure.</param>
    public bool Equals(ReportedNumber other) =>
        Kind == other.Kind && _value == other._value && _denominator == other._denominator && Qualifier == other.Qualifier;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ReportedNumber other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _value, _denominator, Qualifier);

    /// <summary>Equality of all parts.</summary>
    public static bool operator ==(ReportedNumber left, ReportedNumber right) => left.Equals(right);

    /// <summary>Inequality of any part.</summary>
    public static bool operator !=(ReportedNumber left, ReportedNumber right) => !left.Equals(right);

    /// <summary>Why these parts cannot make a figure, in English, or null when they can. Shared with the JSON converter.</summary>
    internal static string? Check(ReportedNumberKind kind, decimal value, decimal? denominator, NumberQualifier qualifier)
    {
        if (!NumberQualifierWords.IsDefined(qualifier))
        {
            return "the qualifier is not a declared member";
        }

        switch (kind)
        {
            case ReportedNumberKind.Number:
                return denominator is null ? null : "only a ratio has a denominator";
            case ReportedNumberKind.Percentage:
                if (denominator is not null)
                {
                    return "only a ratio has a denominator";
                }

                return value < 0m ? "a percentage cannot be negative" : null;
            case ReportedNumberKind.Ratio:
                if (denominator is not { } d)
                {
                    return "a ratio needs a denominator";
                }

                if (value < 0m || d < 0m)
                {
                    return "the parts of a ratio cannot be negative";
                }

                return decimal.IsInteger(value) && decimal.IsInteger(d) ? null : "the parts of a ratio must be whole numbers";
            default:
                return "the kind is not a declared member";
        }
    }

    /// <summary>Creates a figure from parts already checked by <see cref="Check"/>.</summary>
    internal static ReportedNumber CreateUnchecked(ReportedNumberKind kind, decimal value, decimal? denominator, NumberQualifier qualifier) =>
        new(kind, value, denominator, qualifier);

    private static ReportedNumber Create(ReportedNumberKind kind, decimal value, decimal? denominator, NumberQualifier qualifier)
    {
        var problem = Check(kind, value, denominator, qualifier);
        if (problem is not null)
        {
            var name = problem.Contains("qualifier", StringComparison.Ordinal) ? nameof(qualifier) : nameof(value);
            throw new ArgumentOutOfRangeException(name, problem);
        }

        return new ReportedNumber(kind, value, denominator, qualifier);
    }

    private static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (!format.IsEmpty && !format.Equals("G", StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException($"The format '{format}' is not supported by ReportedNumber; use \"G\" or no format.");
        }
    }

    private static ParseResult<ReportedNumber> ParseCore(ReadOnlySpan<char> text)
    {
        var original = text;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return ParseResult.Fail<ReportedNumber>(NumberIssues.Empty.Create(string.Empty, AttemptedValue.Of(original)));
        }

        // The qualifier is everything before the first digit, less a minus sign right before it.
        var firstDigit = text.IndexOfAnyInRange('0', '9');
        if (firstDigit < 0)
        {
            return NumberQualifierWords.TryMatch(text, out _)
                ? Fail(NumberIssues.QualifierWithoutNumber, original, new IssueArgument("qualifier", AttemptedValue.Of(text)))
                : Fail(NumberIssues.NoDigits, original);
        }

        var prefix = text[..firstDigit];
        var negative = prefix.Length > 0 && VietnameseNumber.IsMinus(prefix[^1]);
        if (negative)
        {
            prefix = prefix[..^1];
        }

        prefix = prefix.TrimEnd();
        var qualifier = NumberQualifier.Exact;
        if (!prefix.IsEmpty)
        {
            if (prefix[^1] is '.' or ',' or '/')
            {
                return Fail(NumberIssues.MisplacedSeparator, original, new IssueArgument("separator", prefix[^1].ToString()));
            }

            if (!NumberQualifierWords.TryMatch(prefix, out qualifier))
            {
                return Fail(NumberIssues.UnknownQualifier, original, new IssueArgument("qualifier", AttemptedValue.Of(prefix)));
            }
        }

        var numberStart = negative ? firstDigit - 1 : firstDigit;
        var numberLength = TokenLength(text[firstDigit..]);
        var token = text.Slice(numberStart, firstDigit - numberStart + numberLength);
        var error = VietnameseNumber.ParseCore(token, out var value, out var detail);
        if (error is not null)
        {
            return Fail(error, original, detail);
        }

        var rest = text[(firstDigit + numberLength)..].TrimStart();
        if (rest.IsEmpty)
        {
            return ParseResult.Ok(new ReportedNumber(ReportedNumberKind.Number, value, null, qualifier));
        }

        if (rest is "%")
        {
            return negative
                ? Fail(NumberIssues.NegativeNotAllowed, original)
                : ParseResult.Ok(new ReportedNumber(ReportedNumberKind.Percentage, value, null, qualifier));
        }

        if (rest[0] != '/')
        {
            return Fail(NumberIssues.TrailingText, original, new IssueArgument("rest", AttemptedValue.Of(rest)));
        }

        return ParseDenominator(original, rest[1..].TrimStart(), value, negative, qualifier);
    }

    private static ParseResult<ReportedNumber> ParseDenominator(
        ReadOnlySpan<char> original, ReadOnlySpan<char> text, decimal numerator, bool negative, NumberQualifier qualifier)
    {
        if (negative || (!text.IsEmpty && VietnameseNumber.IsMinus(text[0])))
        {
            return Fail(NumberIssues.NegativeNotAllowed, original);
        }

        if (text.IsEmpty || !char.IsAsciiDigit(text[0]))
        {
            return Fail(NumberIssues.MisplacedSeparator, original, new IssueArgument("separator", "/"));
        }

        var length = TokenLength(text);
        var error = VietnameseNumber.ParseCore(text[..length], out var denominator, out var detail);
        if (error is not null)
        {
            return Fail(error, original, detail);
        }

        var rest = text[length..];
        if (!rest.IsEmpty)
        {
            return Fail(NumberIssues.TrailingText, original, new IssueArgument("rest", AttemptedValue.Of(rest.TrimStart())));
        }

        if (!decimal.IsInteger(numerator) || !decimal.IsInteger(denominator))
        {
            return Fail(NumberIssues.RatioPartNotWhole, original);
        }

        return ParseResult.Ok(new ReportedNumber(ReportedNumberKind.Ratio, numerator, denominator, qualifier));
    }

    private static int TokenLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && VietnameseNumber.IsNumberChar(text[length]))
        {
            length++;
        }

        return length;
    }

    private static ParseResult<ReportedNumber> Fail(IssueDescriptor descriptor, ReadOnlySpan<char> original, IssueArgument? detail = null)
    {
        var attempted = AttemptedValue.Of(original.Trim());
        var textArgument = new IssueArgument("text", attempted);
        var issue = detail is { } extra
            ? descriptor.Create(string.Empty, AttemptedValue.Of(original), textArgument, extra)
            : descriptor.Create(string.Empty, AttemptedValue.Of(original), textArgument);
        return ParseResult.Fail<ReportedNumber>(issue);
    }
}
