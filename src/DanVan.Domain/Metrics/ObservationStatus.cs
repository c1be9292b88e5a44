using System.Text.Json.Serialization;

namespace DanVan.Domain.Metrics;

/// <summary>Whether a figure may still change: SDMX's observation status, reduced to what reports need.</summary>
/// <remarks>JSON: the camelCase member name; stable across versions.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ObservationStatus>))]
public enum ObservationStatus
{
    /// <summary>Chính thức: the final figure of a report (the default).</summary>
    [JsonStringEnumMemberName("final")]
    Final = 0,

    /// <summary>Sơ bộ, ước tính: a provisional figure ("ước thực hiện"), to be replaced by the final one.</summary>
    [JsonStringEnumMemberName("provisional")]
    Provisional = 1,
}
