using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Administration;

/// <summary>
/// The result of <see cref="AdministrativeCatalog.TranslateAddress"/>: an old address parsed on its date, and the
/// units that cover its most specific unit on the new date, each with its new address.
/// </summary>
/// <param name="Source">The old address parsed as of the old date.</param>
/// <param name="ToDate">The date translated to.</param>
/// <param name="Status">The outcome.</param>
/// <param name="Targets">The covering units on <paramref name="ToDate"/>, in the order <see cref="AdministrativeCatalog.Translate(AdministrativeUnit, LocalDate)"/> gives; empty unless translated or divided.</param>
/// <param name="Issues">The source's issues, and DV2207 when the unit has no successor.</param>
/// <remarks>Immutable; lists compare by value.</remarks>
/// <example>
/// <code>
/// var result = AdministrativeCatalog.Default.TranslateAddress("Xã Quang Sơn, huyện Lập Thạch, tỉnh Vĩnh Phúc", new LocalDate(2025, 6, 30));
/// result.Status;             // Translated
/// result.Targets[0].Path;    // "Xã Hợp Lý, Tỉnh Phú Thọ" (whole)
/// </code>
/// </example>
public sealed record AddressTranslation(
    AddressMatch Source,
    LocalDate ToDate,
    AddressTranslationStatus Status,
    IReadOnlyList<TranslatedAddress> Targets,
    IReadOnlyList<ValidationIssue> Issues)
{
    /// <summary>The covering units with their new addresses (see the constructor).</summary>
    public IReadOnlyList<TranslatedAddress> Targets { get; } = ValueList<TranslatedAddress>.From(Targets);

    /// <summary>Errors and warnings (see the constructor).</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; } = ValueList<ValidationIssue>.From(Issues);

    /// <summary>"Translated: 123 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh (whole)".</summary>
    public override string ToString() =>
        $"{Status}: {(Targets.Count == 0 ? "no target" : string.Join("; ", Targets))}";
}
