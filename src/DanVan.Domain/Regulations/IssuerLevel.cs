using System.Text.Json.Serialization;

namespace DanVan.Domain.Regulations;

/// <summary>Cấp ban hành: the level of the body that issues a document.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<IssuerLevel>))]
public enum IssuerLevel
{
    /// <summary>Trung ương: central bodies of the Party or the State.</summary>
    [JsonStringEnumMemberName("central")]
    Central = 1,

    /// <summary>Cấp tỉnh: provincial Party committees and their commissions.</summary>
    [JsonStringEnumMemberName("province")]
    Province = 2,

    /// <summary>Cấp huyện: district Party committees (until 2025-06-30).</summary>
    [JsonStringEnumMemberName("district")]
    District = 3,

    /// <summary>Cấp cơ sở: grassroots Party committees (đảng ủy xã, phường, cơ quan).</summary>
    [JsonStringEnumMemberName("grassroots")]
    Grassroots = 4,

    /// <summary>Địa phương: a body that exists at every local level (UBND, HĐND); the abbreviation alone does not say which.</summary>
    [JsonStringEnumMemberName("local")]
    Local = 5,
}
