using System.Text.Json.Serialization;

namespace DanVan.Domain.Metrics;

/// <summary>Loại chỉ tiêu: what kind of figure a metric is, which decides how it may be combined.</summary>
/// <remarks>JSON: the camelCase member name; stable across versions.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<MetricKind>))]
public enum MetricKind
{
    /// <summary>Số lượng: a count of things (sessions, attendances, petitions, models).</summary>
    [JsonStringEnumMemberName("count")]
    Count = 1,

    /// <summary>Số tiền, khối lượng: an amount (money in đồng).</summary>
    [JsonStringEnumMemberName("amount")]
    Amount = 2,

    /// <summary>Tỷ lệ: a rate, numerator metric over denominator metric (petitions resolved / within jurisdiction). Combined by summing the parts, never by averaging.</summary>
    [JsonStringEnumMemberName("rate")]
    Rate = 3,

    /// <summary>Độ bao phủ: units over units ("29/29 ban dân vận quận, huyện, thị"). Combined like a rate.</summary>
    [JsonStringEnumMemberName("coverage")]
    Coverage = 4,

    /// <summary>Điểm chấm: a grading score (out of 100). Never added.</summary>
    [JsonStringEnumMemberName("score")]
    Score = 5,

    /// <summary>Xếp loại: an ordinal grade (hoàn thành xuất sắc, tốt, hoàn thành, không hoàn thành). Never added.</summary>
    [JsonStringEnumMemberName("grade")]
    Grade = 6,
}
