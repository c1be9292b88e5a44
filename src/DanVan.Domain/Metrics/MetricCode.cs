using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Mã chỉ tiêu: the stable code of a metric, lower-case dotted words such as <c>supervision.sessions</c> or
/// <c>petitions.within-jurisdiction</c>.
/// </summary>
/// <remarks>
/// <para>A code has at least two segments separated by dots; each segment starts with an ASCII letter and holds ASCII
/// lower-case letters, digits and single hyphens (<c>dan-van-kheo</c>); at most 100 characters in all. Parsing is
/// strict (no upper case, no spaces, no diacritics), so a code written once is the same string everywhere: in JSON,
/// CSV and URLs. The first segment names the area (<c>petitions</c>), the rest the measure.</para>
/// <para><c>default(MetricCode)</c> is not a valid code (<see cref="IsDefault"/>). Equality and ordering are ordinal on
/// the text. Immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var code = MetricCode.Parse("supervision.sessions");
/// code.Area;                                   // "supervision"
/// MetricCode.TryParse("Supervision Sessions", out _); // false: upper case and a space
/// </code>
/// </example>
[JsonConverter(typeof(MetricCodeJsonConverter))]
public readonly struct MetricCode : IEquatable<MetricCode>, IComparable<MetricCode>, IComparable, ISpanParsable<MetricCode>, ISpanFormattable
{
    /// <summary>The longest code accepted.</summary>
    public const int MaximumLength = 100;

    private readonly string? _text;

    private MetricCode(string text) => _text = text;

    /// <summary>True for <c>default(MetricCode)</c>, which is not a valid code.</summary>
    public bool IsDefault => _text is null;

    /// <summary>The first segment: the area the metric belongs to (<c>supervision</c> in <c>supervision.sessions</c>).</summary>
    public string Area => _text is null ? string.Empty : _text[.._text.IndexOf('.', StringComparison.Ordinal)];

    /// <summary>Parses a code.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DanVanFormatException">The text is not a metric code; the exception's issue says why.</exception>
    public static MetricCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(text, out var code) is { } error ? throw new DanVanFormatException(error) : code;
    }

    /// <summary>Parses a code; the provider is ignored.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DanVanFormatException">The text is not a metric code.</exception>
    public static MetricCode Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Read(s, out var code) is { } error ? throw new DanVanFormatException(error) : code;
    }

    /// <summary>Parses a code; the provider is ignored.</summary>
    /// <exception cref="DanVanFormatException">The text is not a metric code.</exception>
    public static MetricCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString(), provider);

    /// <summary>Parses a code; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out MetricCode result) => Read(text, out result) is null;

    /// <summary>Parses a code; on failure <paramref name="error"/> says why. Never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out MetricCode result, [NotNullWhen(false)] out ValidationIssue? error)
    {
        error = Read(text, out result);
        return error is null;
    }

    /// <summary>Parses a code; the provider is ignored. Never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out MetricCode result) => TryParse(s, out result);

    /// <summary>Parses a code; the provider is ignored. Never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out MetricCode result)
    {
        result = default;
        return Problem(s) is null && TryParse(s.ToString(), out result);
    }

    /// <summary>The code as written; the empty string for <c>default</c>.</summary>
    public override string ToString() => _text ?? string.Empty;

    /// <summary>The code as written; format and provider are ignored.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the code as written.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(MetricCode other) => string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MetricCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _text is null ? 0 : StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>Ordinal order of the text.</summary>
    public int CompareTo(MetricCode other) => string.CompareOrdinal(_text, other._text);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        MetricCode other => CompareTo(other),
        _ => throw new ArgumentException("Not a MetricCode.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(MetricCode left, MetricCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(MetricCode left, MetricCode right) => !left.Equals(right);

    /// <summary>Ordinal order.</summary>
    public static bool operator <(MetricCode left, MetricCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >(MetricCode left, MetricCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator <=(MetricCode left, MetricCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordinal order.</summary>
    public static bool operator >=(MetricCode left, MetricCode right) => left.CompareTo(right) >= 0;

    private static ValidationIssue? Read(string? text, out MetricCode code)
    {
        code = default;
        if (string.IsNullOrEmpty(text))
        {
            return MetricIssues.CodeRequired.Create(string.Empty, text);
        }

        if (Problem(text) is { } reason)
        {
            var shown = AttemptedValue.Of(text);
            return MetricIssues.MalformedCode.Create(
                string.Empty, shown, new IssueArgument("text", shown), new IssueArgument("reason", reason.English), new IssueArgument("reasonVi", reason.Vietnamese));
        }

        code = new MetricCode(text);
        return null;
    }

    private static (string English, string Vietnamese)? Problem(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return ("it is empty", "mã rỗng");
        }

        if (text.Length > MaximumLength)
        {
            return ($"it is longer than {MaximumLength} characters", $"mã dài hơn {MaximumLength} ký tự");
        }

        var segments = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '.')
            {
                var c = text[i];
                if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
                {
                    return ("only lower-case ASCII letters, digits, hyphens and dots are allowed", "chỉ được dùng chữ thường không dấu, chữ số, dấu gạch nối và dấu chấm");
                }

                continue;
            }

            var segment = text[start..i];
            if (segment.IsEmpty || !char.IsAsciiLetterLower(segment[0]) || segment[^1] == '-' || segment.Contains("--", StringComparison.Ordinal))
            {
                return ("each dotted segment must start with a letter and have no leading, trailing or double hyphen", "mỗi đoạn phải bắt đầu bằng chữ cái, không có dấu gạch nối ở cuối hoặc hai dấu liền nhau");
            }

            segments++;
            start = i + 1;
        }

        return segments < 2 ? ("it needs at least two dotted segments, as in supervision.sessions", "mã cần ít nhất hai đoạn cách nhau bởi dấu chấm, như supervision.sessions") : null;
    }
}
