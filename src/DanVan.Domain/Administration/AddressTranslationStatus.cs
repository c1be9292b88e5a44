using System.Text.Json.Serialization;

namespace DanVan.Domain.Administration;

/// <summary>The outcome of <see cref="AdministrativeCatalog.TranslateAddress"/>.</summary>
/// <remarks>The JSON names (camelCase) are stable.</remarks>
/// <example>
/// <code>
/// catalog.TranslateAddress("Phường Bến Nghé, Quận 1, TP.HCM", new LocalDate(2025, 6, 30)).Status;  // Translated: Phường Sài Gòn
/// catalog.TranslateAddress("Quận 1, TP.HCM", new LocalDate(2025, 6, 30)).Status;                   // Divided: several wards
/// </code>
/// </example>
[JsonConverter(typeof(JsonStringEnumConverter<AddressTranslationStatus>))]
public enum AddressTranslationStatus
{
    /// <summary>All of the old unit lies in one unit on the new date: one target, whole.</summary>
    [JsonStringEnumMemberName("translated")]
    Translated = 1,

    /// <summary>The old unit was divided: several targets (or one that took only part of it), each marked whole or partial; the street decides which.</summary>
    [JsonStringEnumMemberName("divided")]
    Divided = 2,

    /// <summary>The old address did not resolve to a unit on the old date; see <see cref="AddressTranslation.Source"/>. No targets.</summary>
    [JsonStringEnumMemberName("notResolved")]
    NotResolved = 3,

    /// <summary>The old unit ended and the catalog records no unit that took it over (DV2207). No targets.</summary>
    [JsonStringEnumMemberName("noSuccessor")]
    NoSuccessor = 4,
}
