using System.Text.Json.Serialization;

namespace DanVan.Domain.Administration;

/// <summary>
/// Cấp hành chính: the level of an administrative unit. Before 2025-07-01 Vietnam had three levels; from then on, two
/// (the district level is gone). The length of a <see cref="UnitCode"/> gives the level: 2, 3 or 5 digits.
/// </summary>
/// <remarks>The JSON names (camelCase) are stable. <see cref="AdministrativeLevels"/> gives the names of each level.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<AdministrativeLevel>))]
public enum AdministrativeLevel
{
    /// <summary>Cấp tỉnh: province level (tỉnh, thành phố trực thuộc trung ương); 2-digit codes.</summary>
    [JsonStringEnumMemberName("province")]
    Province = 1,

    /// <summary>Cấp huyện: district level (quận, huyện, thị xã, thành phố thuộc tỉnh or thuộc thành phố trực thuộc trung ương), until 2025-06-30; 3-digit codes.</summary>
    [JsonStringEnumMemberName("district")]
    District = 2,

    /// <summary>Cấp xã: commune level (xã, phường, thị trấn until 2025-06-30, đặc khu from 2025-07-01); 5-digit codes.</summary>
    [JsonStringEnumMemberName("commune")]
    Commune = 3,
}
