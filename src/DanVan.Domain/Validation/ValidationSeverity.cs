using System.Text.Json.Serialization;

namespace DanVan.Domain.Validation;

/// <summary>How serious a <see cref="ValidationIssue"/> is. Mức độ của một vấn đề.</summary>
/// <remarks>JSON: the lower-case member name (<c>"error"</c>, <c>"warning"</c>, <c>"info"</c>); stable across versions.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ValidationSeverity>))]
public enum ValidationSeverity
{
    /// <summary>Lỗi: the data is wrong and must not be used as it is. Makes a result invalid.</summary>
    [JsonStringEnumMemberName("error")]
    Error = 0,

    /// <summary>Cảnh báo: the data is usable but probably not what was meant.</summary>
    [JsonStringEnumMemberName("warning")]
    Warning = 1,

    /// <summary>Thông tin: worth knowing; nothing is wrong.</summary>
    [JsonStringEnumMemberName("info")]
    Info = 2,
}
