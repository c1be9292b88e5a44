using System.Text.Json.Serialization;
using DanVan.Domain.Administration;
using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Tổ chức: one body of the political system (a Popolo Organization): its identifier, kind and unit (both read from the
/// <see cref="OrganizationId"/>), its names, its parent and supervising body, its validity and its restructuring events.
/// </summary>
/// <remarks>
/// <para><b>Parent</b> (<see cref="ParentId"/>) is the superior in the body's own line: on the Party line for Party bodies
/// (Ban Dân vận Huyện ủy → Huyện ủy → Thành ủy → Ban Chấp hành Trung ương), and body to body of the same kind one level up
/// for the State, the Front and the mass organizations (UBND xã → UBND huyện → UBND tỉnh → Chính phủ). <b>Supervisor</b>
/// (<see cref="SupervisorId"/>) is the second superior where there is dual subordination: the Fatherland Front committee of
/// the same level for the five socio-political organizations from <see cref="SupervisedFrom"/> (2025-07-01).</para>
/// <para>For bodies the <see cref="OrganizationRegistry"/> materialises, the parent is the one on the body's first day
/// (on its last day, or on the catalog's newest state, when its start is open);
/// <see cref="OrganizationRegistry.Parent"/> answers for any date. Names are composed by <see cref="OrganizationNames"/>
/// unless given. Immutable and thread-safe; equality by value.</para>
/// </remarks>
/// <example>
/// <code>
/// var delegation = new Organization(
///     OrganizationId.Parse("01/inspection-delegation/2020-3"),
///     "Đoàn Kiểm tra số 3 Thành ủy Hà Nội",
///     parentId: OrganizationId.Parse("01/party-committee"),
///     number: 3,
///     validFrom: new LocalDate(2020, 3, 1));
/// delegation.Kind;   // OrganizationKind.InspectionDelegation
/// delegation.Unit;   // 01
/// </code>
/// </example>
[JsonConverter(typeof(OrganizationJsonConverter))]
public sealed class Organization : IEquatable<Organization>
{
    /// <summary>Creates an organization.</summary>
    /// <param name="id">The identifier; it gives the kind and the unit.</param>
    /// <param name="name">The official Vietnamese name (stored normalised, NFC).</param>
    /// <param name="shortName">The name with the usual abbreviation ("UBND huyện Lập Thạch"), if any.</param>
    /// <param name="englishName">The English name, if known.</param>
    /// <param name="parentId">The superior in the body's own line (see remarks).</param>
    /// <param name="supervisorId">The second superior under dual subordination.</param>
    /// <param name="supervisedFrom">The first day under <paramref name="supervisorId"/>; null when always.</param>
    /// <param name="validFrom">The first day (founding); null when unknown or before any date the library covers.</param>
    /// <param name="validUntil">The last day (inclusive); null while the body exists.</param>
    /// <param name="number">The number in the name, for numbered bodies ("Đoàn Kiểm tra số 3").</param>
    /// <param name="locality">For grassroots bodies, the village or residential group ("thôn Đông").</param>
    /// <param name="events">Its restructuring events.</param>
    /// <param name="note">Anything else worth knowing.</param>
    /// <exception cref="ArgumentException">The identifier is default, the name is blank, <paramref name="validUntil"/> is before <paramref name="validFrom"/>, the number is not positive, or the body is its own parent.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public Organization(
        OrganizationId id,
        string name,
        string? shortName = null,
        string? englishName = null,
        OrganizationId? parentId = null,
        OrganizationId? supervisorId = null,
        LocalDate? supervisedFrom = null,
        LocalDate? validFrom = null,
        LocalDate? validUntil = null,
        int? number = null,
        string? locality = null,
        IEnumerable<OrganizationEvent>? events = null,
        string? note = null)
    {
        ArgumentNullException.ThrowIfNull(name);

        // Dates from other calendars are kept in ISO, so that every comparison in the registry is between like dates.
        validFrom = validFrom?.WithCalendar(CalendarSystem.Iso);
        validUntil = validUntil?.WithCalendar(CalendarSystem.Iso);
        if (id.IsDefault)
        {
            throw new ArgumentException("default(OrganizationId) is not an identifier.", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("An organization needs a name.", nameof(name));
        }

        if (validFrom is { } from && validUntil is { } until && until < from)
        {
            throw new ArgumentException($"{id} ends ({until:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(validUntil));
        }

        if (number is <= 0)
        {
            throw new ArgumentException("A body's number is positive.", nameof(number));
        }

        if (parentId == id || supervisorId == id)
        {
            throw new ArgumentException($"{id} cannot be its own parent or supervisor.", nameof(parentId));
        }

        Id = id;
        Name = Clean(name)!;
        ShortName = Clean(shortName);
        EnglishName = string.IsNullOrWhiteSpace(englishName) ? null : englishName.Trim();
        ParentId = parentId is { IsDefault: true } ? null : parentId;
        SupervisorId = supervisorId is { IsDefault: true } ? null : supervisorId;
        SupervisedFrom = SupervisorId is null ? null : supervisedFrom?.WithCalendar(CalendarSystem.Iso);
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        Number = number;
        Locality = Clean(locality);
        Events = ValueList<OrganizationEvent>.From(events?.OrderBy(e => e.Date));
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    // For bodies the registry composes from the validated catalog and the kind table: nothing to check or normalise.
    private Organization(
        OrganizationId id, OrganizationName name, OrganizationId? parentId, OrganizationId? supervisorId, LocalDate? supervisedFrom,
        LocalDate? validFrom, LocalDate? validUntil, IReadOnlyList<OrganizationEvent> events)
    {
        Id = id;
        Name = name.Name;
        ShortName = name.ShortName;
        EnglishName = name.EnglishName;
        ParentId = parentId;
        SupervisorId = supervisorId;
        SupervisedFrom = supervisedFrom;
        ValidFrom = validFrom;
        ValidUntil = validUntil;
        Events = events;
    }

    /// <summary>The stable identifier.</summary>
    public OrganizationId Id { get; }

    /// <summary>The kind (from the identifier).</summary>
    public OrganizationKind Kind => Id.Kind;

    /// <summary>The code of the unit served (from the identifier); null for a central body.</summary>
    public UnitCode? Unit => Id.Unit;

    /// <summary>The official Vietnamese name: "Ban Dân vận Huyện ủy Thường Tín".</summary>
    public string Name { get; }

    /// <summary>The name with the usual abbreviation: "UBND huyện Lập Thạch"; null when the kind has none.</summary>
    public string? ShortName { get; }

    /// <summary>The English name: "Mass Mobilization Commission of the Thuong Tin District Party Committee"; null when unknown.</summary>
    public string? EnglishName { get; }

    /// <summary>The superior in the body's own line, on its first day, or its last when the start is open (see remarks).</summary>
    public OrganizationId? ParentId { get; }

    /// <summary>The second superior under dual subordination: the Front committee for the socio-political organizations.</summary>
    public OrganizationId? SupervisorId { get; }

    /// <summary>The first day under <see cref="SupervisorId"/>; null when always (or when there is none).</summary>
    public LocalDate? SupervisedFrom { get; }

    /// <summary>The first day; null when unknown or before any date the library covers.</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>The last day (inclusive); null while the body exists.</summary>
    public LocalDate? ValidUntil { get; }

    /// <summary>The number in the name, for numbered bodies.</summary>
    public int? Number { get; }

    /// <summary>For grassroots bodies, the village or residential group.</summary>
    public string? Locality { get; }

    /// <summary>The restructuring events, by date.</summary>
    public IReadOnlyList<OrganizationEvent> Events { get; }

    /// <summary>Anything else worth knowing.</summary>
    public string? Note { get; }

    /// <summary>True when the body exists on <paramref name="date"/>.</summary>
    public bool IsValidOn(LocalDate date) => (ValidFrom is not { } from || date >= from) && (ValidUntil is not { } until || date <= until);

    /// <summary>The supervising body on <paramref name="date"/>; null when there is none then.</summary>
    public OrganizationId? SupervisorOn(LocalDate date) => SupervisedFrom is { } from && date < from ? null : SupervisorId;

    /// <summary>The successors named by the events; empty while the body exists or when it ended without one.</summary>
    public IReadOnlyList<OrganizationSuccessor> Successors =>
        Events.Count == 0 ? [] : [.. Events.SelectMany(e => e.Successors)];

    /// <inheritdoc />
    public bool Equals(Organization? other) =>
        other is not null && (ReferenceEquals(this, other) ||
        (Id == other.Id && Name == other.Name && ShortName == other.ShortName && EnglishName == other.EnglishName &&
         ParentId == other.ParentId && SupervisorId == other.SupervisorId && SupervisedFrom == other.SupervisedFrom &&
         ValidFrom == other.ValidFrom && ValidUntil == other.ValidUntil && Number == other.Number && Locality == other.Locality &&
         Events.Equals(other.Events) && Note == other.Note));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Organization);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Name, ValidFrom, ValidUntil);

    /// <summary>"Ban Dân vận Huyện ủy Thường Tín (279/danvan-commission, …–2025-06-30)".</summary>
    public override string ToString() =>
        $"{Name} ({Id}, {ValidFrom?.ToString("yyyy-MM-dd", null) ?? "…"}–{ValidUntil?.ToString("yyyy-MM-dd", null) ?? "…"})";

    internal static Organization Trusted(
        OrganizationId id, OrganizationName name, OrganizationId? parentId, OrganizationId? supervisorId, LocalDate? supervisedFrom,
        LocalDate? validFrom, LocalDate? validUntil, List<OrganizationEvent>? events) =>
        new(id, name, parentId, supervisorId, supervisedFrom, validFrom, validUntil,
            events is null ? ValueList<OrganizationEvent>.Empty : ValueList<OrganizationEvent>.Own([.. events]));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : VietnameseNormalization.Normalize(text.Trim());
}
