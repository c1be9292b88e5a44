using System.Text.Json.Serialization;

namespace DanVan.Domain.Organizations;

/// <summary>
/// The role of a <see cref="Post"/> in its body. The title follows the body's kind (<see cref="OrganizationKindInfo.HeadTitle"/>):
/// the head of a Party committee is its Bí thư, of a commission its Trưởng ban, of a People's Committee its Chủ tịch.
/// </summary>
/// <remarks>The JSON names (camelCase) are stable.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<PostRole>))]
public enum PostRole
{
    /// <summary>Người đứng đầu: Bí thư, Trưởng ban, Chủ tịch, Thủ tướng, Trưởng đoàn, Tổ trưởng. One holder at a time.</summary>
    [JsonStringEnumMemberName("head")]
    Head = 1,

    /// <summary>Cấp phó thường trực: Phó Bí thư Thường trực, Phó Chủ tịch Thường trực. One holder at a time.</summary>
    [JsonStringEnumMemberName("standingDeputyHead")]
    StandingDeputyHead = 2,

    /// <summary>Cấp phó: Phó Bí thư, Phó Trưởng ban, Phó Chủ tịch. Several holders.</summary>
    [JsonStringEnumMemberName("deputyHead")]
    DeputyHead = 3,

    /// <summary>Thành viên: Ủy viên (of a committee, of a standing committee), đại biểu, thành viên đoàn. Several holders.</summary>
    [JsonStringEnumMemberName("member")]
    Member = 4,
}
