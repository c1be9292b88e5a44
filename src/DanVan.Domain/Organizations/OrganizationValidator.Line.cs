using DanVan.Domain.Administration;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Organizations;

// The body among others: its parent line, its supervisor and the bodies its events name (DV3106–DV3114, DV3117).
public static partial class OrganizationValidator
{
    // Far more than any real line (grassroots, commune, district, province, centre) or any run of restructurings.
    private const int MaximumChain = 64;

    private static void ParentIssues(Body body, OrganizationKindInfo info)
    {
        if (body.Organization.ParentId is not { } parentId)
        {
            if (info.Category == OrganizationCategory.AdHoc)
            {
                body.Add(OrganizationIssues.ParentRequired, "parentId", null, KindArgs(info));
            }

            return;
        }

        if (Resolve(body, "parentId", ("parent", "tổ chức cấp trên"), parentId) is not { } parent)
        {
            return;
        }

        OtherLineIssue(body, info, parent);
        LoopIssue(body, parentId);
        var parentLevel = LevelOf(parent.Id);
        var below = parentLevel > body.Level;
        if (below)
        {
            body.Add(
                OrganizationIssues.ParentBelow, "parentId", parent.Id.ToString(),
                [Arg("parent", parent.Id.ToString()), Arg("parentName", Shown(parent.Name)), .. Pair("parentLevel", LevelName(parentLevel)), .. Pair("level", LevelName(body.Level))]);
        }

        var parentLife = LifeOf(parent, body.Registry.UnitVersion(parent.Id));
        var dateReported = false;
        var lineReported = below;
        foreach (var (day, isFirst) in body.CheckDays())
        {
            // A day on which the body's own unit does not exist is already an issue of the body's dates.
            if (!body.UnitCovers(day))
            {
                continue;
            }

            if (OnDay(body.Registry, parent, day, isFirst) is not { } parentThen)
            {
                if (!dateReported)
                {
                    NotOnDate(body, "parentId", ("parent", "tổ chức cấp trên"), parent, parentLife, day);
                    dateReported = true;
                }
            }
            else if (!lineReported)
            {
                lineReported = LineIssue(body, parentThen, LevelOf(parentThen.Id), day);
            }
        }
    }

    // Same level or the next one up along the administrative line on that day: the line of a commune body runs commune,
    // district, province, centre before 2025-07-01 and commune, province, centre after.
    private static bool LineIssue(Body body, Organization parent, OrganizationLevel parentLevel, LocalDate day)
    {
        if (Line(body, day) is not { } line)
        {
            return false;
        }

        var index = line.FindIndex(step => step.Level == parentLevel && step.Code == parent.Unit);
        if (index is 0 or 1)
        {
            return false;
        }

        var parentArgs = new[] { Arg("parent", parent.Id.ToString()), Arg("parentName", Shown(parent.Name)), Arg("date", Iso(day)) };
        if (index > 1)
        {
            body.Add(
                OrganizationIssues.ParentSkipsLevel, "parentId", parent.Id.ToString(),
                [.. parentArgs, .. Pair("parentLevel", LevelName(parentLevel)), .. Pair("level", LevelName(body.Level)), .. Pair("expected", StepName(line[1]))]);
            return true;
        }

        var upper = line.Find(step => step.Code != body.Id.Unit);
        body.Add(
            OrganizationIssues.ParentOutsideLine, "parentId", parent.Id.ToString(),
            [.. parentArgs, Arg("parentUnit", UnitName(body.Registry, parent.Id)), Arg("unit", UnitName(body.Registry, body.Id)),
             Arg("upper", upper.Name ?? "the centre"), Arg("upperVi", upper.Name ?? "trung ương")]);
        return true;
    }

