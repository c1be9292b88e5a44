using System.Text.Json.Serialization;

namespace DanVan.Domain.Regulations;

/// <summary>
/// Hệ thống văn bản: which of the two numbering systems a document belongs to. The system shows in the
/// number's separators: Party numbers put a hyphen after the number (<c>290-QĐ/TW</c>), State numbers a
/// slash (<c>04/2015/NĐ-CP</c>, <c>70/KH-UBND</c>).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DocumentSystem>))]
public enum DocumentSystem
{
    /// <summary>Văn bản của Đảng: Party documents, numbered under Hướng dẫn 36-HD/VPTW (number-TYPE/ISSUER).</summary>
    [JsonStringEnumMemberName("party")]
    Party = 1,

    /// <summary>Văn bản của Nhà nước: State documents, numbered under Nghị định 30/2020/NĐ-CP and the law on normative documents (number/year/TYPE-ISSUER or number/TYPE-ISSUER).</summary>
    [JsonStringEnumMemberName("state")]
    State = 2,
}
