using DanVan.Domain.Administration;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// What the standing bodies of one unit version share, worked out once when the registry materialises them: the
/// identifier scope, the naming pieces, the parent unit and the changes that ended the version.
/// </summary>
internal sealed class UnitContext
{
    private readonly AdministrativeCatalog _catalog;
    private LocalDate _parentDate;
    private (AdministrativeUnit Unit, string Scope)? _parent;
    private bool _parentKnown;
    private Ending[]? _endings;
    private UnitNaming? _naming;

    public UnitContext(AdministrativeCatalog catalog, AdministrativeUnit unit)
    {
        _catalog = catalog;
        Unit = unit;
        Level = OrganizationRegistry.LevelOf(unit);
        Scope = OrganizationId.ScopeOf(unit);
    }

    public AdministrativeUnit Unit { get; }

    public OrganizationLevel Level { get; }

    public string Scope { get; }

    /// <summary>The naming pieces, worked out when a name is first composed (parent look-ups need none).</summary>
    public UnitNaming Naming => _naming ??= UnitNaming.Of(Unit);

    public OrganizationId IdOf(OrganizationKind kind) => OrganizationId.InScope(Scope, Unit, kind);

    /// <summary>The parent unit on <paramref name="date"/>, with its scope; remembered for the last date asked.</summary>
    public (AdministrativeUnit Unit, string Scope)? ParentOn(LocalDate date)
    {
        if (!_parentKnown || _parentDate != date)
        {
            _parent = _catalog.Parent(Unit, date) is { } parent ? (parent, OrganizationId.ScopeOf(parent)) : null;
            _parentDate = date;
            _parentKnown = true;
        }

        return _parent;
    }

    /// <summary>The changes that ended this version, each with the successor units a body can continue in.</summary>
    public Ending[] Endings => _endings ??= FindEndings();

    private Ending[] FindEndings()
    {
        if (Unit.ValidUntil is not { } until)
        {
            return [];
        }

        var next = until.PlusDays(1);
        var endings = new List<Ending>(1);
        foreach (var change in _catalog.ChangesByUnit(Unit.Code))
        {
            if (change.Kind == AdministrativeChangeKind.Established || change.Effective != next)
            {
                continue;
            }

            var successors = new List<Successor>(change.Successors.Count);
            foreach (var link in change.Successors)
            {
                // A body continues in a unit of its own level, or in one that takes over all of its unit (an island
                // district's đặc khu); a district's communes each take a part of its area, not its committee.
                if (_catalog.Find(link.Code, next) is { } unit && (unit.Level == Unit.Level || link.Coverage == Coverage.Whole))
                {
                    successors.Add(new Successor(unit, OrganizationId.ScopeOf(unit), OrganizationRegistry.LevelOf(unit), link));
                }
            }

            endings.Add(new Ending(change, next, [.. successors]));
        }

        return [.. endings];
    }

    internal sealed record Ending(AdministrativeChange Change, LocalDate Next, Successor[] Successors);

    internal sealed record Successor(AdministrativeUnit Unit, string Scope, OrganizationLevel Level, UnitSuccessor Link);
}
