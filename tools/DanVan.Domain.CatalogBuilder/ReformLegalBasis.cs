using DanVan.Domain.Administration;
using DanVan.Domain.Regulations;

namespace DanVan.Domain.CatalogBuilder;

/// <summary>
/// The documents that decided the changes of 2025-07-01, by the unit they concern. Facts, each with its source; the
/// documents themselves are in the built-in regulation catalog (src/DanVan.Domain/Data/regulations.json).
/// </summary>
internal static class ReformLegalBasis
{
    /// <summary>Nghị quyết 202/2025/QH15 of 12/6/2025 on the arrangement of provincial units (DOMAIN.md §1; baodautu.vn, thuvienphapluat.vn).</summary>
    internal static readonly DocumentNumber Provinces = DocumentNumber.Parse("202/2025/QH15");

    /// <summary>
    /// The end of the district level: the Constitution as amended by Nghị quyết 203/2025/QH15 and the Luật Tổ chức chính
    /// quyền địa phương 72/2025/QH15, both of 16/6/2025 (DOMAIN.md §1).
    /// </summary>
    internal static readonly DocumentNumber[] Districts = [DocumentNumber.Parse("203/2025/QH15"), DocumentNumber.Parse("72/2025/QH15")];

    /// <summary>
    /// The commune-level resolutions of the Ủy ban Thường vụ Quốc hội of 16/6/2025, one per new province (1654 to 1687).
    /// Number to province as listed with links to each signed PDF (datafiles.chinhphu.vn/cpp/files/vbpq/2025/6/NNNN-nq.signed.pdf)
    /// by the tinhthanhvn package README and an independent script, which agree on all 34; seven rows are confirmed by
    /// thuviennhadat.vn and 1662 (Đồng Nai) by luatvietnam.vn. Province codes are those of Công văn 915/CTK-CSCL.
    /// </summary>
    private static readonly Dictionary<string, int> CommuneResolutionByProvince = new(StringComparer.Ordinal)
    {
        ["91"] = 1654, ["96"] = 1655, ["01"] = 1656, ["04"] = 1657, ["24"] = 1658, ["48"] = 1659, ["66"] = 1660,
        ["11"] = 1661, ["75"] = 1662, ["82"] = 1663, ["52"] = 1664, ["42"] = 1665, ["33"] = 1666, ["56"] = 1667,
        ["92"] = 1668, ["31"] = 1669, ["12"] = 1670, ["68"] = 1671, ["20"] = 1672, ["15"] = 1673, ["37"] = 1674,
        ["46"] = 1675, ["25"] = 1676, ["51"] = 1677, ["40"] = 1678, ["22"] = 1679, ["44"] = 1680, ["14"] = 1681,
        ["80"] = 1682, ["19"] = 1683, ["08"] = 1684, ["79"] = 1685, ["38"] = 1686, ["86"] = 1687,
    };

    /// <summary>The commune resolution for the new province <paramref name="province"/>.</summary>
    internal static DocumentNumber Communes(UnitCode province) =>
        CommuneResolutionByProvince.TryGetValue(province.ToString(), out var number)
            ? DocumentNumber.Parse($"{number}/NQ-UBTVQH15")
            : throw new InvalidDataException($"No commune resolution is known for province {province}.");
}
