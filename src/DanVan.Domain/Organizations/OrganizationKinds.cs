using DanVan.Domain.Text;
using NodaTime;
using static DanVan.Domain.Organizations.OrganizationLevel;

namespace DanVan.Domain.Organizations;

/// <summary>
/// The closed table of <see cref="OrganizationKind"/>s: the whole of DOMAIN.md section 2, with the levels and periods
/// where each kind exists, its names, abbreviations and post titles.
/// </summary>
/// <remarks>
/// <para>Periods: the district level ends on 2025-06-30 with every district body; the central Ban Dân vận and Ban Tuyên
/// giáo end on 2025-02-02 and the Ban Tuyên giáo và Dân vận begins on 2025-02-03; the provincial ones merge on
/// <see cref="Restructuring2025.ProvincialCommissionMerger"/> (an approximate day: DOMAIN.md says February–March 2025).
/// The commune's khối dân vận is taken to end with the district level, and its Ban Xây dựng Đảng to begin on
/// 2025-07-01 (medium confidence, DOMAIN.md).</para>
/// <para>Standing kinds (<see cref="KindPresence.IsStanding"/>) exist in every unit of their level, so the
/// <see cref="OrganizationRegistry"/> materialises them; the others (chi bộ, grassroots boards, steering committees,
/// delegations) exist only where they were set up and are added explicitly.</para>
/// <para>Not modelled (see docs/organizations.md): the urban-government pilots in which some quận and phường had no
/// HĐND; other Party commissions (Ban Tổ chức, Ủy ban Kiểm tra); the Ban cán sự đảng.</para>
/// </remarks>
/// <example>
/// <code>
/// var info = OrganizationKinds.Get(OrganizationKind.DanVanCommission);
/// info.ExistsOn(OrganizationLevel.District, new LocalDate(2020, 3, 26));  // true
/// info.ExistsOn(OrganizationLevel.Central, new LocalDate(2025, 2, 3));    // false: merged that day
/// info.PresenceAt(OrganizationLevel.Central)!.Successor;                  // PropagandaAndDanVanCommission
/// </code>
/// </example>
public static class OrganizationKinds
{
    private const string Uncertain = "Medium confidence (DOMAIN.md section 2).";
    private const string ProvincialMerger =
        "The day is approximate: DOMAIN.md gives February–March 2025 and each province merged on its own day.";

    private static readonly LocalDate CentralEnd = Restructuring2025.CentralCommissionMerger.PlusDays(-1);
    private static readonly LocalDate ProvincialEnd = Restructuring2025.ProvincialCommissionMerger.PlusDays(-1);
    private static readonly LocalDate DistrictEnd = Restructuring2025.LastDistrictDay;
    private static readonly LocalDate Reform = Restructuring2025.TwoLevelGovernment;

    private static readonly (string?, string?, string?) Chair = ("Chủ tịch", "Phó Chủ tịch", "Ủy viên");
    private static readonly (string?, string?, string?) Board = ("Trưởng", "Phó Trưởng", "Thành viên");
    private static readonly (string?, string?, string?) Team = ("Tổ trưởng", "Tổ phó", "Thành viên");
    private static readonly (string?, string?, string?) Commission = ("Trưởng", "Phó Trưởng", "Ủy viên");
    private static readonly (string?, string?, string?) Secretary = ("Bí thư", "Phó Bí thư", "Ủy viên");

