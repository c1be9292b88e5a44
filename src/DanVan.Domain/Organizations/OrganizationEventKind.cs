using System.Text.Json.Serialization;

namespace DanVan.Domain.Organizations;

/// <summary>The kind of an <see cref="OrganizationEvent"/> (after the W3C ORG ontology's change events).</summary>
/// <remarks>The JSON names (camelCase) are stable.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<OrganizationEventKind>))]
public enum OrganizationEventKind
{
    /// <summary>Thành lập: the body was set up.</summary>
    [JsonStringEnumMemberName("established")]
    Established = 1,

    /// <summary>Giải thể / kết thúc hoạt động: the body ended with no successor of its kind.</summary>
    [JsonStringEnumMemberName("dissolved")]
    Dissolved = 2,

    /// <summary>Hợp nhất, sáp nhập: the body became part of its successor(s).</summary>
    [JsonStringEnumMemberName("mergedInto")]
    MergedInto = 3,

    /// <summary>Chia tách: the body was divided among several successors.</summary>
    [JsonStringEnumMemberName("split")]
    Split = 4,

    /// <summary>Đổi tên: the body continues under another name (and identifier).</summary>
    [JsonStringEnumMemberName("renamed")]
    Renamed = 5,

    /// <summary>Chuyển trực thuộc: the body comes under another parent or supervising body.</summary>
    [JsonStringEnumMemberName("resubordinated")]
    Resubordinated = 6,
}
