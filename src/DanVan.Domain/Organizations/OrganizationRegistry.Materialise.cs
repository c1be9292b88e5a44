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

    /// <summary>The standing body of <paramref name="kind"/> serving this unit version (see <see cref="Materialise(UnitContext, OrganizationKind)"/>).</summary>
    internal Organization? Materialise(AdministrativeUnit unit, OrganizationKind kind) => Materialise(new UnitContext(Catalog, unit), kind);

    /// <summary>
    /// The standing body of <paramref name="kind"/> serving the context's unit version, composed from the kind's table and
    /// the catalog; null when the kind has no standing body at the unit's level or their periods do not meet.
    /// </summary>
    internal Organization? Materialise(UnitContext context, OrganizationKind kind)
    {
        var info = OrganizationKinds.Get(kind);
        var unit = context.Unit;
        var presence = info.PresenceAt(context.Level);
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

        var parent = ParentIdAt(info, context, from ?? until ?? Catalog.NewestState);
        OrganizationId? supervisor = null;
        LocalDate? supervisedFrom = null;
        var reform = Restructuring2025.TwoLevelGovernment;
        if (info.Category == OrganizationCategory.SocioPolitical && (until is not { } last || last >= reform))
        {
            supervisor = context.IdOf(OrganizationKind.FatherlandFrontCommittee);
            supervisedFrom = from is { } first && first >= reform ? null : reform;
        }

        return Organization.Trusted(
            context.IdOf(kind), OrganizationNames.Compose(info, context.Naming), parent, supervisor, supervisedFrom, from, until,
            EventsOf(context, info, presence, until, supervisor, supervisedFrom));
    }

    /// <summary>The superior of a standing body of <paramref name="kind"/> serving <paramref name="unit"/>, on <paramref name="date"/>.</summary>
    internal OrganizationId? ParentIdAt(OrganizationKind kind, AdministrativeUnit unit, LocalDate date) =>
        ParentIdAt(OrganizationKinds.Get(kind), new UnitContext(Catalog, unit), date);

    private static OrganizationId? ParentIdAt(OrganizationKindInfo info, UnitContext context, LocalDate date)
    {
        var kind = info.Kind;
        if (info.Style == NameStyle.UnderCommittee || kind == OrganizationKind.DanVanBloc)
        {
            return context.IdOf(OrganizationKind.PartyCommittee);
        }

        if (context.Level == OrganizationLevel.Province)
        {
            return kind switch
            {
                OrganizationKind.PartyCommittee => OrganizationId.Central(OrganizationKind.CentralCommittee),
                OrganizationKind.PeoplesCommittee => OrganizationId.Central(OrganizationKind.Government),
                OrganizationKind.PeoplesCouncil => null,
                _ => info.CentralName is null ? null : OrganizationId.Central(kind),
            };
        }

        return context.ParentOn(date) is { } parent ? OrganizationId.InScope(parent.Scope, parent.Unit, kind) : null;
    }

    private static List<OrganizationEvent>? EventsOf(
        UnitContext context, OrganizationKindInfo info, KindPresence presence, LocalDate? until, OrganizationId? supervisor, LocalDate? supervisedFrom)
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
        if (presence.Until == last && context.Unit.ValidUntil != last)
        {
            // The kind ended at this level while the unit went on: the kind's successor in the same unit takes over.
            (events ??= []).Add(presence.Successor is { } successor
                ? new OrganizationEvent(OrganizationEventKind.MergedInto, next, [new OrganizationSuccessor(context.IdOf(successor), Coverage.Whole)], presence.LegalBasis, note: presence.Note)
                : new OrganizationEvent(OrganizationEventKind.Dissolved, next, legalBasis: presence.LegalBasis, note: presence.Note));
            return events;
        }

        foreach (var ending in context.Endings)
        {
            var successors = new List<OrganizationSuccessor>(ending.Successors.Length);
            foreach (var candidate in ending.Successors)
            {
                if (info.PresenceAt(candidate.Level) is { IsStanding: true } continued && continued.Covers(next))
                {
                    successors.Add(new OrganizationSuccessor(OrganizationId.InScope(candidate.Scope, candidate.Unit, info.Kind), candidate.Link.Coverage, candidate.Link.Note));
                }
            }

            (events ??= []).Add(new OrganizationEvent(EventKind(ending.Change.Kind, successors.Count), next, successors, ending.Change.LegalBasis, note: ending.Change.Note));
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
