using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// A run of days with open ends, in the ISO calendar, for the validators: comparing dates of two calendars throws, and a
/// validator must not.
/// </summary>
internal readonly record struct DateSpan(LocalDate? From, LocalDate? Until)
{
    /// <summary>The span from <paramref name="from"/> to <paramref name="until"/>, both moved to the ISO calendar.</summary>
    public static DateSpan Of(LocalDate? from, LocalDate? until) => new(ToIso(from), ToIso(until));

    /// <summary>True when the end is before the start.</summary>
    public bool IsReversed => From is { } from && Until is { } until && until < from;

    /// <summary>The day <paramref name="date"/> (ISO) is in the span.</summary>
    public bool Covers(LocalDate date) => (From is not { } from || date >= from) && (Until is not { } until || date <= until);

    /// <summary>The two spans share a day.</summary>
    public bool Overlaps(DateSpan other) =>
        (From is not { } from || other.Until is not { } otherUntil || from <= otherUntil) &&
        (other.From is not { } otherFrom || Until is not { } until || otherFrom <= until);

    /// <summary>The days both spans share (meaningful only when they overlap).</summary>
    public DateSpan Intersect(DateSpan other) => new(Later(From, other.From), Earlier(Until, other.Until));

    /// <summary>The later of two starts; null only when both are open.</summary>
    public static LocalDate? Later(LocalDate? a, LocalDate? b) => a is not { } x ? b : b is not { } y ? a : LocalDate.Max(x, y);

    /// <summary>The earlier of two ends; null only when both are open.</summary>
    public static LocalDate? Earlier(LocalDate? a, LocalDate? b) => a is not { } x ? b : b is not { } y ? a : LocalDate.Min(x, y);

    /// <summary>The date in the ISO calendar.</summary>
    public static LocalDate? ToIso(LocalDate? date) =>
        date is { } value && value.Calendar != CalendarSystem.Iso ? value.WithCalendar(CalendarSystem.Iso) : date;
}
