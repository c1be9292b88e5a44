using System.Text.Json.Serialization;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Tính cộng dồn: whether figures of a metric may be added, across units and across periods. For a
/// <see cref="MetricKind.Rate"/> or <see cref="MetricKind.Coverage"/> it describes the numerator and denominator,
/// which are what gets added.
/// </summary>
/// <remarks>JSON: the camelCase member name; stable across versions.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Additivity>))]
public enum Additivity
{
    /// <summary>A flow: adds across units and across periods (sessions held, petitions received).</summary>
    [JsonStringEnumMemberName("additive")]
    Additive = 1,

    /// <summary>A stock: adds across units; across periods the latest value stands (models in force, members).</summary>
    [JsonStringEnumMemberName("stock")]
    Stock = 2,

    /// <summary>Never added, across units or periods (scores, grades).</summary>
    [JsonStringEnumMemberName("nonAdditive")]
    NonAdditive = 3,
}
