using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Administration;

/// <summary>
/// Mã đơn vị hành chính: the official code of an administrative unit in the state code list: 2 digits for a
/// province (<c>01</c>), 3 for a district (<c>279</c>), 5 for a commune (<c>10015</c>). The length gives the level.
/// </summary>
/// <remarks>
/// <para>A code is unique nationwide at one moment but <b>not an identity across time</b>: codes are reused (15 was Yên
/// Bái, is Lào Cai from 2025-07-01; 26740 was Phường Bến Nghé, is Phường Sài Gòn). A unit is a code plus a date:
/// <see cref="AdministrativeCatalog.Find(UnitCode, NodaTime.LocalDate)"/>.</para>
/// <para>Parsing is strict: exactly 2, 3 or 5 ASCII digits, leading zeros included, nothing else (no spaces).
/// <c>default(UnitCode)</c> is not a valid code (<see cref="IsDefault"/>). Equality, ordering and JSON use the
/// digits as written. Immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var code = UnitCode.Parse("00004");
/// code.Level;                          // AdministrativeLevel.Commune
/// code.ToString();                     // "00004"
/// UnitCode.TryParse("4", out _);       // false: a commune code has 5 digits (00004)
/// </code>
/// </example>
[JsonConverter(typeof(UnitCodeJsonConverter))]
public readonly struct UnitCode : IEquatable<UnitCode>, IComparable<UnitCode>, IComparable, ISpanParsable<UnitCode>, ISpanFormattable
{
    private readonly int _value;
    private readonly byte _length;

    private UnitCode(int value, int length)
    {
        _value = value;
        _length = (byte)length;
    }

    /// <summary>True for <c>default(UnitCode)</c>, which is not a valid code.</summary>
    public bool IsDefault => _length == 0;

    /// <summary>The level the code's length gives.</summary>
    /// <exception cref="InvalidOperationException">The code is <c>default</c>.</exception>
    public AdministrativeLevel Level => _length switch
    {
        2 => AdministrativeLevel.Province,
        3 => AdministrativeLevel.District,
        5 => AdministrativeLevel.Commune,
        _ => throw new InvalidOperationException("default(UnitCode) has no level."),
    };

    /// <summary>The number the digits spell: 4 for <c>00004</c>.</summary>
    public int Value => _value;

    /// <summary>The code of <paramref name="value"/> at <paramref name="level"/>: <c>Of(AdministrativeLevel.Commune, 4)</c> is <c>00004</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value does not fit the level's digits, or the level is not defined.</exception>
    public static UnitCode Of(AdministrativeLevel level, int value)
    {
        var length = level.CodeLength();
        var limit = length switch { 2 => 100, 3 => 1000, _ => 100000 };
        return value >= 0 && value < limit
            ? new UnitCode(value, length)
            : throw new ArgumentOutOfRangeException(nameof(value), value, $"A {level.EnglishName()} code has {length} digits.");
    }

    /// <summary>Parses exactly 2, 3 or 5 ASCII digits.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DanVanFormatException">The text is not a code; the exception's issue says why.</exception>
    public static UnitCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(text, out var code) is { } error ? throw new DanVanFormatException(error) : code;
    }

    /// <summary>Parses exactly 2, 3 or 5 ASCII digits; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out UnitCode result) => Read(text, out result) is null;

    /// <summary>Parses exactly 2, 3 or 5 ASCII digits; on failure <paramref name="error"/> says why. Never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out UnitCode result, [NotNullWhen(false)] out ValidationIssue? error)
    {
        error = Read(text, out result);
        return error is null;
    }

    /// <summary>Parses exactly 2, 3 or 5 ASCII digits; never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out UnitCode result) => TryRead(text, out result);

    /// <summary>Parses; the provider is ignored.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DanVanFormatException">The text is not a code.</exception>
    public static UnitCode Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Read(s, out var code) is { } error ? throw new DanVanFormatException(error) : code;
    }

    /// <summary>Parses; the provider is ignored.</summary>
    /// <exception cref="DanVanFormatException">The text is not a code.</exception>
    public static UnitCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryRead(s, out var code) ? code : throw new DanVanFormatException(Error(s.ToString()));

    /// <summary>Parses; the provider is ignored. Never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out UnitCode result) => TryParse(s, out result);

    /// <summary>Parses; the provider is ignored. Never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out UnitCode result) => TryRead(s, out result);

    /// <summary>The digits, leading zeros included; the empty string for <c>default</c>.</summary>
    public override string ToString() => _length switch
    {
        0 => string.Empty,
        2 => _value.ToString("D2", CultureInfo.InvariantCulture),
        3 => _value.ToString("D3", CultureInfo.InvariantCulture),
        _ => _value.ToString("D5", CultureInfo.InvariantCulture),
    };

    /// <summary>The digits; format and provider are ignored.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the digits.</summary>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (destination.Length < _length)
        {
            charsWritten = 0;
            return false;
        }

        var rest = _value;
        for (var i = _length - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (rest % 10));
            rest /= 10;
        }

        charsWritten = _length;
        return true;
    }

    /// <summary>True when both have the same digits.</summary>
    public bool Equals(UnitCode other) => _value == other._value && _length == other._length;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is UnitCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (_value * 8) + _length;

    /// <summary>Orders by level (provinces first), then by value; <c>default</c> first.</summary>
    public int CompareTo(UnitCode other) => _length != other._length ? _length.CompareTo(other._length) : _value.CompareTo(other._value);

    /// <inheritdoc />
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        UnitCode other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a UnitCode.", nameof(obj)),
    };

    /// <summary>Equality on the digits.</summary>
    public static bool operator ==(UnitCode left, UnitCode right) => left.Equals(right);

    /// <summary>Inequality on the digits.</summary>
    public static bool operator !=(UnitCode left, UnitCode right) => !left.Equals(right);

    /// <summary>Ordering, see <see cref="CompareTo(UnitCode)"/>.</summary>
    public static bool operator <(UnitCode left, UnitCode right) => left.CompareTo(right) < 0;

    /// <summary>Ordering, see <see cref="CompareTo(UnitCode)"/>.</summary>
    public static bool operator >(UnitCode left, UnitCode right) => left.CompareTo(right) > 0;

    /// <summary>Ordering, see <see cref="CompareTo(UnitCode)"/>.</summary>
    public static bool operator <=(UnitCode left, UnitCode right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering, see <see cref="CompareTo(UnitCode)"/>.</summary>
    public static bool operator >=(UnitCode left, UnitCode right) => left.CompareTo(right) >= 0;

    internal static bool TryRead(ReadOnlySpan<char> text, out UnitCode code)
    {
        code = default;
        if (text.Length is not (2 or 3 or 5))
        {
            return false;
        }

        var value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        code = new UnitCode(value, text.Length);
        return true;
    }

    private static ValidationIssue? Read(string? text, out UnitCode code) =>
        TryRead(text, out code) ? null : Error(text);

    private static ValidationIssue Error(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return UnitCodeIssues.Required.Create(string.Empty, text);
        }

        var shown = AttemptedValue.Of(text);
        return text.AsSpan().ContainsAnyExceptInRange('0', '9')
            ? UnitCodeIssues.NotDigits.Create(string.Empty, shown, new IssueArgument("text", shown))
            : UnitCodeIssues.WrongLength.Create(string.Empty, shown, new IssueArgument("text", shown), new IssueArgument("length", text.Length.ToString(CultureInfo.InvariantCulture)));
    }
}
