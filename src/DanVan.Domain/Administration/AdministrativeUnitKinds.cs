namespace DanVan.Domain.Administration;

/// <summary>
/// The closed table of <see cref="AdministrativeUnitKind"/>s with their names, prefixes and abbreviations.
/// </summary>
/// <remarks>
/// <para>Prefixes are those of the official full names in the state code lists (Quyết định 124/2004/QĐ-TTg and
/// 19/2025/QĐ-TTg; Công văn 1027/CTK-CSCL): "Thành phố Hà Nội", "Quận 11", "Thị xã Sơn Tây", "Thị trấn Thường Tín",
/// "Đặc khu Côn Đảo". Several kinds share the prefix "Thành phố"; the level and the parent tell them apart.</para>
/// <para>Abbreviations are usage in addresses, not an official table: "TP.HCM", "Q.11", "P.15", "H. Lập Thạch".
/// English titles follow the English names of the source lists ("District", "Town", "Township").</para>
/// </remarks>
/// <example>
/// <code>
/// AdministrativeUnitKinds.Get(AdministrativeUnitKind.RuralDistrict).Prefix;           // "Huyện"
/// AdministrativeUnitKinds.Get(AdministrativeUnitKind.Ward).Abbreviations[0];          // "P."
/// AdministrativeUnitKind.MunicipalCity.Info().VietnameseName; // "thành phố thuộc thành phố trực thuộc trung ương"
/// </code>
/// </example>
public static class AdministrativeUnitKinds
{
    private static readonly AdministrativeUnitKindInfo[] Table =
    [
        new(AdministrativeUnitKind.Province, AdministrativeLevel.Province, "tỉnh", "Tỉnh", [], "province", "Province"),
        new(AdministrativeUnitKind.Municipality, AdministrativeLevel.Province, "thành phố trực thuộc trung ương", "Thành phố", ["TP."], "municipality", "City"),
        new(AdministrativeUnitKind.UrbanDistrict, AdministrativeLevel.District, "quận", "Quận", ["Q."], "urban district", "District"),
        new(AdministrativeUnitKind.RuralDistrict, AdministrativeLevel.District, "huyện", "Huyện", ["H."], "rural district", "District"),
        new(AdministrativeUnitKind.DistrictTown, AdministrativeLevel.District, "thị xã", "Thị xã", ["TX."], "district-level town", "Town"),
        new(AdministrativeUnitKind.ProvincialCity, AdministrativeLevel.District, "thành phố thuộc tỉnh", "Thành phố", ["TP."], "provincial city", "City"),
        new(AdministrativeUnitKind.MunicipalCity, AdministrativeLevel.District, "thành phố thuộc thành phố trực thuộc trung ương", "Thành phố", ["TP."], "city within a municipality", "City"),
        new(AdministrativeUnitKind.Commune, AdministrativeLevel.Commune, "xã", "Xã", ["X."], "commune", "Commune"),
        new(AdministrativeUnitKind.Ward, AdministrativeLevel.Commune, "phường", "Phường", ["P."], "ward", "Ward"),
        new(AdministrativeUnitKind.Township, AdministrativeLevel.Commune, "thị trấn", "Thị trấn", ["TT."], "township", "Township"),
        new(AdministrativeUnitKind.SpecialZone, AdministrativeLevel.Commune, "đặc khu", "Đặc khu", [], "special zone", "Special Zone"),
    ];

    /// <summary>Every kind, provinces first, in the order of <see cref="AdministrativeUnitKind"/>.</summary>
    public static IReadOnlyList<AdministrativeUnitKindInfo> All { get; } = Array.AsReadOnly(Table);

    /// <summary>The description of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static AdministrativeUnitKindInfo Get(AdministrativeUnitKind kind) =>
        kind >= AdministrativeUnitKind.Province && kind <= AdministrativeUnitKind.SpecialZone
            ? Table[(int)kind - 1]
            : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined administrative unit kind.");

    /// <summary>The description of <paramref name="kind"/> (same as <see cref="Get"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static AdministrativeUnitKindInfo Info(this AdministrativeUnitKind kind) => Get(kind);

    /// <summary>The level of units of <paramref name="kind"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    public static AdministrativeLevel Level(this AdministrativeUnitKind kind) => Get(kind).Level;

    /// <summary>True for a defined kind.</summary>
    public static bool IsDefined(AdministrativeUnitKind kind) =>
        kind >= AdministrativeUnitKind.Province && kind <= AdministrativeUnitKind.SpecialZone;

    /// <summary>
    /// The kind of a unit from its official full name's prefix and its level ("Thành phố" is a municipality at province
    /// level, a provincial city at district level unless <paramref name="parentIsMunicipality"/>). Null when the name
    /// starts with no prefix of that level. Matching ignores case and diacritics.
    /// </summary>
    /// <param name="fullName">The full name, e.g. "Thị trấn Thường Tín".</param>
    /// <param name="level">The unit's level (from its code).</param>
    /// <param name="parentIsMunicipality">For district level: whether the parent province is a thành phố trực thuộc trung ương.</param>
    /// <param name="nameStart">Where the name after the prefix starts (after the space).</param>
    public static AdministrativeUnitKind? FromFullName(string? fullName, AdministrativeLevel level, bool parentIsMunicipality, out int nameStart)
    {
        nameStart = 0;
        if (string.IsNullOrEmpty(fullName))
        {
            return null;
        }

        AdministrativeUnitKind? best = null;
        foreach (var info in Table)
        {
            if (info.Level != level || fullName.Length <= info.Prefix.Length + 1 || fullName[info.Prefix.Length] != ' ' ||
                !Text.VietnameseFolding.FoldedEquals(fullName[..info.Prefix.Length], info.Prefix) ||
                (best is not null && Get(best.Value).Prefix.Length >= info.Prefix.Length))
            {
                continue;
            }

            best = info.Kind;
            nameStart = info.Prefix.Length + 1;
        }

        if (best is AdministrativeUnitKind.ProvincialCity && parentIsMunicipality)
        {
            best = AdministrativeUnitKind.MunicipalCity;
        }

        return best;
    }
}
