using System.Text.Json.Serialization;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Which figure aggregation uses when a unit reported its own total and units under it reported theirs too (a district
/// total and its communes' figures for the same metric and period): adding both would count everything twice.
/// </summary>
/// <remarks>
/// Whichever is used, <see cref="AggregationResult.Reconciliations"/> shows both figures and their difference.
/// JSON: the camelCase member name; stable across versions.
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<OverlapPolicy>))]
public enum OverlapPolicy
{
    /// <summary>
    /// Use the unit's own total and set its descendants' figures aside (the default): a unit's report is its own
    /// account of its whole area, while its communes may not all have reported.
    /// </summary>
    [JsonStringEnumMemberName("preferTotals")]
    PreferTotals = 0,

    /// <summary>Use the figures of the units below and set the total aside: the finest figures win.</summary>
    [JsonStringEnumMemberName("preferParts")]
    PreferParts = 1,
}
