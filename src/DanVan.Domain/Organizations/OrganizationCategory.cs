using System.Text.Json.Serialization;

namespace DanVan.Domain.Organizations;

/// <summary>The pillar of the political system an <see cref="OrganizationKind"/> belongs to.</summary>
/// <remarks>The JSON names (camelCase) are stable.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<OrganizationCategory>))]
public enum OrganizationCategory
{
    /// <summary>Đảng: Party committees, their standing bodies, commissions and cells.</summary>
    [JsonStringEnumMemberName("party")]
    Party = 1,

    /// <summary>Nhà nước: the National Assembly, the Government, People's Councils and Committees.</summary>
    [JsonStringEnumMemberName("state")]
    State = 2,

    /// <summary>Mặt trận Tổ quốc: the Fatherland Front committees and their grassroots boards.</summary>
    [JsonStringEnumMemberName("front")]
    Front = 3,

    /// <summary>Tổ chức chính trị - xã hội: the five socio-political organizations.</summary>
    [JsonStringEnumMemberName("socioPolitical")]
    SocioPolitical = 4,

    /// <summary>Tổ chức tự quản ở cơ sở: grassroots boards and teams of residents.</summary>
    [JsonStringEnumMemberName("grassroots")]
    Grassroots = 5,

    /// <summary>Cơ chế phối hợp: coordination bodies (khối dân vận, ban chỉ đạo).</summary>
    [JsonStringEnumMemberName("coordination")]
    Coordination = 6,

    /// <summary>Đoàn công tác: ad hoc delegations (inspection, survey, supervision).</summary>
    [JsonStringEnumMemberName("adHoc")]
    AdHoc = 7,
}
