using System.Text.Json.Serialization;

namespace DanVan.Domain.Metrics;

/// <summary>
/// How the label of a <see cref="PeriodKind.MultiYear"/> period names its years: as a committee's term ("Nhiệm kỳ
/// 2020-2025") or as a plain span of years ("Giai đoạn 2011-2020", for 5- and 10-year reviews).
/// </summary>
/// <remarks>Only the label changes; both read back as the same period. JSON: the camelCase member name; stable across versions.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<MultiYearWording>))]
public enum MultiYearWording
{
    /// <summary>Nhiệm kỳ: "Nhiệm kỳ 2020-2025", "Term 2020-2025".</summary>
    [JsonStringEnumMemberName("term")]
    Term = 0,

    /// <summary>Giai đoạn: "Giai đoạn 2011-2020", "2011-2020".</summary>
    [JsonStringEnumMemberName("span")]
    Span = 1,
}
