using System.Text.Json.Serialization;

namespace DanVan.Domain.Administration;

/// <summary>
/// What happened to a unit in an <see cref="AdministrativeChange"/>. Flags, because one event can do several things at
/// once: on 2025-07-01 a commune kept whole ("Giữ nguyên") moved from its district to its province, and some were
/// renamed or reclassified at the same time.
/// </summary>
/// <remarks>JSON: the camelCase names separated by commas (<c>"renamed, moved"</c>).</remarks>
[Flags]
[JsonConverter(typeof(JsonStringEnumConverter<AdministrativeChangeKind>))]
public enum AdministrativeChangeKind
{
    /// <summary>No change (not used in events).</summary>
    [JsonStringEnumMemberName("none")]
    None = 0,

    /// <summary>Thành lập: the unit came into being (on 2025-07-01, every new unit formed by merging).</summary>
    [JsonStringEnumMemberName("established")]
    Established = 1,

    /// <summary>Giải thể: the unit ended and no single unit continues it (the districts on 2025-07-01).</summary>
    [JsonStringEnumMemberName("dissolved")]
    Dissolved = 2,

    /// <summary>Nhập: the unit went, wholly or in part, into one unit together with others (sáp nhập, hợp nhất).</summary>
    [JsonStringEnumMemberName("mergedInto")]
    MergedInto = 4,

    /// <summary>Chia tách: the unit was divided among several units.</summary>
    [JsonStringEnumMemberName("split")]
    Split = 8,

    /// <summary>Đổi tên: the unit continues under another name.</summary>
    [JsonStringEnumMemberName("renamed")]
    Renamed = 16,

    /// <summary>Đổi loại hình: the unit continues as another kind (xã to phường, tỉnh to thành phố, huyện to đặc khu).</summary>
    [JsonStringEnumMemberName("reclassified")]
    Reclassified = 32,

    /// <summary>Điều chỉnh trực thuộc: the unit continues under another parent (a commune whose district ended).</summary>
    [JsonStringEnumMemberName("moved")]
    Moved = 64,

    /// <summary>Đổi mã: the unit continues under another code (an island district become a đặc khu).</summary>
    [JsonStringEnumMemberName("recoded")]
    Recoded = 128,
}
