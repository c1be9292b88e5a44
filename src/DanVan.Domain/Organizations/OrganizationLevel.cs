using System.Text.Json.Serialization;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Cấp: the level at which an organization works. The three administrative levels, plus the centre (trung ương), which
/// serves no unit, and the grassroots (cơ sở: thôn, tổ dân phố), which has no code of its own and is attached to its
/// commune.
/// </summary>
/// <remarks>The JSON names (camelCase) are stable.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<OrganizationLevel>))]
public enum OrganizationLevel
{
    /// <summary>Trung ương: central; serves the whole country, no unit code.</summary>
    [JsonStringEnumMemberName("central")]
    Central = 1,

    /// <summary>Cấp tỉnh: province level (tỉnh, thành phố trực thuộc trung ương).</summary>
    [JsonStringEnumMemberName("province")]
    Province = 2,

    /// <summary>Cấp huyện: district level, until 2025-06-30.</summary>
    [JsonStringEnumMemberName("district")]
    District = 3,

    /// <summary>Cấp xã: commune level (xã, phường, thị trấn, đặc khu).</summary>
    [JsonStringEnumMemberName("commune")]
    Commune = 4,

    /// <summary>Cơ sở dưới xã: below the commune (thôn, làng, ấp, bản, tổ dân phố, khu phố); attached to a commune code.</summary>
    [JsonStringEnumMemberName("grassroots")]
    Grassroots = 5,
}
