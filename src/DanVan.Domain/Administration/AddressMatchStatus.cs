using System.Text.Json.Serialization;

namespace DanVan.Domain.Administration;

/// <summary>The outcome of <see cref="AdministrativeCatalog.ParseAddress"/>.</summary>
/// <remarks>The JSON names (camelCase) are stable.</remarks>
/// <example>
/// <code>
/// var old = new LocalDate(2025, 6, 30);
/// catalog.ParseAddress("Xã Quang Sơn, huyện Lập Thạch, tỉnh Vĩnh Phúc", old).Status; // Resolved
/// catalog.ParseAddress("Xã Quang Sơn, huyện Thường Tín, Hà Nội", old).Status;         // Inconsistent
/// catalog.ParseAddress("Phường 15, TP HCM", old).Status;                               // Ambiguous
/// catalog.ParseAddress("Xã Quang Sơn, huyện Lập Thạch, tỉnh Vĩnh Phúc").Status;       // ValidOnOtherDate (2025-06-30)
/// </code>
/// </example>
[JsonConverter(typeof(JsonStringEnumConverter<AddressMatchStatus>))]
public enum AddressMatchStatus
{
    /// <summary>
    /// Every part that names a unit was found, each inside the next: down to a commune (anything before it, a house
    /// number and street, is in <see cref="AddressMatch.Unmatched"/>), or down to the most specific unit the text names.
    /// </summary>
    [JsonStringEnumMemberName("resolved")]
    Resolved = 1,

    /// <summary>
    /// The general parts were found (a province, a district), but the part before them names nothing inside them; it
    /// is kept in <see cref="AddressMatch.Unmatched"/> with a DV2203 warning. It may be a street, or a unit the text
    /// misspells.
    /// </summary>
    [JsonStringEnumMemberName("partiallyResolved")]
    PartiallyResolved = 2,

    /// <summary>A part matches several units equally well (Phường 15 of several districts); <see cref="AddressMatch.Candidates"/> lists them (DV2202).</summary>
    [JsonStringEnumMemberName("ambiguous")]
    Ambiguous = 3,

    /// <summary>
    /// A part names a unit by its kind ("Xã Quang Sơn") that exists on the date, but not inside the unit the next part
    /// names ("huyện Thường Tín"): the text contradicts itself (DV2204). <see cref="AddressMatch.Units"/> holds what was
    /// consistent.
    /// </summary>
    [JsonStringEnumMemberName("inconsistent")]
    Inconsistent = 4,

    /// <summary>No part names a unit valid on the date, nor on any other date of the catalog (DV2201).</summary>
    [JsonStringEnumMemberName("notFound")]
    NotFound = 5,

    /// <summary>
    /// The text names units that did not exist together on the date asked for but did on
    /// <see cref="AddressMatch.SuggestedDate"/>: typically an old three-level address read at today's date (DV2205).
    /// Parse it as of that date, or convert it with <see cref="AdministrativeCatalog.TranslateAddress"/>.
    /// </summary>
    [JsonStringEnumMemberName("validOnOtherDate")]
    ValidOnOtherDate = 6,
}
