using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Organizations;

// Appointments: each on its own (DV3201–DV3205), then against each other (DV3206, DV3207).
public static partial class OrganizationValidator
{
    private static void AppointmentIssuesOf(Appointment appointment, OrganizationRegistry registry, string path, List<ValidationIssue> issues)
    {
        var person = Arg("person", Shown(appointment.Person.ToString()));
        var period = DateSpan.Of(appointment.Start, appointment.End);
        if (period.IsReversed)
        {
            issues.Add(AppointmentIssues.PeriodReversed.Create(
                IssuePath.Combine(path, "end"), Iso(period.Until), person, Arg("start", Iso(period.From)!), Arg("end", Iso(period.Until)!)));
        }

        var id = appointment.Organization;
        if (registry.Find(id) is not { } body)
        {
            issues.Add(AppointmentIssues.BodyNotFound.Create(
                IssuePath.Combine(path, "organization"), id.ToString(), [person, Arg("organization", id.ToString()), .. Pair("hint", UnitVersionHint(registry, id))]));
            return;
        }

        var info = OrganizationKinds.Get(body.Kind);
        if (Post.TitleOf(body.Kind, appointment.Role) is null)
        {
            var posts = Enum.GetValues<PostRole>().Select(role => Post.TitleOf(body.Kind, role)).OfType<string>().ToArray();
            issues.Add(AppointmentIssues.NoSuchPost.Create(
                IssuePath.Combine(path, "role"), RoleJsonName(appointment.Role),
                [person, .. KindArgs(info), .. Pair("role", RoleName(appointment.Role)), Arg("posts", posts.Length == 0 ? "—" : string.Join(", ", posts))]));
        }

        if (period.IsReversed)
        {
            return;
        }

        var life = LifeOf(body, registry.UnitVersion(body.Id));
        var property = period.From is { } start && !life.Covers(start) ? "start"
            : period.Until is { } end && !life.Covers(end) ? "end"
            : null;
        var post = Arg("post", PostLabel(registry, appointment));
        var organization = Arg("organization", $"{Shown(body.Name)} ({id})");
        if (property is not null)
        {
            issues.Add(AppointmentIssues.OutsideBodyLife.Create(
                IssuePath.Combine(path, property), Iso(property == "start" ? period.From : period.Until),
                [person, post, organization, .. Pair("period", Life(period)), .. Pair("life", Period(life))]));
        }
        else if (period.Until is null && life.Until is { } until)
        {
            issues.Add(AppointmentIssues.NotClosed.Create(IssuePath.Combine(path, "end"), null, person, post, organization, Arg("until", Iso(until))));
        }
    }

    // Each appointment is compared with the earlier-starting ones that end last, so that a post with thousands of
    // appointments costs n log n, and an appointment overlapping several others is reported once.
    private static void OverlapIssues(OrganizationRegistry registry, List<ValidationIssue> issues)
    {
        var appointments = registry.Appointments;
        var byPost = new Dictionary<(OrganizationId, PostRole), List<int>>();
        for (var i = 0; i < appointments.Count; i++)
        {
            var appointment = appointments[i];
            if (DateSpan.Of(appointment.Start, appointment.End).IsReversed)
            {
                continue;
            }

            var key = (appointment.Organization, appointment.Role);
            if (!byPost.TryGetValue(key, out var list))
            {
                byPost[key] = list = [];
            }

            list.Add(i);
        }

        foreach (var ((_, role), indexes) in byPost)
        {
            if (indexes.Count < 2)
            {
                continue;
            }

            var sorted = indexes.Select(i => (Index: i, Span: DateSpan.Of(appointments[i].Start, appointments[i].End)))
                .OrderBy(entry => entry.Span.From ?? LocalDate.MinIsoValue).ThenBy(entry => entry.Index).ToList();
            var post = PostLabel(registry, appointments[indexes[0]]);
            if (Post.IsSingleHolderRole(role))
            {
                SingleHolderOverlaps(appointments, sorted, post, issues);
            }

            foreach (var samePerson in sorted.GroupBy(entry => appointments[entry.Index].Person))
            {
                DuplicateOverlaps(appointments, [.. samePerson], post, issues);
            }
        }
    }

    private static void SingleHolderOverlaps(IReadOnlyList<Appointment> appointments, List<(int Index, DateSpan Span)> sorted, string post, List<ValidationIssue> issues)
    {
        // latest: the earlier appointment that ends last; runnerUp: the one that ends last among those of another person
        // than latest's. Whoever the current holder is, one of the two is the earlier appointment of someone else that ends last.
        (int Index, DateSpan Span)? latest = null;
        (int Index, DateSpan Span)? runnerUp = null;
        foreach (var current in sorted)
        {
            var person = appointments[current.Index].Person;
            var other = latest is { } l && appointments[l.Index].Person != person ? latest : runnerUp;
            if (other is { } o && o.Span.Overlaps(current.Span))
            {
                issues.Add(OverlapIssue(AppointmentIssues.OverlappingHolders, appointments, current, o, post));
            }

            if (latest is not { } top)
            {
                latest = current;
            }
            else if (EndOf(current.Span) > EndOf(top.Span))
            {
                if (appointments[top.Index].Person != person)
                {
                    runnerUp = top;
                }

                latest = current;
            }
            else if (appointments[top.Index].Person != person && (runnerUp is not { } second || EndOf(current.Span) > EndOf(second.Span)))
            {
                runnerUp = current;
            }
        }
    }

    private static void DuplicateOverlaps(IReadOnlyList<Appointment> appointments, List<(int Index, DateSpan Span)> sorted, string post, List<ValidationIssue> issues)
    {
        (int Index, DateSpan Span)? latest = null;
        foreach (var current in sorted)
        {
            if (latest is { } top && top.Span.Overlaps(current.Span))
            {
                issues.Add(OverlapIssue(AppointmentIssues.DuplicateAppointment, appointments, current, top, post));
            }

            if (latest is not { } previous || EndOf(current.Span) > EndOf(previous.Span))
            {
                latest = current;
            }
        }
    }

    private static ValidationIssue OverlapIssue(
        IssueDescriptor descriptor, IReadOnlyList<Appointment> appointments, (int Index, DateSpan Span) current, (int Index, DateSpan Span) other, string post)
    {
        var path = IssuePath.Index("appointments", current.Index);
        var otherPath = IssuePath.Index("appointments", other.Index);
        return descriptor.Create(
            path, Shown(appointments[current.Index].Person.ToString()),
            [Arg("post", post), Arg("person", Shown(appointments[current.Index].Person.ToString())), .. Pair("period", Life(current.Span)),
             Arg("other", Shown(appointments[other.Index].Person.ToString())), .. Pair("otherPeriod", Life(other.Span)), Arg("otherPath", otherPath),
             .. Pair("shared", Period(current.Span.Intersect(other.Span)))]);
    }

    private static LocalDate EndOf(DateSpan span) => span.Until ?? LocalDate.MaxIsoValue;

    /// <summary>"Trưởng Ban Dân vận Huyện ủy Thường Tín"; the post's identifier when the body or the post is unknown.</summary>
    private static string PostLabel(OrganizationRegistry registry, Appointment appointment) =>
        registry.Find(appointment.Organization) is { } body && Post.TitleOf(body.Kind, appointment.Role) is { } title
            ? Shown(title + " " + body.Name)
            : appointment.PostId;
}
