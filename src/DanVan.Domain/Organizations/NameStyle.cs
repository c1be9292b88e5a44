namespace DanVan.Domain.Organizations;

/// <summary>How <see cref="OrganizationNames"/> composes the name of a kind; one rule per style, each documented there.</summary>
internal enum NameStyle
{
    /// <summary>A central body with one fixed name: "Bộ Chính trị".</summary>
    Fixed,

    /// <summary>A word for the unit's kind plus a head word: "Huyện ủy Thường Tín", "Tỉnh đoàn Vĩnh Phúc", "Đảng ủy xã Quang Sơn".</summary>
    Committee,

    /// <summary>A body of a Party committee: its prefix, then the committee's name: "Ban Dân vận Huyện ủy Thường Tín".</summary>
    UnderCommittee,

    /// <summary>Its prefix, then the unit (or locality) as written in running text: "Ủy ban nhân dân xã Quang Sơn".</summary>
    OfUnit,

    /// <summary>Its prefix, "số N", then the convening body's name: "Đoàn Kiểm tra số 3 Thành ủy Hà Nội".</summary>
    Delegation,
}
