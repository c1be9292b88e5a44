using NodaTime;

namespace DanVan.Domain.Administration;

public sealed partial class AdministrativeCatalog
{
    // Chains are short (at most a reform and a reclassification so far); the bound only stops a cyclic user catalog.
    private const int MaximumSteps = 16;

    /// <summary>The change events about <paramref name="code"/> as it was on <paramref name="date"/>: its own establishment, and what happened when that version ended.</summary>
    public IReadOnlyList<AdministrativeChange> ChangesOf(UnitCode code, LocalDate date)
    {
        var unit = Find(code, date);
        return unit is null ? [] : ChangesOf(unit);
    }

    /// <summary>The change events about this version of a unit: its establishment (if recorded) and the change that ended it.</summary>
    public IReadOnlyList<AdministrativeChange> ChangesOf(AdministrativeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return Array.AsReadOnly(Array.FindAll(ChangesByUnit(unit.Code), c => IsAbout(c, unit)));
    }

    /// <summary>
    /// The units that cover <paramref name="unit"/> on the later date <paramref name="toDate"/>, each marked whole (all of
    /// the old unit lies in it) or partial, following the recorded changes: "what covers it today". A unit still valid
    /// then is its own answer. A district, whose level ended, is covered by the units that took over its communes (all
    /// partial); an island district by its đặc khu. Empty when the unit ended with no recorded successor.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="toDate"/> is before the unit's start; use <see cref="Predecessors"/> to go back.</exception>
    /// <example>
    /// <code>
    /// var benNghe = catalog.Find(UnitCode.Parse("26740"), new LocalDate(2020, 3, 26))!;
    /// catalog.Translate(benNghe, new LocalDate(2026, 1, 1)); // [Phường Sài Gòn (26740) whole]
    /// </code>
    /// </example>
    public IReadOnlyList<LinkedUnit> Translate(AdministrativeUnit unit, LocalDate toDate)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.ValidFrom is { } from && toDate < from)
        {
            throw new ArgumentOutOfRangeException(nameof(toDate), toDate, $"{unit} starts after {toDate:yyyy-MM-dd}; Translate goes forward in time, Predecessors goes back.");
        }

        if (unit.IsValidOn(toDate))
        {
            return [new LinkedUnit(unit, Coverage.Whole)];
        }

        var found = new List<LinkedUnit>(2);
        Forward(unit, toDate, Coverage.Whole, null, found, 0);
        return found.AsReadOnly();
    }

    /// <summary>The units that cover <paramref name="code"/> as it was on <paramref name="date"/>, on <paramref name="toDate"/> (default: the newest state); empty when no unit had the code then.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="toDate"/> is before <paramref name="date"/>.</exception>
    public IReadOnlyList<LinkedUnit> Translate(UnitCode code, LocalDate date, LocalDate? toDate = null)
    {
        var target = toDate ?? NewestState;
        if (target < date)
        {
            throw new ArgumentOutOfRangeException(nameof(toDate), target, "Translate goes forward in time: toDate must not be before date.");
        }

        return Find(code, date) is { } unit ? Translate(unit, target) : [];
    }

    /// <summary>
    /// The units of the earlier date <paramref name="atDate"/> that went into <paramref name="unit"/>, each marked whole
    /// (all of that old unit went in) or partial: the reverse of <see cref="Translate(AdministrativeUnit, LocalDate)"/>. A
    /// unit already valid then is its own answer.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="atDate"/> is after the unit's end; use <see cref="Translate(AdministrativeUnit, LocalDate)"/> to go forward.</exception>
    /// <example>
    /// <code>
    /// var saiGon = catalog.Find(UnitCode.Parse("26740"))!;
    /// catalog.Predecessors(saiGon, new LocalDate(2025, 6, 30));
    /// // Phường Đa Kao (26737) partial, Phường Bến Nghé (26740) whole, Phường Nguyễn Thái Bình (26746) partial
    /// </code>
    /// </example>
    public IReadOnlyList<LinkedUnit> Predecessors(AdministrativeUnit unit, LocalDate atDate)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit.ValidUntil is { } until && atDate > until)
        {
            throw new ArgumentOutOfRangeException(nameof(atDate), atDate, $"{unit} ends before {atDate:yyyy-MM-dd}; Predecessors goes back in time, Translate goes forward.");
        }

        if (unit.IsValidOn(atDate))
        {
            return [new LinkedUnit(unit, Coverage.Whole)];
        }

        var found = new List<LinkedUnit>(4);
        Backward(unit, atDate, Coverage.Whole, null, found, 0);
        return found.AsReadOnly();
    }

    private void Forward(AdministrativeUnit unit, LocalDate toDate, Coverage coverage, string? note, List<LinkedUnit> found, int depth)
    {
        if (unit.IsValidOn(toDate))
        {
            Add(found, new LinkedUnit(unit, coverage, note));
            return;
        }

        if (depth >= MaximumSteps || unit.ValidUntil is not { } until)
        {
            return;
        }

        foreach (var change in ChangesByUnit(unit.Code))
        {
            if (change.Kind == AdministrativeChangeKind.Established || change.Effective != until.PlusDays(1))
            {
                continue;
            }

            foreach (var link in change.Successors)
            {
                if (Find(link.Code, change.Effective) is { } next)
                {
                    Forward(next, toDate, Combine(coverage, link.Coverage), Join(note, link.Note), found, depth + 1);
                }
            }

            // A dissolved unit's territory follows its children: each successor covers only part of it.
            if ((change.Kind & AdministrativeChangeKind.Dissolved) != 0 && _childrenByParent.TryGetValue(unit.Code, out var children))
            {
                foreach (var child in children)
                {
                    if (child.IsValidOn(until))
                    {
                        Forward(child, toDate, Coverage.Partial, note, found, depth + 1);
                    }
                }
            }
        }
    }

    private void Backward(AdministrativeUnit unit, LocalDate atDate, Coverage coverage, string? note, List<LinkedUnit> found, int depth)
    {
        if (unit.IsValidOn(atDate))
        {
            Add(found, new LinkedUnit(unit, coverage, note));
            return;
        }

        if (depth >= MaximumSteps || unit.ValidFrom is not { } from)
        {
            return;
        }

        foreach (var (change, link) in LinksTo(unit.Code))
        {
            if (change.Effective == from && Find(change.Unit, change.UnitDate) is { } previous)
            {
                Backward(previous, atDate, Combine(coverage, link.Coverage), Join(link.Note, note), found, depth + 1);
            }
        }
    }

    private static bool IsAbout(AdministrativeChange change, AdministrativeUnit unit) =>
        change.Kind == AdministrativeChangeKind.Established
            ? unit.ValidFrom == change.Effective
            : unit.ValidUntil is { } until && until.PlusDays(1) == change.Effective;

    // The same unit reached twice (a district's communes): whole wins, since one whole path means all of it is there.
    private static void Add(List<LinkedUnit> found, LinkedUnit item)
    {
        for (var i = 0; i < found.Count; i++)
        {
            if (ReferenceEquals(found[i].Unit, item.Unit))
            {
                if (item.Coverage == Coverage.Whole && found[i].Coverage == Coverage.Partial)
                {
                    found[i] = item;
                }

                return;
            }
        }

        found.Add(item);
    }

    private static Coverage Combine(Coverage a, Coverage b) => a == Coverage.Whole && b == Coverage.Whole ? Coverage.Whole : Coverage.Partial;

    private static string? Join(string? first, string? second) =>
        first is null ? second : second is null ? first : first + "; " + second;
}
