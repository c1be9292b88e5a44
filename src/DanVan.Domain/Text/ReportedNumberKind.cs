using System.Text.Json.Serialization;

namespace DanVan.Domain.Text;

/// <summary>What a <see cref="ReportedNumber"/> is: a plain figure, a percentage or a ratio (loại số liệu).</summary>
/// <remarks>JSON: the lower-case member name (<c>"number"</c>, <c>"percentage"</c>, <c>"ratio"</c>); stable across versions.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<ReportedNumberKind>))]
public enum ReportedNumberKind
{
    /// <summary>A plain figure: "7.300", "1.170.000", "79,63", "-5".</summary>
    [JsonStringEnumMemberName("number")]
    Number = 0,

    /// <summary>A percentage (tỷ lệ phần trăm): "100%", "79,63 %"; the value is the percent (79,63).</summary>
    [JsonStringEnumMemberName("percentage")]
    Percentage = 1,

    /// <summary>A ratio of two counts (tỷ số): "29/29", "176/221"; the value is the numerator.</summary>
    [JsonStringEnumMemberName("ratio")]
    Ratio = 2,
}