    /// <summary>The levels from the body's own up to the centre on <paramref name="day"/>; null when the catalog cannot say.</summary>
    private static List<Step>? Line(Body body, LocalDate day)
    {
        if (body.Id.IsCentral)
        {
            return [new Step(OrganizationLevel.Central, null, null)];
        }

        if (body.Unit is not { } unit)
        {
            return null;
        }

        var line = new List<Step>(5);
        if (body.Level == OrganizationLevel.Grassroots)
        {
            line.Add(new Step(OrganizationLevel.Grassroots, unit.Code, unit.FullName));
        }

        line.Add(new Step(LevelOf(unit), unit.Code, unit.FullName));
        var top = unit;
        foreach (var ancestor in body.Registry.Catalog.Ancestors(unit, day))
        {
            line.Add(new Step(LevelOf(ancestor), ancestor.Code, ancestor.FullName));
            top = ancestor;
        }

        // A chain that stops short of a province is the catalog's own issue (DV2103); guessing here would mislead.
        if (top.Level != AdministrativeLevel.Province)
        {
            return null;
        }

        line.Add(new Step(OrganizationLevel.Central, null, null));
        return line;
    }

    private static void OtherLineIssue(Body body, OrganizationKindInfo info, Organization parent)
    {
        var parentInfo = OrganizationKinds.Get(parent.Kind);
        (string English, string Vietnamese)? line = info.Category switch
        {
            OrganizationCategory.Party when parentInfo.Category != OrganizationCategory.Party => ("Party bodies", "các tổ chức Đảng"),
            OrganizationCategory.State when parentInfo.Category != OrganizationCategory.State => ("State bodies", "các cơ quan nhà nước"),
            OrganizationCategory.Front when parentInfo.Category != OrganizationCategory.Front => ("the Fatherland Front", "Mặt trận Tổ quốc"),
            OrganizationCategory.SocioPolitical when parent.Kind != info.Kind => ($"{info.EnglishName} bodies", $"hệ thống {info.VietnameseName}"),
            _ => null,
        };
        if (line is { } text)
        {
            body.Add(
                OrganizationIssues.ParentOnAnotherLine, "parentId", parent.Id.ToString(),
                [Arg("parent", parent.Id.ToString()), Arg("parentName", Shown(parent.Name)), .. Pair("parentKind", (parentInfo.EnglishName, parentInfo.VietnameseName)), .. Pair("line", text)]);
        }
    }

    // Reported on the bodies in the loop only: a body below a loop is not in it, and each member reports it once.
    private static void LoopIssue(Body body, OrganizationId parentId)
    {
        var chain = body.Loops is { } loops ? loops.GetValueOrDefault(body.Id) : LoopThrough(body.Registry, body.Organization);
        if (chain is not null)
        {
            body.Add(OrganizationIssues.ParentLoop, "parentId", parentId.ToString(), [Arg("chain", chain)]);
        }
    }

    /// <summary>The loop through <paramref name="start"/>'s parents back to it, written out; null when there is none.</summary>
    private static string? LoopThrough(OrganizationRegistry registry, Organization start)
    {
        // Only stored bodies can close a loop, and materialised lines are a few levels deep, so the walk is bounded.
        var limit = registry.Organizations.Count + MaximumChain;
        var chain = new List<OrganizationId> { start.Id };
        var seen = new HashSet<OrganizationId> { start.Id };
        for (var next = start.ParentId; next is { } id && chain.Count <= limit; next = registry.Find(id)?.ParentId)
        {
            if (id == start.Id)
            {
                return ChainText(chain);
            }

            if (!seen.Add(id))
            {
                return null;
            }

            chain.Add(id);
        }

        return null;
    }

