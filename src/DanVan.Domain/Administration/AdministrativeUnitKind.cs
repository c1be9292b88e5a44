using System.Text.Json.Serialization;

namespace DanVan.Domain.Administration;

/// <summary>
/// Loại đơn vị hành chính: the kind of an administrative unit. Each kind belongs to one level;
/// <see cref="AdministrativeUnitKinds"/> gives its names, printed prefix and abbreviations.
/// </summary>
/// <remarks>The JSON names (camelCase) are stable.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<AdministrativeUnitKind>))]
public enum AdministrativeUnitKind
{
    /// <summary>Tỉnh: province.</summary>
    [JsonStringEnumMemberName("province")]
    Province = 1,

    /// <summary>Thành phố trực thuộc trung ương: centrally run city (municipality), such as Hà Nội.</summary>
    [JsonStringEnumMemberName("municipality")]
    Municipality = 2,

    /// <summary>Quận: urban district (until 2025-06-30).</summary>
    [JsonStringEnumMemberName("urbanDistrict")]
    UrbanDistrict = 3,

    /// <summary>Huyện: rural district (until 2025-06-30).</summary>
    [JsonStringEnumMemberName("ruralDistrict")]
    RuralDistrict = 4,

    /// <summary>Thị xã: district-level town (until 2025-06-30).</summary>
    [JsonStringEnumMemberName("districtTown")]
    DistrictTown = 5,

    /// <summary>Thành phố thuộc tỉnh: provincial city (until 2025-06-30).</summary>
    [JsonStringEnumMemberName("provincialCity")]
    ProvincialCity = 6,

    /// <summary>Thành phố thuộc thành phố trực thuộc trung ương: city within a municipality, such as Thủ Đức (until 2025-06-30).</summary>
    [JsonStringEnumMemberName("municipalCity")]
    MunicipalCity = 7,

    /// <summary>Xã: commune.</summary>
    [JsonStringEnumMemberName("commune")]
    Commune = 8,

    /// <summary>Phường: ward.</summary>
    [JsonStringEnumMemberName("ward")]
    Ward = 9,

    /// <summary>Thị trấn: township (until 2025-06-30).</summary>
    [JsonStringEnumMemberName("township")]
    Township = 10,

    /// <summary>Đặc khu: special zone, an island commune-level unit (from 2025-07-01).</summary>
    [JsonStringEnumMemberName("specialZone")]
    SpecialZone = 11,
}
