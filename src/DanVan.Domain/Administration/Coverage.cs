using System.Text.Json.Serialization;

namespace DanVan.Domain.Administration;

/// <summary>
/// How much of an old unit went into a new one: the <c>Nhập toàn bộ</c> / <c>Nhập một phần</c> of the official
/// conversion table. It always describes the <b>old</b> unit: <see cref="Whole"/> means all of it lies in the new unit.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Coverage>))]
public enum Coverage
{
    /// <summary>Toàn bộ: all of the old unit went into the new one ("Nhập toàn bộ", "Giữ nguyên", a rename).</summary>
    [JsonStringEnumMemberName("whole")]
    Whole = 1,

    /// <summary>Một phần: only part of the old unit went into the new one ("Nhập một phần", "một phần diện tích").</summary>
    [JsonStringEnumMemberName("partial")]
    Partial = 2,
}
