using System.Text.Json.Serialization;

namespace DanVan.Domain.Text;

/// <summary>
/// The word a report puts before a figure to say how exact it is (từ chỉ mức độ chính xác của số liệu):
/// "hơn 700" is <see cref="MoreThan"/> 700, "khoảng 300" is <see cref="About"/> 300.
/// </summary>
/// <remarks>
/// Words are matched without regard to case or diacritics ("HƠN", "hon", decomposed "ho&#x31B;n").
/// <see cref="ReportedNumber.ToString()"/> prints the main word of each member, with its diacritics.
/// JSON: the camelCase member name (<c>"exact"</c>, <c>"moreThan"</c>, ...); stable across versions.
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<NumberQualifier>))]
public enum NumberQualifier
{
    /// <summary>No qualifier: the figure is exact ("700").</summary>
    [JsonStringEnumMemberName("exact")]
    Exact = 0,

    /// <summary>More than: "hơn" (main form) or "trên" ("hơn 700", "trên 1.000").</summary>
    [JsonStringEnumMemberName("moreThan")]
    MoreThan = 1,

    /// <summary>Less than, under: "dưới" ("dưới 50").</summary>
    [JsonStringEnumMemberName("lessThan")]
    LessThan = 2,

    /// <summary>Nearly, just under: "gần" ("gần 2.000").</summary>
    [JsonStringEnumMemberName("nearly")]
    Nearly = 3,

    /// <summary>About, approximately: "khoảng" (main form), "chừng", "khoảng chừng" or "xấp xỉ" ("khoảng 300").</summary>
    [JsonStringEnumMemberName("about")]
    About = 4,

    /// <summary>At least: "ít nhất" (main form) or "tối thiểu" ("ít nhất 01").</summary>
    [JsonStringEnumMemberName("atLeast")]
    AtLeast = 5,

    /// <summary>At most: "tối đa" (main form) or "nhiều nhất" ("tối đa 5").</summary>
    [JsonStringEnumMemberName("atMost")]
    AtMost = 6,
}
