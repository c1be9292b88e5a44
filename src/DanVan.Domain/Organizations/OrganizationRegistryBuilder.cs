using DanVan.Domain.Administration;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Builds an <see cref="OrganizationRegistry"/>: the catalog to materialise bodies from, the bodies to add (delegations,
/// chi bộ, boards, or a standing body with its real name and dates) and the appointments. Not thread-safe; the registry
/// it builds is.
/// </summary>
/// <example>
/// <code>
/// var registry = new OrganizationRegistryBuilder()
///     .Add(new Organization(OrganizationId.Parse("01/inspection-delegation/2020-3"), "Đoàn Kiểm tra số 3 Thành ủy Hà Nội",
///         parentId: OrganizationId.Parse("01/party-committee"), number: 3))
///     .Add(new Appointment(new Person("Lê Hồng Sơn"), OrganizationId.Parse("01/inspection-delegation/2020-3"), PostRole.Head))
///     .Build();
/// </code>
/// </example>
public sealed class OrganizationRegistryBuilder
{
    private readonly Dictionary<OrganizationId, Organization> _organizations = [];
    private readonly List<Appointment> _appointments = [];

    /// <summary>A builder over <paramref name="catalog"/> (default: <see cref="AdministrativeCatalog.Default"/>).</summary>
    public OrganizationRegistryBuilder(AdministrativeCatalog? catalog = null) => Catalog = catalog ?? AdministrativeCatalog.Default;

    /// <summary>The catalog the registry will materialise bodies from.</summary>
    public AdministrativeCatalog Catalog { get; }

    /// <summary>The bodies added so far.</summary>
    public IReadOnlyCollection<Organization> Organizations => _organizations.Values;

    /// <summary>The appointments added so far.</summary>
    public IReadOnlyList<Appointment> Appointments => _appointments.AsReadOnly();

    /// <summary>Adds a body.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> is null.</exception>
    /// <exception cref="ArgumentException">A body with the same identifier was already added.</exception>
    public OrganizationRegistryBuilder Add(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        if (!_organizations.TryAdd(organization.Id, organization))
        {
            throw new ArgumentException($"A body with identifier {organization.Id} was already added.", nameof(organization));
        }

        return this;
    }

    /// <summary>Adds bodies.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="organizations"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">Two bodies share an identifier.</exception>
    public OrganizationRegistryBuilder AddRange(IEnumerable<Organization> organizations)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        foreach (var organization in organizations)
        {
            Add(organization);
        }

        return this;
    }

    /// <summary>Adds an appointment.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="appointment"/> is null.</exception>
    public OrganizationRegistryBuilder Add(Appointment appointment)
    {
        ArgumentNullException.ThrowIfNull(appointment);
        _appointments.Add(appointment);
        return this;
    }

    /// <summary>Adds appointments.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="appointments"/> or one of them is null.</exception>
    public OrganizationRegistryBuilder AddRange(IEnumerable<Appointment> appointments)
    {
        ArgumentNullException.ThrowIfNull(appointments);
        foreach (var appointment in appointments)
        {
            Add(appointment);
        }

        return this;
    }

    /// <summary>
    /// Builds the registry. It is not validated here: call <see cref="Validate"/> (or
    /// <see cref="OrganizationValidator.Validate(OrganizationRegistry)"/>) for issues.
    /// </summary>
    public OrganizationRegistry Build() => new(Catalog, _organizations.Values, _appointments);

    /// <summary>
    /// The issues of the registry <see cref="Build"/> would return (<see cref="OrganizationValidator.Validate(OrganizationRegistry)"/>):
    /// paths <c>organizations[i]</c> follow <see cref="OrganizationRegistry.Added"/> (ordered by identifier), and
    /// <c>appointments[i]</c> the order the appointments were added.
    /// </summary>
    public ValidationResult Validate() => OrganizationValidator.Validate(Build());
}
