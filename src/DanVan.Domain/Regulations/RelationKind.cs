using System.Text.Json.Serialization;

namespace DanVan.Domain.Regulations;

/// <summary>
/// How one document relates to another, in both directions: each active kind (<see cref="Replaces"/>) has its
/// inverse (<see cref="ReplacedBy"/>), so a relation recorded on either document is navigable from both.
/// </summary>
/// <remarks>Use <see cref="RelationKinds.Inverse(RelationKind)"/> to turn one into the other.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<RelationKind>))]
public enum RelationKind
{
    /// <summary>Thay thế: this document replaces the other, which stops being in force when this one starts.</summary>
    [JsonStringEnumMemberName("replaces")]
    Replaces = 1,

    /// <summary>Được thay thế bởi: the inverse of <see cref="Replaces"/>.</summary>
    [JsonStringEnumMemberName("replacedBy")]
    ReplacedBy = 2,

    /// <summary>Sửa đổi, bổ sung: this document amends the other, which stays in force as amended.</summary>
    [JsonStringEnumMemberName("amends")]
    Amends = 3,

    /// <summary>Được sửa đổi bởi: the inverse of <see cref="Amends"/>.</summary>
    [JsonStringEnumMemberName("amendedBy")]
    AmendedBy = 4,

    /// <summary>Bãi bỏ: this document repeals the other without replacing it.</summary>
    [JsonStringEnumMemberName("repeals")]
    Repeals = 5,

    /// <summary>Bị bãi bỏ bởi: the inverse of <see cref="Repeals"/>.</summary>
    [JsonStringEnumMemberName("repealedBy")]
    RepealedBy = 6,

    /// <summary>Thực hiện, cụ thể hóa: this document implements or applies the other (a plan implementing a resolution).</summary>
    [JsonStringEnumMemberName("implements")]
    Implements = 7,

    /// <summary>Được thực hiện bởi: the inverse of <see cref="Implements"/>.</summary>
    [JsonStringEnumMemberName("implementedBy")]
    ImplementedBy = 8,

    /// <summary>Hướng dẫn, quy định chi tiết: this document guides or details the other (a decree detailing a law).</summary>
    [JsonStringEnumMemberName("guides")]
    Guides = 9,

    /// <summary>Được hướng dẫn bởi: the inverse of <see cref="Guides"/>.</summary>
    [JsonStringEnumMemberName("guidedBy")]
    GuidedBy = 10,

    /// <summary>Căn cứ: this document is issued on the basis of the other.</summary>
    [JsonStringEnumMemberName("basedOn")]
    BasedOn = 11,

    /// <summary>Là căn cứ của: the inverse of <see cref="BasedOn"/>.</summary>
    [JsonStringEnumMemberName("basisFor")]
    BasisFor = 12,
}
