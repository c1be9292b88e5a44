using System.Text.Json.Serialization;

namespace DanVan.Domain.Regulations;

/// <summary>
/// Loại văn bản: the kind of a document, independent of the numbering system. Which kinds each system uses, and
/// their abbreviations in a number, are in <see cref="DocumentTypes"/>.
/// </summary>
/// <remarks>The JSON names (camelCase) are stable.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<DocumentKind>))]
public enum DocumentKind
{
    /// <summary>Nghị quyết: resolution.</summary>
    [JsonStringEnumMemberName("resolution")]
    Resolution = 1,

    /// <summary>Quyết định: decision.</summary>
    [JsonStringEnumMemberName("decision")]
    Decision = 2,

    /// <summary>Quy định: regulation (quy định).</summary>
    [JsonStringEnumMemberName("regulation")]
    Regulation = 3,

    /// <summary>Chỉ thị: directive.</summary>
    [JsonStringEnumMemberName("directive")]
    Directive = 4,

    /// <summary>Kết luận: conclusion.</summary>
    [JsonStringEnumMemberName("conclusion")]
    Conclusion = 5,

    /// <summary>Hướng dẫn: guidance.</summary>
    [JsonStringEnumMemberName("guidance")]
    Guidance = 6,

    /// <summary>Kế hoạch: plan.</summary>
    [JsonStringEnumMemberName("plan")]
    Plan = 7,

    /// <summary>Chương trình: programme (chương trình, chương trình hành động).</summary>
    [JsonStringEnumMemberName("programme")]
    Programme = 8,

    /// <summary>Thông báo: notice.</summary>
    [JsonStringEnumMemberName("notice")]
    Notice = 9,

    /// <summary>Báo cáo: report.</summary>
    [JsonStringEnumMemberName("report")]
    Report = 10,

    /// <summary>Tờ trình: submission.</summary>
    [JsonStringEnumMemberName("submission")]
    Submission = 11,

    /// <summary>Thông tri: Party circular (thông tri).</summary>
    [JsonStringEnumMemberName("partyCircular")]
    PartyCircular = 12,

    /// <summary>Công văn: official letter.</summary>
    [JsonStringEnumMemberName("officialLetter")]
    OfficialLetter = 13,

    /// <summary>Quy chế: rules (quy chế).</summary>
    [JsonStringEnumMemberName("rules")]
    Rules = 14,

    /// <summary>Thông cáo: communiqué.</summary>
    [JsonStringEnumMemberName("communique")]
    Communique = 15,

    /// <summary>Phương án: scheme (phương án).</summary>
    [JsonStringEnumMemberName("scheme")]
    Scheme = 16,

    /// <summary>Đề án: project proposal (đề án).</summary>
    [JsonStringEnumMemberName("project")]
    Project = 17,

    /// <summary>Dự án: project (dự án).</summary>
    [JsonStringEnumMemberName("investmentProject")]
    InvestmentProject = 18,

    /// <summary>Biên bản: minutes.</summary>
    [JsonStringEnumMemberName("minutes")]
    Minutes = 19,

    /// <summary>Hợp đồng: contract.</summary>
    [JsonStringEnumMemberName("contract")]
    Contract = 20,

    /// <summary>Công điện: telegram dispatch (công điện).</summary>
    [JsonStringEnumMemberName("dispatch")]
    Dispatch = 21,

    /// <summary>Bản ghi nhớ: memorandum of understanding.</summary>
    [JsonStringEnumMemberName("memorandum")]
    Memorandum = 22,

    /// <summary>Bản thỏa thuận: agreement.</summary>
    [JsonStringEnumMemberName("agreement")]
    Agreement = 23,

    /// <summary>Giấy ủy quyền: power of attorney.</summary>
    [JsonStringEnumMemberName("powerOfAttorney")]
    PowerOfAttorney = 24,

    /// <summary>Giấy mời: invitation.</summary>
    [JsonStringEnumMemberName("invitation")]
    Invitation = 25,

    /// <summary>Giấy giới thiệu: letter of introduction.</summary>
    [JsonStringEnumMemberName("letterOfIntroduction")]
    LetterOfIntroduction = 26,

    /// <summary>Giấy nghỉ phép: leave certificate.</summary>
    [JsonStringEnumMemberName("leaveCertificate")]
    LeaveCertificate = 27,

    /// <summary>Phiếu gửi: transmittal slip.</summary>
    [JsonStringEnumMemberName("transmittalSlip")]
    TransmittalSlip = 28,

    /// <summary>Phiếu chuyển: referral slip.</summary>
    [JsonStringEnumMemberName("referralSlip")]
    ReferralSlip = 29,

    /// <summary>Phiếu báo: notification slip.</summary>
    [JsonStringEnumMemberName("notificationSlip")]
    NotificationSlip = 30,

    /// <summary>Hiến pháp: constitution.</summary>
    [JsonStringEnumMemberName("constitution")]
    Constitution = 31,

    /// <summary>Bộ luật: code (bộ luật).</summary>
    [JsonStringEnumMemberName("code")]
    Code = 32,

    /// <summary>Luật: law.</summary>
    [JsonStringEnumMemberName("law")]
    Law = 33,

    /// <summary>Pháp lệnh: ordinance.</summary>
    [JsonStringEnumMemberName("ordinance")]
    Ordinance = 34,

    /// <summary>Lệnh: order (of the State President).</summary>
    [JsonStringEnumMemberName("order")]
    Order = 35,

    /// <summary>Nghị định: decree.</summary>
    [JsonStringEnumMemberName("decree")]
    Decree = 36,

    /// <summary>Thông tư: circular (thông tư).</summary>
    [JsonStringEnumMemberName("circular")]
    Circular = 37,

    /// <summary>Thông tư liên tịch: joint circular.</summary>
    [JsonStringEnumMemberName("jointCircular")]
    JointCircular = 38,

    /// <summary>Nghị quyết liên tịch: joint resolution.</summary>
    [JsonStringEnumMemberName("jointResolution")]
    JointResolution = 39,
}
