using DanVan.Domain.Administration;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// The central bodies every registry holds: BCH TW, BCT, BBT, the Ban Dân vận and Ban Tuyên giáo Trung ương and their
/// merged successor, Quốc hội and UBTVQH, Chính phủ, the Ủy ban Trung ương MTTQ and the five central socio-political bodies.
/// </summary>
internal static class CentralBodies
{
    private static readonly OrganizationId CentralCommittee = OrganizationId.Central(OrganizationKind.CentralCommittee);
    private static readonly OrganizationId NationalAssembly = OrganizationId.Central(OrganizationKind.NationalAssembly);
    private static readonly OrganizationId Front = OrganizationId.Central(OrganizationKind.FatherlandFrontCommittee);
    private static readonly OrganizationId MergedCommission = OrganizationId.Central(OrganizationKind.PropagandaAndDanVanCommission);

    public static IReadOnlyList<Organization> All { get; } = Create();

    private static Organization[] Create()
    {
        var merger = Restructuring2025.CentralCommissionMerger;
        var mergedInto = new OrganizationEvent(
            OrganizationEventKind.MergedInto, merger, [new OrganizationSuccessor(MergedCommission, Coverage.Whole)], [Restructuring2025.CentralMergerDecision],
            note: "Merger of the Ban Tuyên giáo Trung ương and the Ban Dân vận Trung ương, announced 2025-02-03.");
        var underFront = new OrganizationEvent(
            OrganizationEventKind.Resubordinated, Restructuring2025.TwoLevelGovernment, legalBasis: [Restructuring2025.ConstitutionAmendment, Restructuring2025.FrontLawAmendment],
            superior: Front, note: "The socio-political organizations come under the Vietnam Fatherland Front.");

        return
        [
            Fixed(OrganizationKind.CentralCommittee, null),
            Fixed(OrganizationKind.Politburo, CentralCommittee),
            Fixed(OrganizationKind.Secretariat, CentralCommittee),
            Fixed(OrganizationKind.DanVanCommission, CentralCommittee, validUntil: merger.PlusDays(-1), events: [mergedInto]),
            Fixed(OrganizationKind.PropagandaCommission, CentralCommittee, validUntil: merger.PlusDays(-1), events: [mergedInto]),
            Fixed(OrganizationKind.PropagandaAndDanVanCommission, CentralCommittee, validFrom: merger, events:
            [
                new OrganizationEvent(OrganizationEventKind.Established, merger, legalBasis: [Restructuring2025.CentralMergerDecision],
                    note: "Merged from the Ban Tuyên giáo Trung ương and the Ban Dân vận Trung ương."),
            ]),
            Fixed(OrganizationKind.NationalAssembly, null),
            Fixed(OrganizationKind.NationalAssemblyStandingCommittee, NationalAssembly),
            Fixed(OrganizationKind.Government, null),
            Fixed(OrganizationKind.FatherlandFrontCommittee, null),
            SocioPolitical(OrganizationKind.LaborFederation, underFront),
            SocioPolitical(OrganizationKind.FarmersUnion, underFront),
            SocioPolitical(OrganizationKind.YouthUnion, underFront),
            SocioPolitical(OrganizationKind.WomensUnion, underFront),
            SocioPolitical(OrganizationKind.VeteransAssociation, underFront),
        ];
    }

    private static Organization SocioPolitical(OrganizationKind kind, OrganizationEvent underFront)
    {
        var name = OrganizationNames.Compose(kind);
        return new Organization(
            OrganizationId.Central(kind), name.Name, name.ShortName, name.EnglishName,
            supervisorId: Front, supervisedFrom: Restructuring2025.TwoLevelGovernment, events: [underFront]);
    }

    private static Organization Fixed(
        OrganizationKind kind, OrganizationId? parent, LocalDate? validFrom = null, LocalDate? validUntil = null, OrganizationEvent[]? events = null)
    {
        var name = OrganizationNames.Compose(kind);
        return new Organization(OrganizationId.Central(kind), name.Name, name.ShortName, name.EnglishName, parent, validFrom: validFrom, validUntil: validUntil, events: events);
    }
}