    private static readonly OrganizationKindInfo[] Table =
    [
        // Party
        new(OrganizationKind.CentralCommittee, OrganizationCategory.Party, "central-committee", "Ban Chấp hành Trung ương Đảng", "Central Committee",
            ["BCH TW", "BCHTW"], [Always(Central)], NameStyle.Fixed, string.Empty, null,
            ("Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "BCH TW", "Central Committee of the Communist Party of Vietnam"), ("Tổng Bí thư", null, "Ủy viên")),
        new(OrganizationKind.Politburo, OrganizationCategory.Party, "politburo", "Bộ Chính trị", "Politburo",
            ["BCT"], [Always(Central)], NameStyle.Fixed, string.Empty, null, ("Bộ Chính trị", "BCT", "Politburo"), (null, null, "Ủy viên")),
        new(OrganizationKind.Secretariat, OrganizationCategory.Party, "secretariat", "Ban Bí thư", "Secretariat",
            ["BBT"], [Always(Central)], NameStyle.Fixed, string.Empty, null, ("Ban Bí thư", "BBT", "Secretariat of the Central Committee"), (null, null, "Ủy viên")),
        new(OrganizationKind.PartyCommittee, OrganizationCategory.Party, "party-committee", "cấp ủy", "Party Committee",
            ["TU", "HU", "QU", "ĐU"], [Always(Province), District0(), Always(Commune)], NameStyle.Committee, "ủy", null, null, Secretary),
        new(OrganizationKind.PartyStandingCommittee, OrganizationCategory.Party, "party-standing-committee", "Ban Thường vụ", "Standing Committee",
            ["BTV"], [Always(Province), District0(), Always(Commune)], NameStyle.UnderCommittee, "Ban Thường vụ", "BTV", null, (null, null, "Ủy viên")),
        new(OrganizationKind.PartyStandingOffice, OrganizationCategory.Party, "party-standing-office", "Thường trực", "Standing Office",
            [], [Always(Province), District0(), Always(Commune)], NameStyle.UnderCommittee, "Thường trực", null, null, (null, null, null)),
        new(OrganizationKind.PartyCell, OrganizationCategory.Party, "party-cell", "chi bộ", "Party Cell",
            [], [Set(Grassroots)], NameStyle.OfUnit, "Chi bộ", null, null, Secretary),
        new(OrganizationKind.DanVanCommission, OrganizationCategory.Party, "danvan-commission", "Ban Dân vận", "Mass Mobilization Commission",
            ["BDV"],
            [
                new(Central, null, CentralEnd, false, successor: OrganizationKind.PropagandaAndDanVanCommission, legalBasis: Restructuring2025.CentralMergerDecision,
                    note: "Merged with the Ban Tuyên giáo Trung ương, announced 2025-02-03; 246-QĐ/TW sets the new commission's functions (number from DOMAIN.md, no copy found)."),
                new(Province, null, ProvincialEnd, true, isUncertain: true, successor: OrganizationKind.PropagandaAndDanVanCommission, note: ProvincialMerger),
                District0(),
            ],
            NameStyle.UnderCommittee, "Ban Dân vận", null, ("Ban Dân vận Trung ương", null, "Central Mass Mobilization Commission"), Commission),
        new(OrganizationKind.PropagandaCommission, OrganizationCategory.Party, "propaganda-commission", "Ban Tuyên giáo", "Propaganda and Education Commission",
            ["BTG"],
            [
                new(Central, null, CentralEnd, false, successor: OrganizationKind.PropagandaAndDanVanCommission, legalBasis: Restructuring2025.CentralMergerDecision,
                    note: "Merged with the Ban Dân vận Trung ương, announced 2025-02-03."),
                new(Province, null, ProvincialEnd, true, isUncertain: true, successor: OrganizationKind.PropagandaAndDanVanCommission, note: ProvincialMerger),
                District0(),
            ],
            NameStyle.UnderCommittee, "Ban Tuyên giáo", null, ("Ban Tuyên giáo Trung ương", null, "Central Propaganda and Education Commission"), Commission),
        new(OrganizationKind.PropagandaAndDanVanCommission, OrganizationCategory.Party, "propaganda-danvan-commission", "Ban Tuyên giáo và Dân vận", "Propaganda and Mass Mobilization Commission",
            ["TG&DV", "BTGDV"],
            [
                new(Central, Restructuring2025.CentralCommissionMerger, null, false, legalBasis: Restructuring2025.CentralMergerDecision,
                    note: "Merged from the Ban Tuyên giáo and the Ban Dân vận Trung ương, announced 2025-02-03."),
                new(Province, Restructuring2025.ProvincialCommissionMerger, null, true, isUncertain: true, note: ProvincialMerger),
            ],
            NameStyle.UnderCommittee, "Ban Tuyên giáo và Dân vận", null, ("Ban Tuyên giáo và Dân vận Trung ương", null, "Central Propaganda and Mass Mobilization Commission"), Commission),
        new(OrganizationKind.PartyBuildingCommission, OrganizationCategory.Party, "party-building-commission", "Ban Xây dựng Đảng", "Party Building Commission",
            [], [new(Commune, Reform, null, true, isUncertain: true, note: Uncertain)], NameStyle.UnderCommittee, "Ban Xây dựng Đảng", null, null, Commission),

        // State
        new(OrganizationKind.NationalAssembly, OrganizationCategory.State, "national-assembly", "Quốc hội", "National Assembly",
            ["QH"], [Always(Central)], NameStyle.Fixed, string.Empty, null, ("Quốc hội", null, "National Assembly"), ("Chủ tịch", "Phó Chủ tịch", "Đại biểu")),
        new(OrganizationKind.NationalAssemblyStandingCommittee, OrganizationCategory.State, "national-assembly-standing-committee", "Ủy ban Thường vụ Quốc hội", "Standing Committee of the National Assembly",
            ["UBTVQH"], [Always(Central)], NameStyle.Fixed, string.Empty, null, ("Ủy ban Thường vụ Quốc hội", "UBTVQH", "Standing Committee of the National Assembly"), Chair),
        new(OrganizationKind.Government, OrganizationCategory.State, "government", "Chính phủ", "Government",
            ["CP"], [Always(Central)], NameStyle.Fixed, string.Empty, null, ("Chính phủ", null, "Government"), ("Thủ tướng", "Phó Thủ tướng", "Thành viên")),
        new(OrganizationKind.PeoplesCouncil, OrganizationCategory.State, "peoples-council", "Hội đồng nhân dân", "People's Council",
            ["HĐND"], [Always(Province), District0(), Always(Commune)], NameStyle.OfUnit, "Hội đồng nhân dân", "HĐND", null, ("Chủ tịch", "Phó Chủ tịch", "Đại biểu")),
        new(OrganizationKind.PeoplesCommittee, OrganizationCategory.State, "peoples-committee", "Ủy ban nhân dân", "People's Committee",
            ["UBND"], [Always(Province), District0(), Always(Commune)], NameStyle.OfUnit, "Ủy ban nhân dân", "UBND", null, Chair),

        // Front
        new(OrganizationKind.FatherlandFrontCommittee, OrganizationCategory.Front, "fatherland-front-committee", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Fatherland Front Committee",
            ["MTTQ", "UBMTTQ"], [Always(Central), Always(Province), District0(), Always(Commune)], NameStyle.OfUnit, "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban MTTQ Việt Nam",
            ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Ủy ban Trung ương MTTQ Việt Nam", "Central Committee of the Vietnam Fatherland Front"), Chair),
        new(OrganizationKind.FrontWorkBoard, OrganizationCategory.Front, "front-work-board", "Ban công tác Mặt trận", "Front Work Board",
            [], [Set(Grassroots)], NameStyle.OfUnit, "Ban công tác Mặt trận", null, null, Board),

        // Socio-political organizations
        new(OrganizationKind.LaborFederation, OrganizationCategory.SocioPolitical, "labor-federation", "Công đoàn", "Labour Federation",
            ["LĐLĐ", "TLĐLĐVN"], [Always(Central), Always(Province), District0()], NameStyle.OfUnit, "Liên đoàn Lao động", "LĐLĐ",
            ("Tổng Liên đoàn Lao động Việt Nam", "Tổng LĐLĐ Việt Nam", "Vietnam General Confederation of Labour"), Chair),
        new(OrganizationKind.FarmersUnion, OrganizationCategory.SocioPolitical, "farmers-union", "Hội Nông dân", "Farmers' Union",
            ["HND"], [Always(Central), Always(Province), District0(), Always(Commune)], NameStyle.OfUnit, "Hội Nông dân", null,
            ("Hội Nông dân Việt Nam", null, "Vietnam Farmers' Union"), Chair),
        new(OrganizationKind.YouthUnion, OrganizationCategory.SocioPolitical, "youth-union", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Youth Union",
            ["Đoàn TNCS HCM", "ĐTN"], [Always(Central), Always(Province), District0(), Always(Commune)], NameStyle.Committee, "đoàn", null,
            ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh", "Ho Chi Minh Communist Youth Union"), Secretary),
        new(OrganizationKind.WomensUnion, OrganizationCategory.SocioPolitical, "womens-union", "Hội Liên hiệp Phụ nữ", "Women's Union",
            ["LHPN", "Hội LHPN"], [Always(Central), Always(Province), District0(), Always(Commune)], NameStyle.OfUnit, "Hội Liên hiệp Phụ nữ", "Hội LHPN",
            ("Hội Liên hiệp Phụ nữ Việt Nam", "Hội LHPN Việt Nam", "Vietnam Women's Union"), Chair),
        new(OrganizationKind.VeteransAssociation, OrganizationCategory.SocioPolitical, "veterans-association", "Hội Cựu chiến binh", "Veterans' Association",
            ["CCB", "Hội CCB"], [Always(Central), Always(Province), District0(), Always(Commune)], NameStyle.OfUnit, "Hội Cựu chiến binh", "Hội CCB",
            ("Hội Cựu chiến binh Việt Nam", "Hội CCB Việt Nam", "Vietnam Veterans' Association"), Chair),

        // Grassroots boards
        new(OrganizationKind.PeoplesInspectionBoard, OrganizationCategory.Grassroots, "peoples-inspection-board", "Ban Thanh tra nhân dân", "People's Inspection Board",
            ["TTND"], [Set(Commune)], NameStyle.OfUnit, "Ban Thanh tra nhân dân", null, null, Board),
        new(OrganizationKind.CommunityInvestmentSupervisionBoard, OrganizationCategory.Grassroots, "community-investment-supervision-board", "Ban Giám sát đầu tư của cộng đồng", "Community Investment Supervision Board",
            ["GSĐTCCĐ"], [Set(Commune)], NameStyle.OfUnit, "Ban Giám sát đầu tư của cộng đồng", null, null, Board),
        new(OrganizationKind.MediationTeam, OrganizationCategory.Grassroots, "mediation-team", "Tổ hòa giải", "Mediation Team",
            [], [Set(Grassroots)], NameStyle.OfUnit, "Tổ hòa giải", null, null, Team),
        new(OrganizationKind.SelfManagementGroup, OrganizationCategory.Grassroots, "self-management-group", "Tổ nhân dân tự quản", "Self-Management Group",
            [], [Set(Grassroots)], NameStyle.OfUnit, "Tổ nhân dân tự quản", null, null, Team),
        new(OrganizationKind.DanVanTeam, OrganizationCategory.Grassroots, "danvan-team", "Tổ dân vận", "Mass Mobilization Team",
            [], [new(Grassroots, null, null, false, isUncertain: true, note: Uncertain)], NameStyle.OfUnit, "Tổ dân vận", null, null, Team),

        // Coordination bodies
        new(OrganizationKind.DanVanBloc, OrganizationCategory.Coordination, "danvan-bloc", "Khối dân vận", "Mass Mobilization Bloc",
            [], [new(Commune, null, DistrictEnd, true, note: "DOMAIN.md section 2: the commune's khối dân vận before 2025; taken to end with the district level.")],
            NameStyle.OfUnit, "Khối Dân vận", null, null, Board),
        new(OrganizationKind.DemocracySteeringCommittee, OrganizationCategory.Coordination, "democracy-steering-committee", "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở", "Grassroots Democracy Steering Committee",
            ["BCĐ QCDC"], [Set(Province), SetDistrict(), Set(Commune)], NameStyle.OfUnit, "Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở", "Ban Chỉ đạo QCDC", null, Board),

        // Ad hoc delegations
        new(OrganizationKind.InspectionDelegation, OrganizationCategory.AdHoc, "inspection-delegation", "Đoàn kiểm tra", "Inspection Delegation",
            [], [Set(Central), Set(Province), SetDistrict(), Set(Commune)], NameStyle.Delegation, "Đoàn Kiểm tra", null, null, Board),
        new(OrganizationKind.SurveyDelegation, OrganizationCategory.AdHoc, "survey-delegation", "Đoàn khảo sát", "Survey Delegation",
            [], [Set(Central), Set(Province), SetDistrict(), Set(Commune)], NameStyle.Delegation, "Đoàn Khảo sát", null, null, Board),
        new(OrganizationKind.SupervisionDelegation, OrganizationCategory.AdHoc, "supervision-delegation", "Đoàn giám sát", "Supervision Delegation",
            [], [Set(Central), Set(Province), SetDistrict(), Set(Commune)], NameStyle.Delegation, "Đoàn Giám sát", null, null, Board),
    ];

    private static readonly OrganizationKindInfo?[] ByValue = Index();

    private static readonly string[]?[] FoldedNames = FoldNames();

    private static readonly Dictionary<string, OrganizationKind> BySlug = Table.ToDictionary(info => info.Slug, info => info.Kind, StringComparer.Ordinal);

    /// <summary>Every kind, in the order of <see cref="OrganizationKind"/>.</summary>
    public static IReadOnlyList<OrganizationKindInfo> All { get; } = Array.AsReadOnly(Table);

    /// <summary>The description of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static OrganizationKindInfo Get(OrganizationKind kind) =>
        unchecked((uint)kind) < (uint)ByValue.Length && ByValue[(int)kind] is { } info
            ? info
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined organization kind.");

    /// <summary>The description of <paramref name="kind"/> (same as <see cref="Get"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static OrganizationKindInfo Info(this OrganizationKind kind) => Get(kind);

    /// <summary>True when <paramref name="kind"/> is one of the defined kinds.</summary>
    public static bool IsDefined(OrganizationKind kind) => unchecked((uint)kind) < (uint)ByValue.Length && ByValue[(int)kind] is not null;

    /// <summary>The kind whose <see cref="OrganizationKindInfo.Slug"/> is <paramref name="slug"/>; never throws.</summary>
    public static bool TryFromSlug(ReadOnlySpan<char> slug, out OrganizationKind kind)
    {
        var lookup = BySlug.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(slug, out kind);
    }

    /// <summary>The kinds whose name or abbreviation equals <paramref name="text"/>, ignoring case and diacritics ("hdnd", "Ban dan van").</summary>
    public static IReadOnlyList<OrganizationKind> FromName(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var folded = VietnameseFolding.Fold(text.Trim());
        return [.. Table.Where(info => FoldedNames[(int)info.Kind]!.Contains(folded)).Select(info => info.Kind)];
    }

    // Each kind's Vietnamese and English names and abbreviations, folded once: what FromName compares with.
    private static string[]?[] FoldNames()
    {
        var names = new string[]?[ByValue.Length];
        foreach (var info in Table)
        {
            names[(int)info.Kind] = [VietnameseFolding.Fold(info.VietnameseName), VietnameseFolding.Fold(info.EnglishName), .. info.Abbreviations.Select(VietnameseFolding.Fold)];
        }

        return names;
    }

    private static KindPresence Always(OrganizationLevel level) => new(level, null, null, level != Central);

    private static KindPresence District0() => new(District, null, DistrictEnd, true);

    private static KindPresence Set(OrganizationLevel level) => new(level, null, null, false);

    private static KindPresence SetDistrict() => new(District, null, DistrictEnd, false);

    private static OrganizationKindInfo?[] Index()
    {
        var index = new OrganizationKindInfo?[Table.Max(info => (int)info.Kind) + 1];
        foreach (var info in Table)
        {
            index[(int)info.Kind] = info;
        }

        return index;
    }
}
