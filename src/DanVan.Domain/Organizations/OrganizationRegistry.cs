using DanVan.Domain.Administration;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// The bodies of the political system at any date: the central bodies built in, every standing provincial, district and
/// commune body materialised on demand from the <see cref="AdministrativeCatalog"/> (no need to store 10,000 Đảng ủy), and
/// the bodies and appointments a portal adds (delegations, chi bộ, boards, explicit names).
/// </summary>
/// <remarks>
/// <para>Build one with <see cref="OrganizationRegistryBuilder"/>, or use <see cref="Default"/> (the built-in catalog, no
/// added bodies). An added body with the identifier of a materialised one replaces it (an explicit name, known dates).</para>
/// <para>Immutable and thread-safe: queries compute from immutable tables and never write.</para>
/// </remarks>
/// <example>
/// <code>
/// var registry = OrganizationRegistry.Default;
/// foreach (var body in registry.ForUnit(UnitCode.Parse("279"), new LocalDate(2020, 3, 26)))
///     Console.WriteLine(body.Name);   // Huyện ủy Thường Tín, Ban Thường vụ Huyện ủy Thường Tín, …, Ban Dân vận Huyện ủy Thường Tín, …
/// </code>
/// </example>
public sealed partial class OrganizationRegistry
{
    private const int MaximumChain = 16;

    private readonly Dictionary<OrganizationId, Organization> _explicit;
    private readonly Dictionary<UnitCode, Organization[]> _explicitByUnit;
    private readonly Dictionary<OrganizationId, Organization[]> _explicitByParent;
    private readonly Organization[] _central;
    private readonly Dictionary<OrganizationId, Appointment[]> _appointmentsByOrganization;

