using System.Text.Json.Serialization;

namespace DanVan.Domain.Regulations;

/// <summary>Tình trạng hiệu lực: whether a document is in force on a given date.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RegulationStatus>))]
public enum RegulationStatus
{
    /// <summary>Chưa có hiệu lực: issued (or not even issued) but not yet in force on that date.</summary>
    [JsonStringEnumMemberName("notYetInForce")]
    NotYetInForce = 1,

    /// <summary>Còn hiệu lực: in force on that date.</summary>
    [JsonStringEnumMemberName("inForce")]
    InForce = 2,

    /// <summary>Hết hiệu lực: no longer in force on that date (ended, replaced or repealed).</summary>
    [JsonStringEnumMemberName("noLongerInForce")]
    NoLongerInForce = 3,
}
