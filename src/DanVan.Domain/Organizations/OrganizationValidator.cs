using DanVan.Domain.Validation;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Checks organizations, appointments and whole registries (DV31xx, DV32xx) and returns the issues found; never throws
/// for bad data.
/// </summary>
/// <remarks>
/// <para>Per organization (<see cref="OrganizationIssues"/>): its kind exists at the level of its unit (DV3101) and over
/// its dates (DV3102, DV3103 a warning for a missing start); the unit version in its identifier is in the catalog (DV3104)
/// and covers its dates (DV3105); a delegation has a parent (DV3106); the parent, supervisor, successors and new superiors
/// it names are in the registry (DV3107) on the days it needs them (DV3108); the parent is at the same level or the next
/// one up along the administrative line (DV3109 skips a level, DV3110 is below, DV3111 is off the line), following parents
/// does not loop (DV3112), and the parent is on the body's own line (DV3113, warning). Warnings: a socio-political body
/// after 2025-07-01 without its Front supervisor (DV3114), a number or locality that means nothing for the kind (DV3115), a
/// second body of a standing kind (DV3116), an event dated outside the body's life (DV3117).</para>
/// <para>Per appointment (<see cref="AppointmentIssues"/>): the body exists (DV3201) and has the post (DV3202); the period
/// is not reversed (DV3203), lies inside the body's life (DV3204) and is closed when the body ended (DV3205, warning). Per
/// registry, across appointments: two people on a single-holder post on the same days (DV3206; an acting "quyền" holder
/// counts, since "quyền" fills a post that has no holder), and one person appointed twice to one post over the same days
/// (DV3207, warning).</para>
/// <para>Dates: a body's open start means "unknown", so it is checked only where the kind or the unit gives a start; an
/// open end means "still exists", but a body serving a unit that ended is read as ending with it. Paths are the
/// properties in camelCase (<c>validUntil</c>, <c>parentId</c>, <c>events[0].successors[1]</c>), under
/// <c>organizations[i]</c> and <c>appointments[i]</c> for a registry. Dates in any calendar are compared in ISO.
/// Thread-safe. Rules, codes and examples: docs/organizations-validation.md.</para>
/// </remarks>
/// <example>
/// <code>
/// var delegation = new Organization(OrganizationId.Parse("279/inspection-delegation/2025-1"), "Đoàn Kiểm tra số 1 Huyện ủy Thường Tín",
///     parentId: OrganizationId.Parse("279/party-committee"), number: 1, validFrom: new LocalDate(2025, 7, 5));
/// var result = OrganizationValidator.Validate(delegation, OrganizationRegistry.Default, "delegation");
/// // DV3102 at delegation.validFrom: "... at district level the kind Inspection Delegation exists only until 2025-06-30, ..."
/// // DV3105 at delegation.validFrom: "... Huyện Thường Tín (279) exists until 2025-06-30, but the body runs from 2025-07-05 with no end date."
/// </code>
/// </example>
public static partial class OrganizationValidator
{
    /// <summary>
    /// Checks one organization against <paramref name="registry"/>: kind, unit, dates, parent line, references and
    /// fields (DV3101–DV3117). The body need not be in the registry: a portal can check a body before adding it.
    /// </summary>
    /// <param name="organization">The body.</param>
    /// <param name="registry">The registry that resolves its unit, parent, supervisor and successors.</param>
    /// <param name="path">Where the body is (<c>organizations[3]</c>); issues' paths start with it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> or <paramref name="registry"/> is null.</exception>
    public static ValidationResult Validate(Organization organization, OrganizationRegistry registry, string path = "")
    {
        ArgumentNullException.ThrowIfNull(organization);
        ArgumentNullException.ThrowIfNull(registry);
        var issues = new List<ValidationIssue>();
        BodyIssues(new Body(organization, registry, path ?? string.Empty, issues));
        return ValidationResult.From(issues);
    }

    /// <summary>
    /// Checks one appointment against <paramref name="registry"/>: the body and its post exist, the period is sound and
    /// inside the body's life (DV3201–DV3205). Overlaps with other appointments are checked by
    /// <see cref="Validate(OrganizationRegistry)"/>.
    /// </summary>
    /// <param name="appointment">The appointment.</param>
    /// <param name="registry">The registry that holds the body.</param>
    /// <param name="path">Where the appointment is (<c>appointments[2]</c>); issues' paths start with it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="appointment"/> or <paramref name="registry"/> is null.</exception>
    public static ValidationResult Validate(Appointment appointment, OrganizationRegistry registry, string path = "")
    {
        ArgumentNullException.ThrowIfNull(appointment);
        ArgumentNullException.ThrowIfNull(registry);
        var issues = new List<ValidationIssue>();
        AppointmentIssuesOf(appointment, registry, path ?? string.Empty, issues);
        return ValidationResult.From(issues);
    }

    /// <summary>
    /// Checks every added body (paths <c>organizations[i]</c>, in the order of <see cref="OrganizationRegistry.Added"/>)
    /// and every appointment (<c>appointments[i]</c>, in the order of <see cref="OrganizationRegistry.Appointments"/>), then
    /// the appointments against each other: overlapping holders of a single-holder post (DV3206) and the same person
    /// appointed twice to one post over the same days (DV3207). The built-in central bodies and the materialised ones are
    /// not listed; they are checked where an added body or an appointment refers to them.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    public static ValidationResult Validate(OrganizationRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var issues = new List<ValidationIssue>();
        var loops = Loops(registry);
        for (var i = 0; i < registry.Added.Count; i++)
        {
            BodyIssues(new Body(registry.Added[i], registry, IssuePath.Index("organizations", i), issues, loops));
        }

        for (var i = 0; i < registry.Appointments.Count; i++)
        {
            AppointmentIssuesOf(registry.Appointments[i], registry, IssuePath.Index("appointments", i), issues);
        }

        OverlapIssues(registry, issues);
        return ValidationResult.From(issues);
    }
}