    internal OrganizationRegistry(AdministrativeCatalog catalog, IEnumerable<Organization> organizations, IEnumerable<Appointment> appointments)
    {
        Catalog = catalog;
        _explicit = new Dictionary<OrganizationId, Organization>();
        foreach (var body in CentralBodies.All)
        {
            _explicit[body.Id] = body;
        }

        var added = organizations.ToArray();
        foreach (var body in added)
        {
            _explicit[body.Id] = body;
        }

        var all = _explicit.Values.OrderBy(body => body.Id).ToArray();
        Organizations = Array.AsReadOnly(all);
        Added = Array.AsReadOnly(added.OrderBy(body => body.Id).ToArray());
        _central = [.. all.Where(body => body.Id.IsCentral)];
        _explicitByUnit = all.Where(body => body.Unit is not null).GroupBy(body => body.Unit!.Value).ToDictionary(g => g.Key, g => g.ToArray());
        _explicitByParent = all.Where(body => body.ParentId is not null).GroupBy(body => body.ParentId!.Value).ToDictionary(g => g.Key, g => g.ToArray());
        var sorted = appointments.ToArray();
        Appointments = Array.AsReadOnly(sorted);
        _appointmentsByOrganization = sorted.GroupBy(a => a.Organization).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The registry over <see cref="AdministrativeCatalog.Default"/> with only the built-in central bodies added (thread-safe, lazy).</summary>
    public static OrganizationRegistry Default => DefaultHolder.Registry;

    /// <summary>The administrative catalog the registry materialises bodies from.</summary>
    public AdministrativeCatalog Catalog { get; }

    /// <summary>The stored bodies: the built-in central ones and those added, by identifier. Materialised bodies are not listed.</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>The bodies added to the registry (not the built-in ones), by identifier.</summary>
    public IReadOnlyList<Organization> Added { get; }

    /// <summary>The appointments, in the order added.</summary>
    public IReadOnlyList<Appointment> Appointments { get; }

    /// <summary>A builder holding this registry's added bodies and appointments.</summary>
    public OrganizationRegistryBuilder ToBuilder() => new OrganizationRegistryBuilder(Catalog).AddRange(Added).AddRange(Appointments);

    /// <summary>The body with identifier <paramref name="id"/>: stored, or materialised from the catalog; null when there is none.</summary>
    public Organization? Find(OrganizationId id)
    {
        if (id.IsDefault)
        {
            return null;
        }

        if (_explicit.TryGetValue(id, out var stored))
        {
            return stored;
        }

        return id.Local is null && UnitVersion(id) is { } unit ? Materialise(unit, id.Kind) : null;
    }

    /// <summary>
    /// The body of <paramref name="kind"/> serving <paramref name="unit"/> on <paramref name="date"/> (for kinds with
    /// several bodies per unit, the first added); null when there is none.
    /// </summary>
    public Organization? Find(OrganizationKind kind, UnitCode unit, LocalDate date)
    {
        if (Catalog.Find(unit, date) is not { } version)
        {
            return null;
        }

        var id = OrganizationId.For(kind, version);
        if (_explicit.TryGetValue(id, out var stored))
        {
            return stored.IsValidOn(date) ? stored : null;
        }

        if (Materialise(version, kind) is { } body && body.IsValidOn(date))
        {
            return body;
        }

        return _explicitByUnit.TryGetValue(unit, out var bodies)
            ? Array.Find(bodies, b => b.Kind == kind && b.IsValidOn(date) && b.Id.UnitSince == version.ValidFrom)
            : null;
    }

    /// <summary>The central body of <paramref name="kind"/> on <paramref name="date"/>; null when there is none then.</summary>
    public Organization? FindCentral(OrganizationKind kind, LocalDate date) =>
        Find(OrganizationId.Central(kind)) is { } body && body.IsValidOn(date) ? body : null;

    /// <summary>The central bodies that exist on <paramref name="date"/>.</summary>
    public IReadOnlyList<Organization> Central(LocalDate date) => Array.AsReadOnly(Array.FindAll(_central, body => body.IsValidOn(date)));

    /// <summary>
    /// The bodies serving <paramref name="unit"/> on <paramref name="date"/>: every standing body of its level that exists
    /// then, and the added ones (grassroots bodies are attached to their commune), in the order of <see cref="OrganizationKind"/>.
    /// Empty when no unit had the code then.
    /// </summary>
    public IReadOnlyList<Organization> ForUnit(UnitCode unit, LocalDate date) =>
        Catalog.Find(unit, date) is { } version ? ForUnit(version, date) : [];

    /// <summary>The bodies serving this unit version on <paramref name="date"/> (see <see cref="ForUnit(UnitCode, LocalDate)"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public IReadOnlyList<Organization> ForUnit(AdministrativeUnit unit, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var context = new UnitContext(Catalog, unit);
        var kinds = StandingKinds(context.Level);
        _explicitByUnit.TryGetValue(unit.Code, out var added);
        var found = new List<Organization>(kinds.Length + (added?.Length ?? 0));
        foreach (var kind in kinds)
        {
            if (!OrganizationKinds.Get(kind).ExistsOn(context.Level, date) || (added is not null && _explicit.ContainsKey(context.IdOf(kind))))
            {
                continue;
            }

            if (Materialise(context, kind) is { } body && body.IsValidOn(date))
            {
                found.Add(body);
            }
        }

        if (added is not null)
        {
            foreach (var body in added)
            {
                // An added body belongs to one version of its unit's code: the one its identifier names (codes are reused).
                if (body.IsValidOn(date) && body.Id.UnitSince == unit.ValidFrom)
                {
                    found.Add(body);
                }
            }

            found.Sort((a, b) => a.Kind != b.Kind ? a.Kind.CompareTo(b.Kind) : a.Id.CompareTo(b.Id));
        }

        return found.AsReadOnly();
    }

