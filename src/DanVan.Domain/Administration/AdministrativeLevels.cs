namespace DanVan.Domain.Administration;

/// <summary>Names and code lengths of the <see cref="AdministrativeLevel"/>s.</summary>
/// <example>
/// <code>
/// AdministrativeLevel.Commune.VietnameseName(); // "cấp xã"
/// AdministrativeLevel.District.CodeLength();    // 3
/// </code>
/// </example>
public static class AdministrativeLevels
{
    /// <summary>The Vietnamese name: "cấp tỉnh", "cấp huyện", "cấp xã".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not defined.</exception>
    public static string VietnameseName(this AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.Province => "cấp tỉnh",
        AdministrativeLevel.District => "cấp huyện",
        AdministrativeLevel.Commune => "cấp xã",
        _ => throw Undefined(level),
    };

    /// <summary>The English name: "province", "district", "commune".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not defined.</exception>
    public static string EnglishName(this AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.Province => "province",
        AdministrativeLevel.District => "district",
        AdministrativeLevel.Commune => "commune",
        _ => throw Undefined(level),
    };

    /// <summary>The number of digits of a code at this level: 2, 3 or 5.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not defined.</exception>
    public static int CodeLength(this AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.Province => 2,
        AdministrativeLevel.District => 3,
        AdministrativeLevel.Commune => 5,
        _ => throw Undefined(level),
    };

    /// <summary>The level directly above (district for a commune before 2025-07-01); null for a province.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is not defined.</exception>
    public static AdministrativeLevel? Parent(this AdministrativeLevel level) => level switch
    {
        AdministrativeLevel.Province => null,
        AdministrativeLevel.District => AdministrativeLevel.Province,
        AdministrativeLevel.Commune => AdministrativeLevel.District,
        _ => throw Undefined(level),
    };

    private static ArgumentOutOfRangeException Undefined(AdministrativeLevel level) =>
        new(nameof(level), level, "Not a defined administrative level.");
}
