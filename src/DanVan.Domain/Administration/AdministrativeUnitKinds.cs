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

    // Longer than any prefix with its space, even decomposed and spaced out; the name after it does not matter.
    private const int PrefixWindow = 64;

    // The prefixes as FromFullName compares them: "thanh pho", "thi tran".
    private static readonly string[] FoldedPrefixes = [.. Table.Select(info => Text.VietnameseFolding.Fold(info.Prefix))];

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
    /// starts with no prefix of that level. Matching ignores case, diacritics (precomposed or combining) and extra white
    /// space, as <see cref="Text.VietnameseFolding"/> does.
    /// </summary>
    /// <param name="fullName">The full name, e.g. "Thị trấn Thường Tín".</param>
    /// <param name="level">The unit's level (from its code).</param>
    /// <param name="parentIsMunicipality">For district level: whether the parent province is a thành phố trực thuộc trung ương.</param>
    /// <param name="nameStart">Where the name after the prefix starts in <paramref name="fullName"/> (after the space).</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is not defined.</exception>
    public static AdministrativeUnitKind? FromFullName(string? fullName, AdministrativeLevel level, bool parentIsMunicipality, out int nameStart)
    {
        nameStart = 0;
        _ = level.CodeLength(); // refuses an undefined level rather than answering "no prefix"
        if (string.IsNullOrEmpty(fullName))
        {
            return null;
        }

        // Folding with source positions matches "THỊ TRẤN", "Thi tran" and decomposed input alike, and still says where
        // the name starts in the text as given.
        Span<char> folded = stackalloc char[PrefixWindow];
        Span<int> positions = stackalloc int[PrefixWindow];
        var written = Text.VietnameseFolding.FoldCore(fullName.AsSpan(0, Math.Min(fullName.Length, PrefixWindow)), folded, positions);
        folded = folded[..written];

        AdministrativeUnitKind? best = null;
        var bestLength = 0;
        foreach (var info in Table)
        {
            var prefix = FoldedPrefixes[(int)info.Kind - 1];
            if (info.Level != level || prefix.Length <= bestLength || folded.Length <= prefix.Length + 1 ||
                folded[prefix.Length] != ' ' || !folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            best = info.Kind;
            bestLength = prefix.Length;
            nameStart = positions[prefix.Length + 1];
        }

        if (best is AdministrativeUnitKind.ProvincialCity && parentIsMunicipality)
        {
            best = AdministrativeUnitKind.MunicipalCity;
        }

        return best;
    }
}
