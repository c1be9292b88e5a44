using System.Text.Json.Serialization;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Loại tổ chức: the closed taxonomy of the bodies of the political system (DOMAIN.md section 2). <see cref="OrganizationKinds"/>
/// gives, for each kind, its pillar, names, abbreviations, the levels where it exists and the period when it exists there.
/// </summary>
/// <remarks>Values are grouped by pillar (1–19 Party, 20–29 State, 30–39 Front, 40–49 socio-political, 50–59 grassroots,
/// 60–69 coordination, 70–79 ad hoc). The JSON names (camelCase) and the numbers are stable.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<OrganizationKind>))]
public enum OrganizationKind
{
    // Party
    /// <summary>Ban Chấp hành Trung ương Đảng (BCH TW): the Central Committee of the Communist Party of Vietnam.</summary>
    [JsonStringEnumMemberName("centralCommittee")]
    CentralCommittee = 1,

    /// <summary>Bộ Chính trị (BCT): the Politburo.</summary>
    [JsonStringEnumMemberName("politburo")]
    Politburo = 2,

    /// <summary>Ban Bí thư (BBT): the Secretariat of the Central Committee.</summary>
    [JsonStringEnumMemberName("secretariat")]
    Secretariat = 3,

    /// <summary>Cấp ủy: the executive committee of a local Party organization: Tỉnh ủy, Thành ủy, Huyện ủy, Quận ủy, Thị ủy, Đảng ủy xã.</summary>
    [JsonStringEnumMemberName("partyCommittee")]
    PartyCommittee = 4,

    /// <summary>Ban Thường vụ (BTV): the standing committee of a Party committee.</summary>
    [JsonStringEnumMemberName("partyStandingCommittee")]
    PartyStandingCommittee = 5,

    /// <summary>Thường trực: the standing office of a Party committee (its secretary and deputy secretaries).</summary>
    [JsonStringEnumMemberName("partyStandingOffice")]
    PartyStandingOffice = 6,

    /// <summary>Chi bộ: a Party cell, the grassroots unit of the Party (in a village, a residential group or an agency).</summary>
    [JsonStringEnumMemberName("partyCell")]
    PartyCell = 7,

    /// <summary>Ban Dân vận: the mass mobilization commission of a Party committee (central until 2025-02-02; provinces until February–March 2025; districts until 2025-06-30).</summary>
    [JsonStringEnumMemberName("danVanCommission")]
    DanVanCommission = 8,

    /// <summary>Ban Tuyên giáo: the propaganda and education commission of a Party committee, merged with the Ban Dân vận in 2025.</summary>
    [JsonStringEnumMemberName("propagandaCommission")]
    PropagandaCommission = 9,

    /// <summary>Ban Tuyên giáo và Dân vận (TG&amp;DV): the commission merged from the Ban Tuyên giáo and the Ban Dân vận (central from 2025-02-03, provinces from February–March 2025).</summary>
    [JsonStringEnumMemberName("propagandaAndDanVanCommission")]
    PropagandaAndDanVanCommission = 10,

    /// <summary>Ban Xây dựng Đảng: the Party building commission of a commune Party committee, from 2025-07-01 (medium confidence).</summary>
    [JsonStringEnumMemberName("partyBuildingCommission")]
    PartyBuildingCommission = 11,

    // State
    /// <summary>Quốc hội: the National Assembly.</summary>
    [JsonStringEnumMemberName("nationalAssembly")]
    NationalAssembly = 20,

    /// <summary>Ủy ban Thường vụ Quốc hội (UBTVQH): the Standing Committee of the National Assembly.</summary>
    [JsonStringEnumMemberName("nationalAssemblyStandingCommittee")]
    NationalAssemblyStandingCommittee = 21,

    /// <summary>Chính phủ: the Government.</summary>
    [JsonStringEnumMemberName("government")]
    Government = 22,

    /// <summary>Hội đồng nhân dân (HĐND): the People's Council of a unit.</summary>
    [JsonStringEnumMemberName("peoplesCouncil")]
    PeoplesCouncil = 23,

    /// <summary>Ủy ban nhân dân (UBND): the People's Committee of a unit.</summary>
    [JsonStringEnumMemberName("peoplesCommittee")]
    PeoplesCommittee = 24,

