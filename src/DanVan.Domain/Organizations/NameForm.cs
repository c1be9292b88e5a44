namespace DanVan.Domain.Organizations;

/// <summary>How the words after a kind's name go on, in a name <see cref="OrganizationNameParser"/> reads.</summary>
internal enum NameForm
{
    /// <summary>A committee word and the unit's bare name: "Huyện ủy Thường Tín", "Thành đoàn Hà Nội", "Quận ủy Quận 11".</summary>
    Committee,

    /// <summary>A commune committee and the unit in running text: "Đảng ủy xã Quang Sơn", "Đoàn phường Phúc Xá".</summary>
    CommuneCommittee,

    /// <summary>A body of a Party committee, then the committee's name: "Ban Dân vận Huyện ủy Thường Tín".</summary>
    UnderCommittee,

    /// <summary>A body's name, then the unit in running text: "UBND huyện Lập Thạch".</summary>
    OfUnit,

    /// <summary>A grassroots body, then its village or residential group and maybe its commune: "Ban công tác Mặt trận thôn Đông".</summary>
    Locality,

    /// <summary>A delegation, "số N", then the convening body: "Đoàn Kiểm tra số 3 Thành ủy Hà Nội".</summary>
    Delegation,
}
