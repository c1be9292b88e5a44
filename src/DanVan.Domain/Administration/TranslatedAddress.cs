namespace DanVan.Domain.Administration;

/// <summary>
/// One unit that covers an old address on the new date, from <see cref="AdministrativeCatalog.TranslateAddress"/>: the
/// link (the unit, whole or partial, the conversion table's note), its chain of units and the address as printed.
/// </summary>
/// <param name="Link">The unit on the new date and how much of the old unit it holds.</param>
/// <param name="Units">The unit's chain on the new date, province first, ending with <see cref="LinkedUnit.Unit"/>.</param>
/// <param name="Path">The official path on the new date, most specific first: "Phường Sài Gòn, Thành phố Hồ Chí Minh".</param>
/// <param name="Address">The new address: the old text's unmatched parts (house number, street) kept before <paramref name="Path"/>: "123 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh".</param>
/// <example>
/// <code>
/// var target = catalog.TranslateAddress("123 Lê Lợi, P. Bến Nghé, Q.1, TP.HCM", new LocalDate(2025, 6, 30)).Targets[0];
/// target.Link.Coverage; // Coverage.Whole
/// target.Address;       // "123 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh"
/// </code>
/// </example>
public sealed record TranslatedAddress(LinkedUnit Link, IReadOnlyList<AdministrativeUnit> Units, string Path, string Address)
{
    /// <summary>The chain on the new date, province first (see the constructor).</summary>
    public IReadOnlyList<AdministrativeUnit> Units { get; } = ValueList<AdministrativeUnit>.From(Units);

    /// <summary>The new address and the coverage: "123 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh (whole)".</summary>
    public override string ToString() => $"{Address} ({(Link.Coverage == Coverage.Whole ? "whole" : "partial")})";
}
