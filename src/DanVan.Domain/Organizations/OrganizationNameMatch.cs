using System.Text.Json.Serialization;
using DanVan.Domain.Administration;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// The result of <see cref="OrganizationRegistry.ParseName"/>: the kind of body a name names, the unit it serves, its
/// number and locality, the convening body, and the body itself when the registry has it; or why the name does not read.
/// </summary>
/// <param name="Text">The text parsed (empty for null).</param>
/// <param name="AsOf">The date the name was read on.</param>
/// <param name="Status">The outcome; <see cref="OrganizationNameStatus.Resolved"/> when the name reads on the date.</param>
/// <param name="Kind">The kind of body; null when none was recognised.</param>
/// <param name="Level">The level of the body: <see cref="OrganizationLevel.Central"/> for a central body, <see cref="OrganizationLevel.Grassroots"/> for a village body; null when not known.</param>
/// <param name="Unit">
/// The unit served, valid on <paramref name="AsOf"/>; null for a central body and when no unit was found. For
/// <see cref="OrganizationNameStatus.NotValidOnDate"/>: the unit as it was on another state of the catalog when it did not
/// exist on <paramref name="AsOf"/> (Huyện Thường Tín read on 2026-01-01), or the unit in which the kind did not exist then.
/// </param>
/// <param name="Number">The number of a numbered body ("Đoàn Kiểm tra số 3"); null otherwise.</param>
/// <param name="Locality">For a grassroots body, its village or residential group as written ("thôn Đông"); null otherwise.</param>
/// <param name="Organization">The body in the registry on the date: materialised (a standing body) or added; null when the registry has none then (an ad hoc delegation nobody added) or the name did not resolve.</param>
/// <param name="ConvenerKind">The kind of the body named inside the name: the Party committee of a commission or standing committee ("Ban Dân vận Huyện ủy …"), the body that set up a delegation; null otherwise.</param>
/// <param name="Convener">That body, when the registry has it on the date.</param>
/// <param name="Alternatives">
/// For <see cref="OrganizationNameStatus.Ambiguous"/>: the units that fit equally well, best first. For
/// <see cref="OrganizationNameStatus.NotFound"/> because the unit is outside <c>within</c> or its body is named otherwise:
/// the units the text names. Otherwise empty.
/// </param>
/// <param name="Issue">Why the name did not resolve (DV3301–DV3315), in English and Vietnamese; on a resolved name, a warning or null.</param>
/// <param name="SuggestedDate">For <see cref="OrganizationNameStatus.NotValidOnDate"/>: a date on which the unit and the kind both existed, when there is one.</param>
/// <remarks>Immutable; lists compare by value.</remarks>
/// <example>
/// <code>
/// var match = OrganizationRegistry.Default.ParseName("Đoàn Kiểm tra số 3 Thành ủy Hà Nội", new LocalDate(2020, 3, 26));
/// match.Status;        // Resolved
/// match.Kind;          // OrganizationKind.InspectionDelegation
/// match.Unit!.Code;    // 01
/// match.Number;        // 3
/// match.ConvenerKind;  // OrganizationKind.PartyCommittee
/// match.Convener!.Name; // "Thành ủy Hà Nội"
/// </code>
/// </example>
public sealed record OrganizationNameMatch(
    string Text,
    LocalDate AsOf,
    OrganizationNameStatus Status,
    OrganizationKind? Kind,
    OrganizationLevel? Level,
    AdministrativeUnit? Unit,
    int? Number,
    string? Locality,
    Organization? Organization,
    OrganizationKind? ConvenerKind,
    Organization? Convener,
    IReadOnlyList<AdministrativeUnit> Alternatives,
    ValidationIssue? Issue,
    LocalDate? SuggestedDate = null)
{
    /// <summary>The alternatives (see the constructor).</summary>
    public IReadOnlyList<AdministrativeUnit> Alternatives { get; } = ValueList<AdministrativeUnit>.From(Alternatives);

    /// <summary>True for <see cref="OrganizationNameStatus.Resolved"/>.</summary>
    [JsonIgnore]
    public bool IsResolved => Status == OrganizationNameStatus.Resolved;

    /// <summary>"Resolved: InspectionDelegation No. 3, Thành phố Hà Nội (01)".</summary>
    public override string ToString()
    {
        var kind = Kind?.ToString() ?? "no kind";
        var number = Number is { } n ? " No. " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        var place = Unit is { } unit ? $", {unit.FullName} ({unit.Code})" : Level == OrganizationLevel.Central ? ", central" : string.Empty;
        var locality = Locality is null ? string.Empty : ", " + Locality;
        return $"{Status}: {kind}{number}{locality}{place}";
    }
}
