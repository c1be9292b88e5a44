using System.Text.Json.Serialization;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Kỳ báo cáo: the kind of a <see cref="ReportingPeriod"/>, which is also its granularity. Months roll up into quarters,
/// quarters into halves, halves into years; the first nine months make <see cref="NineMonths"/>; years make a
/// <see cref="MultiYear"/> span.
/// </summary>
/// <remarks>JSON: the camelCase member name; stable across versions. Members are ordered from fine to coarse.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<PeriodKind>))]
public enum PeriodKind
{
    /// <summary>Tháng: one calendar month (<c>2021-M03</c>).</summary>
    [JsonStringEnumMemberName("month")]
    Month = 1,

    /// <summary>Quý: one quarter (<c>2021-Q3</c>).</summary>
    [JsonStringEnumMemberName("quarter")]
    Quarter = 2,

    /// <summary>6 tháng: a half-year (<c>2021-H1</c>, "6 tháng đầu năm"; <c>2021-H2</c>, "6 tháng cuối năm").</summary>
    [JsonStringEnumMemberName("halfYear")]
    HalfYear = 3,

    /// <summary>9 tháng: January to September (<c>2021-9M</c>).</summary>
    [JsonStringEnumMemberName("nineMonths")]
    NineMonths = 4,

    /// <summary>Năm: a calendar year (<c>2021</c>).</summary>
    [JsonStringEnumMemberName("year")]
    Year = 5,

    /// <summary>Nhiều năm: whole calendar years, such as a committee term, nhiệm kỳ (<c>2020/2025</c>) or a 5- or 10-year review.</summary>
    [JsonStringEnumMemberName("multiYear")]
    MultiYear = 6,

    /// <summary>Tùy chọn: any interval of days (<c>2011-01-01/2020-03-26</c>, "since 2011" up to a report's date).</summary>
    [JsonStringEnumMemberName("custom")]
    Custom = 7,
}