    /// <summary>
    /// The bodies of <paramref name="kind"/> that exist on <paramref name="date"/>, at every level, optionally only those
    /// serving <paramref name="within"/> or a unit under it.
    /// </summary>
    public IReadOnlyList<Organization> OfKind(OrganizationKind kind, LocalDate date, UnitCode? within = null)
    {
        var info = OrganizationKinds.Get(kind);
        var found = new List<Organization>();
        if (within is null)
        {
            found.AddRange(_central.Where(body => body.Kind == kind && body.IsValidOn(date)));
        }

        var scope = within is { } code ? Catalog.Find(code, date) : null;
        if (within is not null && scope is null)
        {
            return [];
        }

        foreach (var presence in info.Presences)
        {
            if (presence.Level is OrganizationLevel.Central or OrganizationLevel.Grassroots || !presence.IsStanding || !presence.Covers(date))
            {
                continue;
            }

            var level = presence.Level switch
            {
                OrganizationLevel.Province => AdministrativeLevel.Province,
                OrganizationLevel.District => AdministrativeLevel.District,
                _ => AdministrativeLevel.Commune,
            };
            foreach (var unit in Catalog.AllAt(date, level))
            {
                if ((scope is null || IsWithin(unit, scope, date)) && Find(kind, unit.Code, date) is { } body)
                {
                    found.Add(body);
                }
            }
        }

        foreach (var body in _explicit.Values)
        {
            if (body.Kind == kind && !body.Id.IsCentral && body.IsValidOn(date) && !found.Contains(body) &&
                UnitVersion(body.Id) is { } unit && unit.IsValidOn(date) && (scope is null || IsWithin(unit, scope, date)))
            {
                found.Add(body);
            }
        }

        return found.AsReadOnly();
    }

    /// <summary>
    /// The superior of <paramref name="organization"/> on <paramref name="date"/> in its own line (see
    /// <see cref="Organization.ParentId"/>); for materialised bodies it follows the catalog on that date. Null at the top.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> is null.</exception>
    public Organization? Parent(Organization organization, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(organization);
        if (!_explicit.ContainsKey(organization.Id) && organization.Id.Local is null && UnitVersion(organization.Id) is { } unit)
        {
            var at = organization.IsValidOn(date) ? date : organization.ValidUntil is { } until && date > until ? until : organization.ValidFrom ?? date;
            return ParentIdAt(organization.Kind, unit, at) is { } parentId ? Find(parentId) : null;
        }

        return organization.ParentId is { } id ? Find(id) : null;
    }

    /// <summary>
    /// The chain from <paramref name="organization"/> up to the centre on <paramref name="date"/>: the body itself first,
    /// then each parent. Stops at a body without parent; a loop in added bodies stops it too (the validator reports it).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> is null.</exception>
    public IReadOnlyList<Organization> ChainToCentre(Organization organization, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var chain = new List<Organization> { organization };
        var current = organization;
        while (chain.Count < MaximumChain && Parent(current, date) is { } parent && !chain.Exists(body => body.Id == parent.Id))
        {
            chain.Add(parent);
            current = parent;
        }

        return chain.AsReadOnly();
    }

    /// <summary>
    /// The bodies whose parent is <paramref name="organization"/> on <paramref name="date"/> and that exist then: the
    /// bodies of the same unit under it (the commissions of a Party committee), the bodies of the units under its unit
    /// (the district committees under a provincial committee), and the added bodies naming it as parent.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> is null.</exception>
    public IReadOnlyList<Organization> Children(Organization organization, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var found = new List<Organization>();
        IEnumerable<AdministrativeUnit> units = organization.Id.IsCentral
            ? Catalog.AllAt(date, AdministrativeLevel.Province)
            : UnitVersion(organization.Id) is { } own && own.IsValidOn(date) ? [own, .. Catalog.Children(own, date)] : [];
        foreach (var unit in units)
        {
            foreach (var body in ForUnit(unit, date))
            {
                if (body.Id != organization.Id && Parent(body, date)?.Id == organization.Id)
                {
                    found.Add(body);
                }
            }
        }

        if (_explicitByParent.TryGetValue(organization.Id, out var added))
        {
            found.AddRange(added.Where(body => body.IsValidOn(date) && !found.Contains(body)));
        }

        return found.AsReadOnly();
    }

