using System.Text.Json.Serialization;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Đơn vị tính: what a figure counts, as Vietnamese reports write it after the number ("557 cuộc", "925 lượt cán bộ").
/// <see cref="UnitsOfMeasure"/> gives the Vietnamese and English words of each.
/// </summary>
/// <remarks>JSON: the camelCase member name; stable across versions.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<UnitOfMeasure>))]
public enum UnitOfMeasure
{
    /// <summary>Cuộc: sessions, meetings, inspections, supervisions ("557 cuộc giám sát").</summary>
    [JsonStringEnumMemberName("session")]
    Session = 1,

    /// <summary>Lượt người: attendances, one person counted once per session ("1.170.000 lượt người").</summary>
    [JsonStringEnumMemberName("attendance")]
    Attendance = 2,

    /// <summary>Người: distinct people.</summary>
    [JsonStringEnumMemberName("person")]
    Person = 3,

    /// <summary>Lượt công dân: citizen visits at reception ("tiếp hơn 700 lượt công dân").</summary>
    [JsonStringEnumMemberName("citizenVisit")]
    CitizenVisit = 4,

    /// <summary>Đơn: petitions, complaints, denunciations, letters ("79 đơn").</summary>
    [JsonStringEnumMemberName("petition")]
    Petition = 5,

    /// <summary>Lớp: training classes ("7 lớp tập huấn").</summary>
    [JsonStringEnumMemberName("class")]
    Class = 6,

    /// <summary>Mô hình: models of the Dân vận khéo movement ("2.071 mô hình").</summary>
    [JsonStringEnumMemberName("model")]
    Model = 7,

    /// <summary>Đơn vị: bodies, agencies or administrative units ("phê bình đối với 07 xã"; "29/29 ban dân vận").</summary>
    [JsonStringEnumMemberName("unit")]
    Unit = 8,

    /// <summary>Lượt cơ quan, đơn vị: visits to agencies and units, one unit counted once per visit ("kiểm tra 174 lượt cơ quan, đơn vị").</summary>
    [JsonStringEnumMemberName("unitVisit")]
    UnitVisit = 9,

    /// <summary>Phần trăm (%): a rate or a coverage ratio, written with a decimal comma ("79,63%").</summary>
    [JsonStringEnumMemberName("percent")]
    Percent = 10,

    /// <summary>Đồng: Vietnamese đồng, money spent or mobilised.</summary>
    [JsonStringEnumMemberName("dong")]
    Dong = 11,

    /// <summary>Điểm: points of a grading score (out of 100 in provincial state dân vận grading).</summary>
    [JsonStringEnumMemberName("point")]
    Point = 12,

    /// <summary>Mức xếp loại: a level of an ordinal grade (hoàn thành xuất sắc … không hoàn thành).</summary>
    [JsonStringEnumMemberName("grade")]
    Grade = 13,
}
