using System.Text.Json.Serialization;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Administration;

/// <summary>
/// The result of <see cref="AdministrativeCatalog.ParseAddress"/>: the units a free-text address names, from the
/// province down to the most specific, with what did not match and why.
/// </summary>
/// <param name="Text">The text parsed (empty for null).</param>
/// <param name="AsOf">The date whose units were matched.</param>
/// <param name="Status">The outcome; only <see cref="AddressMatchStatus.Resolved"/> means the whole address is understood.</param>
/// <param name="Units">The units found, province first, each the parent of the next, down to the most specific (districts the text skips are filled in); empty when none.</param>
/// <param name="Candidates">When <see cref="AddressMatchStatus.Ambiguous"/>: the units the ambiguous part matches equally well; otherwise empty.</param>
/// <param name="Unmatched">The parts of the text that name no unit, as written, in text order: a house number and street, a country, a postcode, or a part that failed.</param>
/// <param name="Issues">Why the status is not <see cref="AddressMatchStatus.Resolved"/>, and warnings (DV2201–DV2206), in English and Vietnamese.</param>
/// <param name="SuggestedDate">When <see cref="AddressMatchStatus.ValidOnOtherDate"/>: a date on which the text resolves better (2025-06-30 for an old three-level address).</param>
/// <remarks>Immutable; lists compare by value, so two equal parses are equal.</remarks>
/// <example>
/// <code>
/// var match = AdministrativeCatalog.Default.ParseAddress("123 Lê Lợi, P. Bến Nghé, Q.1, TP.HCM", new LocalDate(2025, 6, 30));
/// match.Status;                               // Resolved
/// match.Units.Select(u => u.FullName);        // "Thành phố Hồ Chí Minh", "Quận 1", "Phường Bến Nghé"
/// match.Unit!.Code;                           // 26740
/// match.Unmatched;                            // ["123 Lê Lợi"]
/// </code>
/// </example>
public sealed record AddressMatch(
    string Text,
    LocalDate AsOf,
    AddressMatchStatus Status,
    IReadOnlyList<AdministrativeUnit> Units,
    IReadOnlyList<UnitMatch> Candidates,
    IReadOnlyList<string> Unmatched,
    IReadOnlyList<ValidationIssue> Issues,
    LocalDate? SuggestedDate = null)
{
    /// <summary>The units found, province first (see the constructor).</summary>
    public IReadOnlyList<AdministrativeUnit> Units { get; } = ValueList<AdministrativeUnit>.From(Units);

    /// <summary>The equally good matches of an ambiguous part (see the constructor).</summary>
    public IReadOnlyList<UnitMatch> Candidates { get; } = ValueList<UnitMatch>.From(Candidates);

    /// <summary>The parts that name no unit, as written (see the constructor).</summary>
    public IReadOnlyList<string> Unmatched { get; } = ValueList<string>.From(Unmatched);

    /// <summary>Errors and warnings (see the constructor).</summary>
    public IReadOnlyList<ValidationIssue> Issues { get; } = ValueList<ValidationIssue>.From(Issues);

    /// <summary>The most specific unit found (the last of <see cref="Units"/>); null when none was.</summary>
    [JsonIgnore]
    public AdministrativeUnit? Unit => Units.Count == 0 ? null : Units[^1];

    /// <summary>True for <see cref="AddressMatchStatus.Resolved"/>.</summary>
    [JsonIgnore]
    public bool IsResolved => Status == AddressMatchStatus.Resolved;

    /// <summary>"Resolved: Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh".</summary>
    public override string ToString() =>
        $"{Status}: {(Units.Count == 0 ? "no unit" : string.Join(", ", Units.Reverse().Select(u => u.FullName)))}";
}