    /// <summary>The bodies that took over <paramref name="organization"/> directly, as its events name them.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> is null.</exception>
    public IReadOnlyList<LinkedOrganization> Successors(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var found = new List<LinkedOrganization>();
        foreach (var successor in organization.Successors)
        {
            if (Find(successor.Id) is { } body)
            {
                found.Add(new LinkedOrganization(body, successor.Coverage, successor.Note));
            }
        }

        return found.AsReadOnly();
    }

    /// <summary>
    /// The bodies that carry on <paramref name="organization"/> on <paramref name="toDate"/>, following successors through
    /// every restructuring in between (Ban Dân vận Tỉnh ủy Vĩnh Phúc → Ban Tuyên giáo và Dân vận Tỉnh ủy Vĩnh Phúc → Ban
    /// Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ); partial once any step is partial. The body itself when it still exists then.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> is null.</exception>
    public IReadOnlyList<LinkedOrganization> Successors(Organization organization, LocalDate toDate)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var found = new List<LinkedOrganization>();
        Forward(organization, toDate, Coverage.Whole, null, found, 0);
        return found.AsReadOnly();
    }

    /// <summary>
    /// The bodies serving, on <paramref name="toDate"/>, the area <paramref name="unit"/> covered on <paramref name="date"/>:
    /// "what exists for huyện Thường Tín's area on 2025-07-01". Each is marked whole or partial as the unit lineage says
    /// (<see cref="AdministrativeCatalog.Translate(UnitCode, LocalDate, LocalDate?)"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="toDate"/> is before <paramref name="date"/>.</exception>
    public IReadOnlyList<LinkedOrganization> ForArea(UnitCode unit, LocalDate date, LocalDate toDate)
    {
        var found = new List<LinkedOrganization>();
        foreach (var linked in Catalog.Translate(unit, date, toDate))
        {
            foreach (var body in ForUnit(linked.Unit, toDate))
            {
                found.Add(new LinkedOrganization(body, linked.Coverage, linked.Note));
            }
        }

        return found.AsReadOnly();
    }

    private void Forward(Organization body, LocalDate toDate, Coverage coverage, string? note, List<LinkedOrganization> found, int depth)
    {
        if (body.IsValidOn(toDate) || depth >= MaximumChain)
        {
            if (body.IsValidOn(toDate) && !found.Exists(l => l.Organization.Id == body.Id && (l.Coverage == Coverage.Whole || coverage == Coverage.Partial)))
            {
                found.RemoveAll(l => l.Organization.Id == body.Id);
                found.Add(new LinkedOrganization(body, coverage, note));
            }

            return;
        }

        if (body.ValidFrom is { } from && toDate < from)
        {
            return;
        }

        foreach (var successor in body.Successors)
        {
            if (Find(successor.Id) is { } next)
            {
                Forward(next, toDate, coverage == Coverage.Partial ? Coverage.Partial : successor.Coverage, successor.Note ?? note, found, depth + 1);
            }
        }
    }

    private bool IsWithin(AdministrativeUnit unit, AdministrativeUnit scope, LocalDate date) =>
        unit.Code == scope.Code || Catalog.Ancestors(unit, date).Any(ancestor => ancestor.Code == scope.Code);

    /// <summary>The unit version an identifier names: its code and, when given, the version's first day; otherwise the version with an open start.</summary>
    internal AdministrativeUnit? UnitVersion(OrganizationId id)
    {
        if (id.Unit is not { } code)
        {
            return null;
        }

        foreach (var version in Catalog.Versions(code))
        {
            if (version.ValidFrom == id.UnitSince)
            {
                return version;
            }
        }

        return null;
    }

    private static class DefaultHolder
    {
        internal static readonly OrganizationRegistry Registry = new(AdministrativeCatalog.Default, [], []);
    }
}