    /// <summary>
    /// Every added body that is in a loop of parents, with the loop written from it, found in one pass over the registry
    /// (each body is walked once), so that a registry of many bodies costs no more than their number.
    /// </summary>
    private static Dictionary<OrganizationId, string> Loops(OrganizationRegistry registry)
    {
        var loops = new Dictionary<OrganizationId, string>();
        var done = new HashSet<OrganizationId>();
        foreach (var body in registry.Added)
        {
            var path = new List<OrganizationId>();
            var onPath = new Dictionary<OrganizationId, int>();
            for (OrganizationId? next = body.Id; next is { } id; next = (id == body.Id ? body : registry.Find(id))?.ParentId)
            {
                if (onPath.TryGetValue(id, out var at))
                {
                    var cycle = path[at..];
                    for (var k = 0; k < cycle.Count; k++)
                    {
                        loops[cycle[k]] = ChainText([.. cycle[k..], .. cycle[..k]]);
                    }

                    break;
                }

                if (done.Contains(id))
                {
                    break;
                }

                onPath[id] = path.Count;
                path.Add(id);
            }

            done.UnionWith(path);
        }

        return loops;
    }

    // "a → b → a"; a long loop is cut in the middle so that the message stays readable.
    private static string ChainText(List<OrganizationId> cycle)
    {
        const int Shown = 6;
        var ids = cycle.Count <= Shown ? cycle.Select(id => id.ToString()) : [.. cycle.Take(Shown - 1).Select(id => id.ToString()), "…"];
        return string.Join(" → ", ids.Append(cycle[0].ToString()));
    }

    private static void SupervisorIssues(Body body, OrganizationKindInfo info)
    {
        var organization = body.Organization;
        var reform = Restructuring2025.TwoLevelGovernment;
        if (organization.SupervisorId is not { } supervisorId)
        {
            if (info.Category == OrganizationCategory.SocioPolitical && (body.Life.Until is not { } until || until >= reform) && info.ExistsAt(body.Level))
            {
                body.Add(OrganizationIssues.SupervisorExpected, "supervisorId", null, [Arg("date", Iso(reform))]);
            }

            return;
        }

        if (Resolve(body, "supervisorId", ("supervisor", "cơ quan chỉ đạo"), supervisorId) is not { } supervisor)
        {
            return;
        }

        foreach (var (day, isFirst) in body.CheckDays(DateSpan.ToIso(organization.SupervisedFrom)))
        {
            if (body.UnitCovers(day) && OnDay(body.Registry, supervisor, day, isFirst) is null)
            {
                NotOnDate(body, "supervisorId", ("supervisor", "cơ quan chỉ đạo"), supervisor, LifeOf(supervisor, body.Registry.UnitVersion(supervisor.Id)), day);
                return;
            }
        }
    }

    private static void EventIssues(Body body)
    {
        var events = body.Organization.Events;
        for (var i = 0; i < events.Count; i++)
        {
            var change = events[i];
            var path = IssuePath.Index("events", i);
            var date = DateSpan.ToIso(change.Date)!.Value;
            for (var j = 0; j < change.Successors.Count; j++)
            {
                Reference(body, IssuePath.Index(path + ".successors", j), ("successor", "tổ chức kế thừa"), change.Successors[j].Id, date);
            }

            if (change.Superior is { } superior)
            {
                Reference(body, path + ".superior", ("new superior", "cấp trên mới"), superior, date);
            }

            EventDateIssue(body, change, date, path + ".date");
        }
    }

