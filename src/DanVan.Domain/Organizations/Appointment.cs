using System.Text.Json.Serialization;
using DanVan.Domain.Regulations;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Bổ nhiệm, phân công: a person holding a post for a period (a Popolo Membership), possibly concurrently with another
/// post ("kiêm") or in an acting capacity ("quyền"). Several concurrent appointments are normal: "Trưởng Ban Dân vận
/// Huyện ủy kiêm Chủ tịch Ủy ban MTTQ Việt Nam huyện".
/// </summary>
/// <remarks>Immutable and thread-safe; equality by value.</remarks>
/// <example>
/// <code>
/// var head = new Person("Nguyễn Văn Hiền");
/// var appointment = new Appointment(head, OrganizationId.Parse("279/danvan-commission"), PostRole.Head,
///     start: new LocalDate(2015, 10, 1));
/// appointment.IsActiveOn(new LocalDate(2018, 6, 11));  // true
/// </code>
/// </example>
[JsonConverter(typeof(AppointmentJsonConverter))]
public sealed class Appointment : IEquatable<Appointment>
{
    /// <summary>Creates an appointment.</summary>
    /// <param name="person">The holder.</param>
    /// <param name="organization">The body.</param>
    /// <param name="role">The post in it.</param>
    /// <param name="start">The first day; null when unknown.</param>
    /// <param name="end">The last day (inclusive); null while it lasts.</param>
    /// <param name="isConcurrent">"kiêm": held alongside the person's main post.</param>
    /// <param name="isActing">"quyền": acting, until someone is appointed.</param>
    /// <param name="legalBasis">The decision that made it.</param>
    /// <param name="note">Anything else worth knowing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    /// <exception cref="ArgumentException">The body identifier is default, or the role is not defined.</exception>
    public Appointment(
        Person person,
        OrganizationId organization,
        PostRole role,
        LocalDate? start = null,
        LocalDate? end = null,
        bool isConcurrent = false,
        bool isActing = false,
        DocumentNumber? legalBasis = null,
        string? note = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (organization.IsDefault)
        {
            throw new ArgumentException("default(OrganizationId) is not a body.", nameof(organization));
        }

        if (role is < PostRole.Head or > PostRole.Member)
        {
            throw new ArgumentException($"{role} is not a defined post role.", nameof(role));
        }

        Person = person;
        Organization = organization;
        Role = role;
        Start = start?.WithCalendar(CalendarSystem.Iso);
        End = end?.WithCalendar(CalendarSystem.Iso);
        IsConcurrent = isConcurrent;
        IsActing = isActing;
        LegalBasis = legalBasis is { IsDefault: true } ? null : legalBasis;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    /// <summary>The holder.</summary>
    public Person Person { get; }

    /// <summary>The body.</summary>
    public OrganizationId Organization { get; }

    /// <summary>The post in it.</summary>
    public PostRole Role { get; }

    /// <summary>The post's identifier: "279/danvan-commission#head".</summary>
    public string PostId => Organization + "#" + Post.Slug(Role);

    /// <summary>The first day; null when unknown.</summary>
    public LocalDate? Start { get; }

    /// <summary>The last day (inclusive); null while it lasts.</summary>
    public LocalDate? End { get; }

    /// <summary>"kiêm": held alongside the person's main post.</summary>
    public bool IsConcurrent { get; }

    /// <summary>"quyền": acting.</summary>
    public bool IsActing { get; }

    /// <summary>The decision that made it.</summary>
    public DocumentNumber? LegalBasis { get; }

    /// <summary>Anything else worth knowing.</summary>
    public string? Note { get; }

    /// <summary>True when the appointment runs on <paramref name="date"/> (an unknown start counts as "before").</summary>
    public bool IsActiveOn(LocalDate date) => (Start is not { } start || date >= start) && (End is not { } end || date <= end);

    /// <summary>True when the two periods share a day.</summary>
    public bool Overlaps(Appointment other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (Start is not { } start || other.End is not { } otherEnd || start <= otherEnd) &&
               (other.Start is not { } otherStart || End is not { } end || otherStart <= end);
    }

    /// <summary>The title as printed for this appointment: "Quyền Chủ tịch UBND huyện Lập Thạch", "kiêm Chủ tịch …".</summary>
    /// <exception cref="ArgumentNullException"><paramref name="post"/> is null.</exception>
    public string Describe(Post post)
    {
        ArgumentNullException.ThrowIfNull(post);
        var label = IsActing ? "Quyền " + post.Label : post.Label;
        return IsConcurrent ? "kiêm " + label : label;
    }

    /// <inheritdoc />
    public bool Equals(Appointment? other) =>
        other is not null && Person == other.Person && Organization == other.Organization && Role == other.Role && Start == other.Start &&
        End == other.End && IsConcurrent == other.IsConcurrent && IsActing == other.IsActing && LegalBasis == other.LegalBasis && Note == other.Note;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Appointment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Person, Organization, Role, Start, End);

    /// <summary>"Nguyễn Văn Hiền: 279/danvan-commission#head 2015-10-01–…".</summary>
    public override string ToString() =>
        $"{Person}: {PostId} {Start?.ToString("yyyy-MM-dd", null) ?? "…"}–{End?.ToString("yyyy-MM-dd", null) ?? "…"}{(IsConcurrent ? " (kiêm)" : string.Empty)}{(IsActing ? " (quyền)" : string.Empty)}";
}
