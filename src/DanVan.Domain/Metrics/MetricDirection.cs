using System.Text.Json.Serialization;

namespace DanVan.Domain.Metrics;

/// <summary>Which way is better for a metric: IATI's <c>ascending</c> flag, with a neutral third case.</summary>
/// <remarks>JSON: the camelCase member name; stable across versions.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<MetricDirection>))]
public enum MetricDirection
{
    /// <summary>Càng cao càng tốt: more is better (petitions resolved, models recognised).</summary>
    [JsonStringEnumMemberName("higherIsBetter")]
    HigherIsBetter = 1,

    /// <summary>Càng thấp càng tốt: less is better (petitions outstanding, units criticised).</summary>
    [JsonStringEnumMemberName("lowerIsBetter")]
    LowerIsBetter = 2,

    /// <summary>Trung tính: neither (petitions received: many may mean trust or trouble).</summary>
    [JsonStringEnumMemberName("neutral")]
    Neutral = 3,
}