    // Front
    /// <summary>Ủy ban Mặt trận Tổ quốc Việt Nam (Ủy ban MTTQ): the Fatherland Front committee at a level; at the centre, the Ủy ban Trung ương.</summary>
    [JsonStringEnumMemberName("fatherlandFrontCommittee")]
    FatherlandFrontCommittee = 30,

    /// <summary>Ban công tác Mặt trận: the Front's work board in a village or residential group.</summary>
    [JsonStringEnumMemberName("frontWorkBoard")]
    FrontWorkBoard = 31,

    // The five socio-political organizations
    /// <summary>Công đoàn: the trade unions: Tổng Liên đoàn Lao động Việt Nam, Liên đoàn Lao động at province and district level.</summary>
    [JsonStringEnumMemberName("laborFederation")]
    LaborFederation = 40,

    /// <summary>Hội Nông dân: the Farmers' Union.</summary>
    [JsonStringEnumMemberName("farmersUnion")]
    FarmersUnion = 41,

    /// <summary>Đoàn Thanh niên Cộng sản Hồ Chí Minh (Đoàn TNCS): the Ho Chi Minh Communist Youth Union: Tỉnh đoàn, Thành đoàn, Huyện đoàn, Đoàn xã.</summary>
    [JsonStringEnumMemberName("youthUnion")]
    YouthUnion = 42,

    /// <summary>Hội Liên hiệp Phụ nữ (Hội LHPN): the Women's Union.</summary>
    [JsonStringEnumMemberName("womensUnion")]
    WomensUnion = 43,

    /// <summary>Hội Cựu chiến binh (Hội CCB): the Veterans' Association.</summary>
    [JsonStringEnumMemberName("veteransAssociation")]
    VeteransAssociation = 44,

    // Grassroots boards
    /// <summary>Ban Thanh tra nhân dân: the people's inspection board.</summary>
    [JsonStringEnumMemberName("peoplesInspectionBoard")]
    PeoplesInspectionBoard = 50,

    /// <summary>Ban Giám sát đầu tư của cộng đồng: the community investment supervision board (at most 5 residents).</summary>
    [JsonStringEnumMemberName("communityInvestmentSupervisionBoard")]
    CommunityInvestmentSupervisionBoard = 51,

    /// <summary>Tổ hòa giải: the grassroots mediation team (Luật Hòa giải ở cơ sở 35/2013/QH13).</summary>
    [JsonStringEnumMemberName("mediationTeam")]
    MediationTeam = 52,

    /// <summary>Tổ nhân dân tự quản: a self-managing group of households.</summary>
    [JsonStringEnumMemberName("selfManagementGroup")]
    SelfManagementGroup = 53,

    /// <summary>Tổ dân vận: a mass mobilization team in a village or residential group (medium confidence).</summary>
    [JsonStringEnumMemberName("danVanTeam")]
    DanVanTeam = 54,

    // Coordination bodies
    /// <summary>Khối dân vận: the commune's mass mobilization bloc (the Party's dân vận member, the Front and the mass organizations), until 2025-06-30.</summary>
    [JsonStringEnumMemberName("danVanBloc")]
    DanVanBloc = 60,

    /// <summary>Ban Chỉ đạo thực hiện Quy chế dân chủ ở cơ sở (BCĐ QCDC): the steering committee for grassroots democracy.</summary>
    [JsonStringEnumMemberName("democracySteeringCommittee")]
    DemocracySteeringCommittee = 61,

    // Ad hoc delegations
    /// <summary>Đoàn kiểm tra: an inspection delegation, such as Đoàn Kiểm tra số 3 Thành ủy Hà Nội.</summary>
    [JsonStringEnumMemberName("inspectionDelegation")]
    InspectionDelegation = 70,

    /// <summary>Đoàn khảo sát: a survey delegation.</summary>
    [JsonStringEnumMemberName("surveyDelegation")]
    SurveyDelegation = 71,

    /// <summary>Đoàn giám sát: a supervision delegation.</summary>
    [JsonStringEnumMemberName("supervisionDelegation")]
    SupervisionDelegation = 72,
}
