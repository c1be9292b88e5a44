using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Text;

/// <summary>
/// A calendar date known to the day, to the month, or only to the year, as reports give them: "ngày 11 tháng 6
/// năm 2018", "tháng 6/2018", "năm 2021". Ngày tháng có thể chỉ biết đến tháng hoặc đến năm.
/// </summary>
/// <remarks>
/// <para>The calendar is ISO (proleptic Gregorian); years run from 1 to 9999. A partial date covers a range of days,
/// from <see cref="Start"/> to <see cref="End"/>: <c>2020-02</c> covers 2020-02-01 to 2020-02-29.</para>
/// <para>Text form (<see cref="ToString()"/>, <see cref="Parse(string)"/> and JSON): strict ISO 8601,
/// <c>"2021"</c>, <c>"2021-06"</c> or <c>"2021-06-11"</c>, with a four-digit year, independent of culture. To read
/// dates as Vietnamese write them ("25/2/2010", "tháng 6/2018"), use <see cref="VietnameseDate"/>.</para>
/// <para>Ordering: by <see cref="Start"/>, then the coarser precision first, so
/// <c>2021 &lt; 2021-01 &lt; 2021-01-01 &lt; 2021-01-02 &lt; 2021-02</c>. Equality is by year, month and day
/// (so <c>2021-06</c> and <c>2021-06-01</c> differ), consistent with the ordering.</para>
/// <para><c>default(PartialDate)</c> is the year 1 (<c>"0001"</c>, precision <see cref="DatePrecision.Year"/>),
/// a valid value. This type is immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var june = new PartialDate(2018, 6);            // "2018-06"
/// june.Contains(new LocalDate(2018, 6, 11));      // true
/// june.End;                                       // 2018-06-30
/// PartialDate.Parse("2021-06-11").Precision;      // DatePrecision.Day
/// </code>
/// </example>
[JsonConverter(typeof(PartialDateJsonConverter))]
public readonly struct PartialDate : IEquatable<PartialDate>, IComparable<PartialDate>, IComparable, ISpanParsable<PartialDate>, ISpanFormattable
{
    /// <summary>The smallest year: 1.</summary>
    public const int MinYear = 1;

    /// <summary>The largest year: 9999.</summary>
    public const int MaxYear = 9999;

    // The year is stored minus one so that default(PartialDate) is the year 1; 0 for month or day means "not known".
    private readonly short _yearMinusOne;
    private readonly byte _month;
    private readonly byte _day;

    /// <summary>A date known only to the year ("năm 2021").</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1 to 9999.</exception>
    public PartialDate(int year)
    {
        CheckYear(year);
        _yearMinusOne = (short)(year - 1);
    }

    /// <summary>A date known to the month ("tháng 6/2018").</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or the month is out of range.</exception>
    public PartialDate(int year, int month)
    {
        CheckYear(year);
        CheckMonth(month);
        _yearMinusOne = (short)(year - 1);
        _month = (byte)month;
    }

    /// <summary>A full calendar date ("ngày 11 tháng 6 năm 2018").</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <param name="day">The day, 1 to the number of days in that month (29 February only in leap years).</param>
    /// <exception cref="ArgumentOutOfRangeException">The year, month or day is out of range, or the day does not exist in that month.</exception>
    public PartialDate(int year, int month, int day)
    {
        CheckYear(year);
        CheckMonth(month);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, CalendarSystem.Iso.GetDaysInMonth(year, month));
        _yearMinusOne = (short)(year - 1);
        _month = (byte)month;
        _day = (byte)day;
    }

    /// <summary>The year, 1 to 9999.</summary>
    public int Year => _yearMinusOne + 1;

    /// <summary>The month, 1 to 12, or null when only the year is known.</summary>
    public int? Month => _month == 0 ? null : _month;

    /// <summary>The day of the month, or null when the day is not known.</summary>
    public int? Day => _day == 0 ? null : _day;

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision =>
        _day != 0 ? DatePrecision.Day : _month != 0 ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The first day covered: the date itself, the first of the month, or 1 January.</summary>
    public LocalDate Start => new(Year, _month == 0 ? 1 : _month, _day == 0 ? 1 : _day);

    /// <summary>The last day covered: the date itself, the last day of the month, or 31 December.</summary>
    public LocalDate End => Precision switch
    {
        DatePrecision.Day => new LocalDate(Year, _month, _day),
        DatePrecision.Month => new LocalDate(Year, _month, CalendarSystem.Iso.GetDaysInMonth(Year, _month)),
        _ => new LocalDate(Year, 12, 31),
    };

    /// <summary>The partial date of a full date (precision <see cref="DatePrecision.Day"/>).</summary>
    /// <param name="date">The date; a date in another calendar is converted to ISO first.</param>
    /// <exception cref="ArgumentOutOfRangeException">The ISO year of <paramref name="date"/> is before 1.</exception>
    public static PartialDate FromDate(LocalDate date)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        return new PartialDate(iso.Year, iso.Month, iso.Day);
    }

    /// <summary>The days covered, from <see cref="Start"/> to <see cref="End"/> inclusive.</summary>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>True when <paramref name="date"/> is one of the days covered (converted to ISO first if needed).</summary>
    /// <example><code>new PartialDate(2020, 2).Contains(new LocalDate(2020, 2, 29)) // true: 2020 is a leap year</code></example>
    public bool Contains(LocalDate date)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        return iso >= Start && iso <= End;
    }

    /// <summary>The full date when the precision is <see cref="DatePrecision.Day"/>; never throws.</summary>
    public bool TryGetLocalDate(out LocalDate date)
    {
        if (_day == 0)
        {
            date = default;
            return false;
        }

        date = new LocalDate(Year, _month, _day);
        return true;
    }

    /// <summary>The full date.</summary>
    /// <exception cref="InvalidOperationException">The day is not known (precision is not <see cref="DatePrecision.Day"/>).</exception>
    public LocalDate ToLocalDate() =>
        TryGetLocalDate(out var date)
            ? date
            : throw new InvalidOperationException($"The partial date {this} is known only to the {Precision.ToString().ToLowerInvariant()}; it has no single day.");

    /// <summary>Parses the strict ISO form <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="DanVanFormatException">The text is not such a date; the issue says why (DV12xx).</exception>
    /// <example><code>PartialDate.Parse("2018-06") // new PartialDate(2018, 6)</code></example>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ParseCore(text).GetValueOrThrow();
    }

    /// <summary>Tries to parse the strict ISO form <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate result) =>
        ParseCore(text).TryGetValue(out result);

    /// <summary>Tries to parse the strict ISO form; on failure <paramref name="error"/> says why (DV12xx). Never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out PartialDate result, [NotNullWhen(false)] out ValidationIssue? error) =>
        ParseCore(text).TryGetValue(out result, out error);

    /// <summary>Parses the strict ISO form; <paramref name="provider"/> is ignored (the form does not depend on culture).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="DanVanFormatException">The text is not such a date.</exception>
    public static PartialDate Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return ParseCore(s).GetValueOrThrow();
    }

    /// <summary>Parses the strict ISO form; <paramref name="provider"/> is ignored.</summary>
    /// <exception cref="DanVanFormatException">The text is not such a date.</exception>
    public static PartialDate Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => ParseCore(s).GetValueOrThrow();

    /// <summary>Tries to parse the strict ISO form; <paramref name="provider"/> is ignored. Never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartialDate result) =>
        ParseCore(s).TryGetValue(out result);

    /// <summary>Tries to parse the strict ISO form; <paramref name="provider"/> is ignored. Never throws.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PartialDate result) =>
        ParseCore(s).TryGetValue(out result);

    /// <summary>The ISO form: <c>"2021"</c>, <c>"2021-06"</c> or <c>"2021-06-11"</c>.</summary>
    public override string ToString()
    {
        Span<char> buffer = stackalloc char[10];
        TryFormat(buffer, out var written, default, null);
        return new string(buffer[..written]);
    }

    /// <summary>The ISO form; <paramref name="format"/> and <paramref name="formatProvider"/> are ignored.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the ISO form; <paramref name="format"/> and <paramref name="provider"/> are ignored.</summary>
    /// <returns>False, with nothing written, when <paramref name="destination"/> is too short (10 characters always suffice).</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var length = Precision switch
        {
            DatePrecision.Day => 10,
            DatePrecision.Month => 7,
            _ => 4,
        };
        charsWritten = 0;
        if (destination.Length < length)
        {
            return false;
        }

        Year.TryFormat(destination, out _, "D4", CultureInfo.InvariantCulture);
        if (_month != 0)
        {
            destination[4] = '-';
            _month.TryFormat(destination[5..], out _, "D2", CultureInfo.InvariantCulture);
        }

        if (_day != 0)
        {
            destination[7] = '-';
            _day.TryFormat(destination[8..], out _, "D2", CultureInfo.InvariantCulture);
        }

        charsWritten = length;
        return true;
    }

    /// <inheritdoc />
    public bool Equals(PartialDate other) =>
        _yearMinusOne == other._yearMinusOne && _month == other._month && _day == other._day;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PartialDate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_yearMinusOne, _month, _day);

    /// <summary>Compares by <see cref="Start"/>, then puts the coarser precision first (2021 before 2021-01 before 2021-01-01).</summary>
    public int CompareTo(PartialDate other)
    {
        var byYear = _yearMinusOne.CompareTo(other._yearMinusOne);
        if (byYear != 0)
        {
            return byYear;
        }

        var byMonth = Math.Max(_month, (byte)1).CompareTo(Math.Max(other._month, (byte)1));
        if (byMonth != 0)
        {
            return byMonth;
        }

        var byDay = Math.Max(_day, (byte)1).CompareTo(Math.Max(other._day, (byte)1));
        return byDay != 0 ? byDay : Precision.CompareTo(other.Precision);
    }

    /// <summary>Compares with another <see cref="PartialDate"/>; null comes first.</summary>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="PartialDate"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        PartialDate other => CompareTo(other),
        _ => throw new ArgumentException("Object must be a PartialDate.", nameof(obj)),
    };

    /// <summary>Equality by year, month and day.</summary>
    public static bool operator ==(PartialDate left, PartialDate right) => left.Equals(right);

    /// <summary>Inequality by year, month and day.</summary>
    public static bool operator !=(PartialDate left, PartialDate right) => !left.Equals(right);

    /// <summary>Orders as <see cref="CompareTo(PartialDate)"/>.</summary>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Orders as <see cref="CompareTo(PartialDate)"/>.</summary>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Orders as <see cref="CompareTo(PartialDate)"/>.</summary>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Orders as <see cref="CompareTo(PartialDate)"/>.</summary>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private static ParseResult<PartialDate> ParseCore(ReadOnlySpan<char> text)
    {
        if (text.IsWhiteSpace())
        {
            return ParseResult.Fail<PartialDate>(DateErrors.Required(text));
        }

        var shapeOk = text.Length is 4 or 7 or 10;
        for (var i = 0; shapeOk && i < text.Length; i++)
        {
            shapeOk = i is 4 or 7 ? text[i] == '-' : char.IsAsciiDigit(text[i]);
        }

        if (!shapeOk)
        {
            return ParseResult.Fail<PartialDate>(DateErrors.InvalidIsoDate(text));
        }

        var year = Digits(text[..4]);
        if (year < MinYear)
        {
            return ParseResult.Fail<PartialDate>(DateErrors.YearOutOfRange(text, text[..4], MinYear, MaxYear));
        }

        if (text.Length == 4)
        {
            return ParseResult.Ok(new PartialDate(year));
        }

        var month = Digits(text[5..7]);
        if (month is < 1 or > 12)
        {
            return ParseResult.Fail<PartialDate>(DateErrors.InvalidMonth(text, text[5..7]));
        }

        if (text.Length == 7)
        {
            return ParseResult.Ok(new PartialDate(year, month));
        }

        var day = Digits(text[8..10]);
        return day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month)
            ? ParseResult.Ok(new PartialDate(year, month, day))
            : ParseResult.Fail<PartialDate>(DateErrors.InvalidCalendarDate(text, year, month, text[8..10]));
    }

    private static int Digits(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private static void CheckYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, MinYear);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, MaxYear);
    }

    private static void CheckMonth(int month)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
    }
}
