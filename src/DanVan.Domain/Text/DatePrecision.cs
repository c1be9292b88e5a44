using System.Text.Json.Serialization;

namespace DanVan.Domain.Text;

/// <summary>
/// How much of a <see cref="PartialDate"/> is known: the year only ("năm 2021"), the month ("tháng 6/2018") or the
/// day ("ngày 11 tháng 6 năm 2018"). Độ chính xác của ngày tháng.
/// </summary>
/// <remarks>
/// Members are ordered from the coarsest to the finest. JSON: the lower-case member name (<c>"year"</c>,
/// <c>"month"</c>, <c>"day"</c>); stable across versions.
/// </remarks>
[JsonConverter(typeof(JsonStringEnumConverter<DatePrecision>))]
public enum DatePrecision
{
    /// <summary>Năm: only the year is known.</summary>
    [JsonStringEnumMemberName("year")]
    Year = 0,

    /// <summary>Tháng: the year and the month are known.</summary>
    [JsonStringEnumMemberName("month")]
    Month = 1,

    /// <summary>Ngày: the full calendar date is known.</summary>
    [JsonStringEnumMemberName("day")]
    Day = 2,
}
