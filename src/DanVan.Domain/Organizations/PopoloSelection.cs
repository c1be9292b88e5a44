using DanVan.Domain.Administration;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// What one Popolo export holds (see <see cref="PopoloScope"/>): the bodies with their parents on the scope's day, closed
/// upwards so that every parent resolves, and the areas (unit versions) they serve with theirs.
/// </summary>
internal sealed class PopoloSelection
{
    private readonly OrganizationRegistry _registry;
    private readonly LocalDate _date;
    private readonly Dictionary<OrganizationId, Organization> _bodies = [];
    private readonly Dictionary<OrganizationId, OrganizationId?> _parents = [];
    private readonly Dictionary<string, AdministrativeUnit> _areas = new(StringComparer.Ordinal);
    private readonly Queue<Organization> _pending = new();

    internal PopoloSelection(OrganizationRegistry registry, PopoloScope scope)
    {
        _registry = registry;
        _date = scope.Date;
        foreach (var body in registry.Organizations)
        {
            Add(body);
        }

        foreach (var code in scope.Units)
        {
            var unit = registry.Catalog.Find(code, _date)
                ?? throw new ArgumentException($"No unit had code {code} on {_date:yyyy-MM-dd}.", nameof(scope));
            AddUnit(unit, scope.IncludeDescendants);
        }

        foreach (var appointment in registry.Appointments)
        {
            if (registry.Find(appointment.Organization) is { } body)
            {
                Add(body);
            }
        }

        while (_pending.TryDequeue(out var body))
        {
            var parent = registry.Parent(body, _date);
            _parents[body.Id] = parent?.Id ?? body.ParentId;
            if (parent is not null)
            {
                Add(parent);
            }

            if (body.SupervisorId is { } supervisorId && registry.Find(supervisorId) is { } supervisor)
            {
                Add(supervisor);
            }

            if (registry.UnitVersion(body.Id) is { } served)
            {
                AddArea(served);
            }
        }

        Bodies = [.. _bodies.Values.OrderBy(body => body.Id)];
        Areas = [.. _areas.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => pair.Value)];
    }

    /// <summary>The bodies, by identifier.</summary>
    internal Organization[] Bodies { get; }

    /// <summary>The unit versions served, with their ancestors, by area identifier.</summary>
    internal AdministrativeUnit[] Areas { get; }

    /// <summary>The body's parent on the scope's day (its stored parent when that one cannot be found).</summary>
    internal OrganizationId? ParentOf(Organization body) => _parents.TryGetValue(body.Id, out var parent) ? parent : body.ParentId;

    /// <summary>The exported body with this identifier, or null.</summary>
    internal Organization? Find(OrganizationId id) => _bodies.GetValueOrDefault(id);

    /// <summary>The area identifier of the unit version a body serves, when that version is in the catalog.</summary>
    internal string? AreaOf(Organization body) =>
        body.Id.IsCentral ? PopoloExport.CountryAreaId : _registry.UnitVersion(body.Id) is { } unit ? PopoloExport.AreaId(unit) : null;

    /// <summary>The area identifier of the unit's parent, on the scope's day when the unit exists then.</summary>
    internal string ParentAreaOf(AdministrativeUnit unit) =>
        ParentUnit(unit) is { } parent ? PopoloExport.AreaId(parent) : PopoloExport.CountryAreaId;

    private void Add(Organization body)
    {
        if (_bodies.TryAdd(body.Id, body))
        {
            _pending.Enqueue(body);
        }
    }

    private void AddUnit(AdministrativeUnit unit, bool descendants)
    {
        foreach (var body in _registry.ForUnit(unit, _date))
        {
            Add(body);
        }

        if (descendants)
        {
            foreach (var child in _registry.Catalog.Children(unit, _date))
            {
                AddUnit(child, descendants);
            }
        }
    }

    private void AddArea(AdministrativeUnit unit)
    {
        // Up to the province (at most two steps), stopping at an area already taken with its ancestors.
        var current = unit;
        while (current is not null && _areas.TryAdd(PopoloExport.AreaId(current), current))
        {
            current = ParentUnit(current);
        }
    }

    private AdministrativeUnit? ParentUnit(AdministrativeUnit unit) =>
        _registry.Catalog.Parent(unit, unit.IsValidOn(_date) ? _date : null);
}