    private static void EventDateIssue(Body body, OrganizationEvent change, LocalDate date, string path)
    {
        var life = body.Life;

        // A re-subordination that names successors ends this identifier: the body carries on as a new unit version's body
        // under its new superior (a commune that kept its code but moved from its district to its province on 2025-07-01).
        var ends = change.Kind is OrganizationEventKind.Dissolved or OrganizationEventKind.MergedInto or OrganizationEventKind.Split or OrganizationEventKind.Renamed ||
                   (change.Kind == OrganizationEventKind.Resubordinated && change.Successors.Count > 0);
        (string English, string Vietnamese)? reason = change.Kind switch
        {
            _ when ends && life.Until is null =>
                ("it ends the body, which has no end date", "sự kiện này chấm dứt tổ chức, nhưng tổ chức không có ngày kết thúc"),
            _ when ends && life.Until is { } until && until < LocalDate.MaxIsoValue && date != until.PlusDays(1) =>
                ($"an event that ends the body takes effect on the day after its last day, {Iso(until.PlusDays(1))}",
                 $"sự kiện chấm dứt tổ chức có hiệu lực từ ngày sau ngày hoạt động cuối cùng, tức ngày {Iso(until.PlusDays(1))}"),
            OrganizationEventKind.Established when life.From is { } from && date != from =>
                ($"a body is set up on its first day, {Iso(from)}", $"tổ chức được thành lập vào ngày hoạt động đầu tiên, ngày {Iso(from)}"),
            OrganizationEventKind.Resubordinated when !ends && !life.Covers(date) =>
                ("a re-subordination falls within the body's life", "việc chuyển trực thuộc phải diễn ra trong thời gian tổ chức hoạt động"),
            _ => null,
        };
        if (reason is { } text)
        {
            body.Add(
                OrganizationIssues.EventDateMismatch, path, Iso(date),
                [.. Pair("event", EventName(change.Kind)), Arg("date", Iso(date)), .. Pair("life", Life(life)), .. Pair("reason", text)]);
        }
    }

    private static void Reference(Body body, string property, (string English, string Vietnamese) role, OrganizationId id, LocalDate date)
    {
        if (Resolve(body, property, role, id) is { } found && LifeOf(found, body.Registry.UnitVersion(found.Id)) is var life && !life.Covers(date))
        {
            NotOnDate(body, property, role, found, life, date);
        }
    }

    /// <summary>
    /// The body that stands for <paramref name="superior"/> on <paramref name="day"/>: itself while it exists, then (unless
    /// <paramref name="itselfOnly"/>: on the body's first day the superior it names must exist) its successors, as when a
    /// province's Party committee carries on as the committee of the province's next version and the bodies under it
    /// follow. Null when nothing carries it on to that day.
    /// </summary>
    private static Organization? OnDay(OrganizationRegistry registry, Organization superior, LocalDate day, bool itselfOnly)
    {
        var current = superior;
        for (var depth = 0; depth < MaximumChain; depth++)
        {
            var life = LifeOf(current, registry.UnitVersion(current.Id));
            if (life.Covers(day))
            {
                return current;
            }

            if (itselfOnly || life.Until is not { } until || day <= until)
            {
                return null;
            }

            Organization? next = null;
            foreach (var successor in current.Successors)
            {
                if (registry.Find(successor.Id) is { } found)
                {
                    next ??= found;
                    if (LifeOf(found, registry.UnitVersion(found.Id)).Covers(day))
                    {
                        return found;
                    }
                }
            }

            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return null;
    }

    /// <summary>The body <paramref name="id"/> names, or null after reporting DV3107.</summary>
    private static Organization? Resolve(Body body, string property, (string English, string Vietnamese) role, OrganizationId id)
    {
        if (body.Registry.Find(id) is { } found)
        {
            return found;
        }

        body.Add(
            OrganizationIssues.ReferenceNotFound, property, id.ToString(),
            [.. Pair("role", role), Arg("reference", id.ToString()), .. Pair("hint", UnitVersionHint(body.Registry, id))]);
        return null;
    }

    private static void NotOnDate(Body body, string property, (string English, string Vietnamese) role, Organization reference, DateSpan life, LocalDate day) =>
        body.Add(
            OrganizationIssues.ReferenceNotOnDate, property, reference.Id.ToString(),
            [.. Pair("role", role), Arg("reference", reference.Id.ToString()), Arg("referenceName", Shown(reference.Name)), Arg("date", Iso(day)), .. Pair("period", Period(life))]);

    /// <summary>One level of the administrative line: its level, the unit's code and name (none for the centre).</summary>
    private readonly record struct Step(OrganizationLevel Level, UnitCode? Code, string? Name);
}
