using DanVan.Domain.Administration;
using NodaTime;

namespace DanVan.Domain.Organizations;

public sealed partial class OrganizationRegistry
{
    private static readonly OrganizationKind[][] StandingKindsByLevel = IndexStandingKinds();

    /// <summary>The kinds of which every unit of <paramref name="level"/> has one body (on some date).</summary>
    internal static OrganizationKind[] StandingKinds(OrganizationLevel level) => StandingKindsByLevel[(int)level];

    internal static OrganizationLevel LevelOf(AdministrativeUnit unit) => unit.Level switch
    {
        AdministrativeLevel.Province => OrganizationLevel.Province,
        AdministrativeLevel.District => OrganizationLevel.District,
        _ => OrganizationLevel.Commune,
    };

    /// <summary>
    /// The standing body of <paramref name="kind"/> serving this unit version, composed from the kind's table and the
    /// catalog; null when the kind has no standing body at the unit's level or their periods do not meet.
    /// </summary>
    internal Organization? Materialise(AdministrativeUnit unit, OrganizationKind kind)
    {
        var presence = OrganizationKinds.Get(kind).PresenceAt(LevelOf(unit));
        if (presence is not { IsStanding: true })
        {
            return null;
        }

        var from = Later(unit.ValidFrom, presence.From);
        var until = Earlier(unit.ValidUntil, presence.Until);
        if (from is { } start && until is { } end && end < start)
        {
            return null;
        }

        var id = OrganizationId.For(kind, unit);
        var name = OrganizationNames.Compose(kind, unit);
        var firstDay = from ?? until ?? Catalog.NewestState;
        var parent = ParentIdAt(kind, unit, firstDay);
        OrganizationId? supervisor = null;
        LocalDate? supervisedFrom = null;
        var reform = Restructuring2025.TwoLevelGovernment;
        if (OrganizationKinds.Get(kind).Category == OrganizationCategory.SocioPolitical && (until is not { } last || last >= reform))
        {
            supervisor = OrganizationId.For(OrganizationKind.FatherlandFrontCommittee, unit);
            supervisedFrom = from is { } first && first >= reform ? null : reform;
        }

        return new Organization(
            id, name.Name, name.ShortName, name.EnglishName, parent, supervisor, supervisedFrom, from, until,
            events: EventsOf(unit, kind, presence, until, supervisor, supervisedFrom));
    }

    /// <summary>The superior of a standing body of <paramref name="kind"/> serving <paramref name="unit"/>, on <paramref name="date"/>.</summary>
    internal OrganizationId? ParentIdAt(OrganizationKind kind, AdministrativeUnit unit, LocalDate date)
    {
        var info = OrganizationKinds.Get(kind);
        if (info.Style == NameStyle.UnderCommittee || kind == OrganizationKind.DanVanBloc)
        {
            return OrganizationId.For(OrganizationKind.PartyCommittee, unit);
        }

        if (unit.Level == AdministrativeLevel.Province)
        {
            return kind switch
            {
                OrganizationKind.PartyCommittee => OrganizationId.Central(OrganizationKind.CentralCommittee),
                OrganizationKind.PeoplesCommittee => OrganizationId.Central(OrganizationKind.Government),
                OrganizationKind.PeoplesCouncil => null,
                _ => info.CentralName is null ? null : OrganizationId.Central(kind),
            };
        }

        return Catalog.Parent(unit, date) is { } parentUnit ? OrganizationId.For(kind, parentUnit) : null;
    }

    private List<OrganizationEvent>? EventsOf(
        AdministrativeUnit unit, OrganizationKind kind, KindPresence presence, LocalDate? until, OrganizationId? supervisor, LocalDate? supervisedFrom)
    {
        List<OrganizationEvent>? events = null;
        if (supervisor is { } front && supervisedFrom is { } day)
        {
            (events ??= []).Add(new OrganizationEvent(
                OrganizationEventKind.Resubordinated, day, legalBasis: [Restructuring2025.ConstitutionAmendment, Restructuring2025.FrontLawAmendment],
                superior: front, note: "The socio-political organizations come under the Fatherland Front committee of their level."));
        }

        if (until is not { } last)
        {
            return events;
        }

        var next = last.PlusDays(1);
        if (presence.Until == last && unit.ValidUntil != last)
        {
            // The kind ended at this level while the unit went on: the kind's successor in the same unit takes over.
            (events ??= []).Add(presence.Successor is { } successor
                ? new OrganizationEvent(OrganizationEventKind.MergedInto, next, [new OrganizationSuccessor(OrganizationId.For(successor, unit), Coverage.Whole)], presence.LegalBasis, note: presence.Note)
                : new OrganizationEvent(OrganizationEventKind.Dissolved, next, legalBasis: presence.LegalBasis, note: presence.Note));
            return events;
        }

        foreach (var change in Catalog.ChangesByUnit(unit.Code))
        {
            if (change.Kind == AdministrativeChangeKind.Established || change.Effective != next)
            {
                continue;
            }

            var successors = new List<OrganizationSuccessor>(change.Successors.Count);
            foreach (var link in change.Successors)
            {
                // A body continues in a unit of its own level, or in one that takes over all of its unit (an island
                // district's đặc khu); a district's communes each take a part of its area, not its committee.
                if (Catalog.Find(link.Code, next) is { } successorUnit &&
                    (successorUnit.Level == unit.Level || link.Coverage == Coverage.Whole) &&
                    OrganizationKinds.Get(kind).PresenceAt(LevelOf(successorUnit)) is { IsStanding: true } successorPresence &&
                    successorPresence.Covers(next))
                {
                    successors.Add(new OrganizationSuccessor(OrganizationId.For(kind, successorUnit), link.Coverage, link.Note));
                }
            }

            (events ??= []).Add(new OrganizationEvent(EventKind(change.Kind, successors.Count), next, successors, change.LegalBasis, note: change.Note));
        }

        return events;
    }

    // One event kind per change; when a change is several things at once, the one that matters most to the body wins.
    private static OrganizationEventKind EventKind(AdministrativeChangeKind kind, int successors) =>
        successors == 0 ? OrganizationEventKind.Dissolved
        : kind.HasFlag(AdministrativeChangeKind.Split) ? OrganizationEventKind.Split
        : kind.HasFlag(AdministrativeChangeKind.MergedInto) ? OrganizationEventKind.MergedInto
        : kind.HasFlag(AdministrativeChangeKind.Renamed) || kind.HasFlag(AdministrativeChangeKind.Reclassified) ||
              kind.HasFlag(AdministrativeChangeKind.Recoded) || kind.HasFlag(AdministrativeChangeKind.Dissolved)
            ? OrganizationEventKind.Renamed
        : OrganizationEventKind.Resubordinated;

    private static LocalDate? Later(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : LocalDate.Max(a.Value, b.Value);

    private static LocalDate? Earlier(LocalDate? a, LocalDate? b) => a is null ? b : b is null ? a : LocalDate.Min(a.Value, b.Value);

    private static OrganizationKind[][] IndexStandingKinds()
    {
        var index = new OrganizationKind[(int)OrganizationLevel.Grassroots + 1][];
        foreach (var level in Enum.GetValues<OrganizationLevel>())
        {
            index[(int)level] = [.. OrganizationKinds.All.Where(info => info.PresenceAt(level) is { IsStanding: true }).Select(info => info.Kind)];
        }

        index[0] = [];
        return index;
    }
}
