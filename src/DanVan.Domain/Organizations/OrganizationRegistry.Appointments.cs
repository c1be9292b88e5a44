using NodaTime;

namespace DanVan.Domain.Organizations;

public sealed partial class OrganizationRegistry
{
    /// <summary>The posts of <paramref name="organization"/>: one per role its kind has (head, standing deputy, deputy, member).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> is null.</exception>
    public static IReadOnlyList<Post> PostsOf(Organization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return [.. Enum.GetValues<PostRole>().Where(role => Post.TitleOf(organization.Kind, role) is not null).Select(role => new Post(organization, role))];
    }

    /// <summary>The appointments to the post of <paramref name="role"/> in <paramref name="organization"/> that run on <paramref name="date"/>: who held it then.</summary>
    public IReadOnlyList<Appointment> HoldersOf(OrganizationId organization, PostRole role, LocalDate date) =>
        _appointmentsByOrganization.TryGetValue(organization, out var appointments)
            ? Array.AsReadOnly(Array.FindAll(appointments, a => a.Role == role && a.IsActiveOn(date)))
            : [];

    /// <summary>Every appointment to a post in <paramref name="organization"/>, in the order added.</summary>
    public IReadOnlyList<Appointment> AppointmentsIn(OrganizationId organization) =>
        _appointmentsByOrganization.TryGetValue(organization, out var appointments) ? Array.AsReadOnly(appointments) : [];

    /// <summary>The appointments of <paramref name="person"/>, those running on <paramref name="date"/> when one is given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public IReadOnlyList<Appointment> AppointmentsOf(Person person, LocalDate? date = null)
    {
        ArgumentNullException.ThrowIfNull(person);
        return [.. Appointments.Where(a => a.Person == person && (date is not { } day || a.IsActiveOn(day)))];
    }

    /// <summary>
    /// How <paramref name="person"/> is introduced on <paramref name="date"/>: the titles of the posts held then, main posts
    /// first, then "kiêm" the concurrent ones: "Trưởng Ban Dân vận Huyện ủy Lập Thạch kiêm Chủ tịch Ủy ban Mặt trận Tổ quốc
    /// Việt Nam huyện Lập Thạch". Null when the person held no post then.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="person"/> is null.</exception>
    public string? TitlesOf(Person person, LocalDate date)
    {
        var parts = new List<string>();
        foreach (var appointment in AppointmentsOf(person, date).OrderBy(a => a.IsConcurrent))
        {
            if (Find(appointment.Organization) is { } body && Post.TitleOf(body.Kind, appointment.Role) is not null)
            {
                var text = appointment.Describe(new Post(body, appointment.Role));
                parts.Add(parts.Count > 0 && !appointment.IsConcurrent ? ", " + text : text);
            }
        }

        return parts.Count == 0 ? null : string.Join(" ", parts).Replace(" , ", ", ", StringComparison.Ordinal);
    }
}
