using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DanVan.Domain.Validation;

/// <summary>
/// A stable validation code: <c>DV</c> and four digits, the first naming the area
/// (1 text and common, 2 administration, 3 organizations, 4 regulations, 5 campaigns, 6 metrics).
/// </summary>
/// <remarks>
/// <para>Codes never change meaning once published; docs/validation-codes.md lists every one.</para>
/// <para><c>default(IssueCode)</c> is <c>DV0000</c>, which no issue uses. This type is immutable and thread-safe.</para>
/// <para>JSON: the string form, e.g. <c>"DV1203"</c>.</para>
/// </remarks>
/// <example><code>IssueCode code = IssueCode.Parse("DV1203"); // code.Area == 1</code></example>
[JsonConverter(typeof(IssueCodeJsonConverter))]
public readonly struct IssueCode : IEquatable<IssueCode>, IComparable<IssueCode>, IComparable, ISpanParsable<IssueCode>, ISpanFormattable
{
    private const string Prefix = "DV";
    private readonly short _number;

    /// <summary>Creates the code <c>DV</c> followed by <paramref name="number"/> written with four digits.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is not between 1000 and 9999.</exception>
    public IssueCode(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 9999);
        _number = (short)number;
    }

    /// <summary>The four-digit number (1000 to 9999; 0 for <c>default</c>).</summary>
    public int Number => _number;

    /// <summary>The area digit: 1 text and common, 2 administration, 3 organizations, 4 regulations, 5 campaigns, 6 metrics.</summary>
    public int Area => _number / 1000;

    /// <summary>Parses <c>DV</c> and four digits, exactly (no spaces, upper-case prefix).</summary>
    /// <exception cref="FormatException">The text is not such a code.</exception>
    public static IssueCode Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string)" />
    public static IssueCode Parse(string s, IFormatProvider? provider) =>
        TryParse(s, provider, out var code) ? code : throw new FormatException($"'{s}' is not a validation code: expected DV and four digits, e.g. DV1203.");

    /// <inheritdoc cref="Parse(string)" />
    public static IssueCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var code) ? code : throw new FormatException($"'{s}' is not a validation code: expected DV and four digits, e.g. DV1203.");

    /// <summary>Tries to parse <c>DV</c> and four digits; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out IssueCode result) => TryParse(s.AsSpan(), null, out result);

    /// <inheritdoc cref="TryParse(string?, out IssueCode)" />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out IssueCode result) => TryParse(s.AsSpan(), provider, out result);

    /// <inheritdoc cref="TryParse(string?, out IssueCode)" />
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out IssueCode result)
    {
        result = default;
        if (s.Length != 6 || !s.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var number = 0;
        foreach (var c in s[2..])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            number = (number * 10) + (c - '0');
        }

        if (number < 1000)
        {
            return false;
        }

        result = new IssueCode(number);
        return true;
    }

    /// <summary>The code as written: <c>DV</c> and four digits.</summary>
    public override string ToString() => Prefix + Number.ToString("D4", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        charsWritten = 0;
        if (destination.Length < 6)
        {
            return false;
        }

        Prefix.AsSpan().CopyTo(destination);
        Number.TryFormat(destination[2..], out _, "D4", CultureInfo.InvariantCulture);
        charsWritten = 6;
        return true;
    }

    /// <inheritdoc />
    public bool Equals(IssueCode other) => _number == other._number;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IssueCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _number;

    /// <inheritdoc />
    public int CompareTo(IssueCode other) => _number.CompareTo(other._number);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        IssueCode other => CompareTo(other),
        _ => throw new ArgumentException("Object must be an IssueCode.", nameof(obj)),
    };

    /// <summary>Equality by number.</summary>
    public static bool operator ==(IssueCode left, IssueCode right) => left.Equals(right);

    /// <summary>Inequality by number.</summary>
    public static bool operator !=(IssueCode left, IssueCode right) => !left.Equals(right);

    /// <summary>Orders by number.</summary>
    public static bool operator <(IssueCode left, IssueCode right) => left.CompareTo(right) < 0;

    /// <summary>Orders by number.</summary>
    public static bool operator >(IssueCode left, IssueCode right) => left.CompareTo(right) > 0;

    /// <summary>Orders by number.</summary>
    public static bool operator <=(IssueCode left, IssueCode right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by number.</summary>
    public static bool operator >=(IssueCode left, IssueCode right) => left.CompareTo(right) >= 0;
}

/// <summary>Reads and writes an <see cref="IssueCode"/> as its string form; also as a dictionary key.</summary>
internal sealed class IssueCodeJsonConverter : JsonConverter<IssueCode>
{
    public override IssueCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a validation code string such as \"DV1203\", found {reader.TokenType}.");
        }

        return Parse(ref reader);
    }

    public override void Write(Utf8JsonWriter writer, IssueCode value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    public override IssueCode ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(ref reader);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, IssueCode value, JsonSerializerOptions options) =>
        writer.WritePropertyName(value.ToString());

    private static IssueCode Parse(ref Utf8JsonReader reader)
    {
        var text = reader.GetString();
        return IssueCode.TryParse(text, out var code)
            ? code
            : throw new JsonException($"'{text}' is not a validation code: expected DV and four digits, e.g. DV1203.");
    }
}
