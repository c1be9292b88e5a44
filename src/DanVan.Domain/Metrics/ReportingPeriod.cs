using NodaTime;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Kỳ báo cáo: the period a figure covers: a month, quarter, half-year, nine months, year, several years (a committee
/// term) or any interval of days. The text forms follow SDMX's reporting periods: <c>2021-M03</c>, <c>2021-Q3</c>,
/// <c>2021-H1</c>, <c>2021-9M</c>, <c>2021</c>, <c>2020/2025</c>, <c>2011-01-01/2020-03-26</c>.
/// </summary>
/// <remarks>
/// <para>A period is a kind and an inclusive interval of days, <see cref="Start"/> to <see cref="End"/>. A multi-year
/// period <c>2020/2025</c> covers whole years, 1 January 2020 to 31 December 2025, as "nhiệm kỳ 2020-2025" is written.
/// A custom period that happens to span a quarter is still custom: the kind records how the figure was reported.</para>
/// <para><c>default(ReportingPeriod)</c> is not a period (<see cref="IsDefault"/>). Equality compares kind and days;
/// order is by start, then end, then kind. Immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// var q3 = ReportingPeriod.Quarter(2021, 3);
/// q3.Contains(ReportingPeriod.Month(2021, 8));       // true
/// ReportingPeriod.Month(2021, 8).RollUp(PeriodKind.Year); // 2021
/// q3.ToInterval();                                   // [2021-07-01, 2021-09-30]
/// </code>
/// </example>
public readonly partial struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>, IComparable
{
    /// <summary>The first year a period may start in.</summary>
    public const int MinimumYear = 1000;

    /// <summary>The last year a period may end in.</summary>
    public const int MaximumYear = 9999;

    private readonly LocalDate _start;
    private readonly LocalDate _end;
    private readonly PeriodKind _kind;

    private ReportingPeriod(PeriodKind kind, LocalDate start, LocalDate end)
    {
        _kind = kind;
        _start = start;
        _end = end;
    }

    /// <summary>True for <c>default(ReportingPeriod)</c>, which is not a period.</summary>
    public bool IsDefault => _kind == 0;

    /// <summary>The kind, which is also the granularity.</summary>
    public PeriodKind Kind => _kind;

    /// <summary>The first day.</summary>
    public LocalDate Start => _start;

    /// <summary>The last day (inclusive).</summary>
    public LocalDate End => _end;

    /// <summary>The year the period starts in.</summary>
    public int Year => _start.Year;

    /// <summary>The number within the year: the month (1-12), quarter (1-4) or half (1-2); 0 for other kinds.</summary>
    public int Number => _kind switch
    {
        PeriodKind.Month => _start.Month,
        PeriodKind.Quarter => ((_start.Month - 1) / 3) + 1,
        PeriodKind.HalfYear => ((_start.Month - 1) / 6) + 1,
        _ => 0,
    };

    /// <summary>The number of days, both ends included.</summary>
    public int Days => IsDefault ? 0 : Period.DaysBetween(_start, _end) + 1;

    /// <summary>Tháng: one calendar month.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1000-9999 or the month outside 1-12.</exception>
    public static ReportingPeriod Month(int year, int month)
    {
        CheckYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return Months(PeriodKind.Month, year, month, 1);
    }

    /// <summary>Quý: one quarter (1-4).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1000-9999 or the quarter outside 1-4.</exception>
    public static ReportingPeriod Quarter(int year, int quarter)
    {
        CheckYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return Months(PeriodKind.Quarter, year, ((quarter - 1) * 3) + 1, 3);
    }

    /// <summary>6 tháng: a half-year (1: "6 tháng đầu năm", 2: "6 tháng cuối năm").</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1000-9999 or the half outside 1-2.</exception>
    public static ReportingPeriod HalfYear(int year, int half)
    {
        CheckYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(half, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(half, 2);
        return Months(PeriodKind.HalfYear, year, half == 1 ? 1 : 7, 6);
    }

    /// <summary>9 tháng: January to September.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1000-9999.</exception>
    public static ReportingPeriod NineMonths(int year)
    {
        CheckYear(year);
        return Months(PeriodKind.NineMonths, year, 1, 9);
    }

    /// <summary>Năm: a calendar year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1000-9999.</exception>
    public static ReportingPeriod CalendarYear(int year)
    {
        CheckYear(year);
        return Months(PeriodKind.Year, year, 1, 12);
    }

    /// <summary>Nhiều năm: whole years <paramref name="firstYear"/> to <paramref name="lastYear"/>, such as the term 2020-2025.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1000-9999, or the last is not after the first.</exception>
    public static ReportingPeriod Years(int firstYear, int lastYear)
    {
        CheckYear(firstYear);
        CheckYear(lastYear);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lastYear, firstYear);
        return new ReportingPeriod(PeriodKind.MultiYear, new LocalDate(firstYear, 1, 1), new LocalDate(lastYear, 12, 31));
    }

    /// <summary>Tùy chọn: the days <paramref name="start"/> to <paramref name="end"/>, both included.</summary>
    /// <exception cref="ArgumentException">A date is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The end is before the start, or a year is outside 1000-9999.</exception>
    public static ReportingPeriod Custom(LocalDate start, LocalDate end)
    {
        if (start.Calendar != CalendarSystem.Iso || end.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Reporting periods use the ISO calendar.", nameof(start));
        }

        CheckYear(start.Year);
        CheckYear(end.Year);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        return new ReportingPeriod(PeriodKind.Custom, start, end);
    }

    /// <summary>Tùy chọn: the days of <paramref name="interval"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentException">The interval is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A year is outside 1000-9999.</exception>
    public static ReportingPeriod Custom(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return Custom(interval.Start, interval.End);
    }

    /// <summary>The days of the period as a NodaTime interval (both ends included).</summary>
    /// <exception cref="InvalidOperationException">The period is <c>default</c>.</exception>
    public DateInterval ToInterval() => IsDefault
        ? throw new InvalidOperationException("default(ReportingPeriod) has no days.")
        : new DateInterval(_start, _end);

    /// <summary>True when <paramref name="date"/> is one of the period's days.</summary>
    /// <remarks>A date of another calendar is the same day in ISO (LocalDate compares only within one calendar).</remarks>
    public bool Contains(LocalDate date)
    {
        if (IsDefault || (date.Calendar != CalendarSystem.Iso && !TryIso(ref date)))
        {
            return false;
        }

        return date >= _start && date <= _end;
    }

    /// <summary>True when every day of <paramref name="other"/> is a day of this period (a period contains itself).</summary>
    public bool Contains(ReportingPeriod other) => !IsDefault && !other.IsDefault && other._start >= _start && other._end <= _end;

    /// <summary>True when the two periods share at least one day.</summary>
    public bool Overlaps(ReportingPeriod other) => !IsDefault && !other.IsDefault && other._start <= _end && other._end >= _start;

    /// <summary>
    /// The period of kind <paramref name="granularity"/> that contains this one, in the hierarchy month → quarter →
    /// half-year → year, with nine months containing the months and quarters of January to September and the first half.
    /// </summary>
    /// <returns>False when there is no such period: a coarser kind to finer, a multi-year or custom target, a custom
    /// period, or nine months for a period that ends after September.</returns>
    public bool TryRollUp(PeriodKind granularity, out ReportingPeriod result)
    {
        result = default;
        if (IsDefault || _kind is PeriodKind.Custom or PeriodKind.MultiYear || granularity < _kind)
        {
            return false;
        }

        var year = _start.Year;
        switch (granularity)
        {
            case PeriodKind.Month when _kind == PeriodKind.Month:
            case PeriodKind.Quarter when _kind == PeriodKind.Month || _kind == PeriodKind.Quarter:
                result = granularity == PeriodKind.Month ? this : Quarter(year, ((_start.Month - 1) / 3) + 1);
                return true;
            case PeriodKind.HalfYear when _kind != PeriodKind.NineMonths:
                result = HalfYear(year, _start.Month <= 6 ? 1 : 2);
                return _end.Month <= 6 || _start.Month > 6;
            case PeriodKind.NineMonths when _end.Month <= 9:
                result = NineMonths(year);
                return true;
            case PeriodKind.Year:
                result = CalendarYear(year);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The period of kind <paramref name="granularity"/> that contains this one (see <see cref="TryRollUp"/>).</summary>
    /// <exception cref="InvalidOperationException">There is no such period.</exception>
    public ReportingPeriod RollUp(PeriodKind granularity) => TryRollUp(granularity, out var result)
        ? result
        : throw new InvalidOperationException($"{this} does not roll up into a {granularity} period.");

    /// <summary>The calendar months of the period, for month-aligned kinds; empty for a custom period or <c>default</c>.</summary>
    public IEnumerable<ReportingPeriod> MonthsWithin()
    {
        if (IsDefault || _kind == PeriodKind.Custom)
        {
            yield break;
        }

        // By year and month numbers: stepping a date past December 9999 would overflow the calendar.
        for (var (year, month) = (_start.Year, _start.Month); year < _end.Year || (year == _end.Year && month <= _end.Month); (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1))
        {
            yield return Month(year, month);
        }
    }

    /// <inheritdoc/>
    public bool Equals(ReportingPeriod other) => _kind == other._kind && _start == other._start && _end == other._end;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReportingPeriod other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(_kind, _start, _end);

    /// <summary>Order by start, then end, then kind.</summary>
    public int CompareTo(ReportingPeriod other)
    {
        var byStart = _start.CompareTo(other._start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = _end.CompareTo(other._end);
        return byEnd != 0 ? byEnd : _kind.CompareTo(other._kind);
    }

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportingPeriod other => CompareTo(other),
        _ => throw new ArgumentException("Not a ReportingPeriod.", nameof(obj)),
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Order.</summary>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Order.</summary>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Order.</summary>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Order.</summary>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;

    // The end is the last day of the last month, not the next month's first day minus one, which overflows in 9999.
    private static ReportingPeriod Months(PeriodKind kind, int year, int firstMonth, int count)
    {
        var lastMonth = firstMonth + count - 1;
        return new ReportingPeriod(kind, new LocalDate(year, firstMonth, 1), new LocalDate(year, lastMonth, CalendarSystem.Iso.GetDaysInMonth(year, lastMonth)));
    }

    private static bool TryIso(ref LocalDate date)
    {
        try
        {
            date = date.WithCalendar(CalendarSystem.Iso);
            return true;
        }
        catch (Exception exception) when (exception is ArgumentOutOfRangeException or OverflowException)
        {
            // A day ISO cannot hold lies outside every period.
            return false;
        }
    }

    private static void CheckYear(int year)
    {
        if (year is < MinimumYear or > MaximumYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Reporting periods lie in the years {MinimumYear}-{MaximumYear}.");
        }
    }
}
