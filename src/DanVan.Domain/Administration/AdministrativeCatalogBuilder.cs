using DanVan.Domain.Validation;

namespace DanVan.Domain.Administration;

/// <summary>
/// Collects units and changes for an <see cref="AdministrativeCatalog"/>. Mutable and not thread-safe: build on one
/// thread, then share the immutable catalog.
/// </summary>
/// <example>
/// <code>
/// var catalog = new AdministrativeCatalogBuilder()
///     .Add(new AdministrativeUnit(UnitCode.Parse("01"), AdministrativeUnitKind.Municipality, "Hà Nội"))
///     .Add(new AdministrativeUnit(UnitCode.Parse("00004"), AdministrativeUnitKind.Ward, "Ba Đình", UnitCode.Parse("01")))
///     .Build();
/// </code>
/// </example>
public sealed class AdministrativeCatalogBuilder
{
    private readonly List<AdministrativeUnit> _units = [];
    private readonly List<AdministrativeChange> _changes = [];
    private readonly List<string> _sources = [];

    /// <summary>The number of unit versions collected so far.</summary>
    public int UnitCount => _units.Count;

    /// <summary>The number of changes collected so far.</summary>
    public int ChangeCount => _changes.Count;

    /// <summary>Adds a unit version.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public AdministrativeCatalogBuilder Add(AdministrativeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        _units.Add(unit);
        return this;
    }

    /// <summary>Adds a change event.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is null.</exception>
    public AdministrativeCatalogBuilder Add(AdministrativeChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _changes.Add(change);
        return this;
    }

    /// <summary>Adds unit versions.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> or one of them is null.</exception>
    public AdministrativeCatalogBuilder AddRange(IEnumerable<AdministrativeUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        foreach (var unit in units)
        {
            Add(unit);
        }

        return this;
    }

    /// <summary>Adds change events.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="changes"/> or one of them is null.</exception>
    public AdministrativeCatalogBuilder AddRange(IEnumerable<AdministrativeChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        foreach (var change in changes)
        {
            Add(change);
        }

        return this;
    }

    /// <summary>Adds source citations (where the data come from, their licences).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="sources"/> is null.</exception>
    public AdministrativeCatalogBuilder AddSources(IEnumerable<string> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _sources.AddRange(sources.Where(s => !string.IsNullOrWhiteSpace(s)));
        return this;
    }

    /// <summary>Removes the unit versions <paramref name="predicate"/> selects (to correct data).</summary>
    public AdministrativeCatalogBuilder RemoveUnits(Predicate<AdministrativeUnit> predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        _units.RemoveAll(predicate);
        return this;
    }

    /// <summary>Checks what has been collected, as <see cref="Build"/> would, and returns every issue instead of throwing.</summary>
    public ValidationResult Validate() =>
        AdministrativeValidator.Validate(new AdministrativeCatalog(_units, _changes, _sources, static message => new InvalidOperationException(message), check: false));

    /// <summary>The immutable catalog.</summary>
    /// <exception cref="InvalidOperationException">The data break a rule of <see cref="AdministrativeValidator"/> (overlapping versions, a missing parent...); the message names the first; <see cref="Validate"/> lists them all.</exception>
    public AdministrativeCatalog Build() =>
        new(_units, _changes, _sources, static message => new InvalidOperationException(message), check: true);
}
