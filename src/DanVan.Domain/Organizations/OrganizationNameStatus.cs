using System.Text.Json.Serialization;

namespace DanVan.Domain.Organizations;

/// <summary>The outcome of <see cref="OrganizationRegistry.ParseName"/>.</summary>
/// <remarks>The JSON names (camelCase) are stable. docs/organizations-names.md gives a tested example of each.</remarks>
/// <example>
/// <code>
/// var registry = OrganizationRegistry.Default;
/// registry.ParseName("Ban Dân vận Huyện ủy Thường Tín", new LocalDate(2020, 3, 26)).Status; // Resolved
/// registry.ParseName("UBND xã Quang Sơn", new LocalDate(2020, 3, 26)).Status;               // Ambiguous
/// registry.ParseName("Huyện ủy Thường Tín", new LocalDate(2026, 1, 1)).Status;              // NotValidOnDate
/// registry.ParseName("Ban công tác Mặt trận thôn Đông").Status;                             // LocalityOnly
/// </code>
/// </example>
[JsonConverter(typeof(JsonStringEnumConverter<OrganizationNameStatus>))]
public enum OrganizationNameStatus
{
    /// <summary>
    /// The kind and the unit were read and the kind exists at the unit's level on the date (a central body: the kind
    /// alone). <see cref="OrganizationNameMatch.Organization"/> holds the body when the registry has it then.
    /// </summary>
    [JsonStringEnumMemberName("resolved")]
    Resolved = 1,

    /// <summary>Several units of that name fit equally well ("xã Quang Sơn"); <see cref="OrganizationNameMatch.Alternatives"/> lists them (DV3306).</summary>
    [JsonStringEnumMemberName("ambiguous")]
    Ambiguous = 2,

    /// <summary>
    /// A grassroots body whose village or residential group was read (<see cref="OrganizationNameMatch.Locality"/>) but
    /// whose commune the name does not give: "Ban công tác Mặt trận thôn Đông" (DV3313, a warning). Name the commune, or
    /// parse within it.
    /// </summary>
    [JsonStringEnumMemberName("localityOnly")]
    LocalityOnly = 3,

    /// <summary>
    /// The unit or the kind existed, but not on the date: "Huyện ủy Thường Tín" after 2025-06-30, "Ban Dân vận Trung
    /// ương" after 2025-02-02 (DV3307, DV3308). <see cref="OrganizationNameMatch.SuggestedDate"/> is a date on which the
    /// name reads, when there is one.
    /// </summary>
    [JsonStringEnumMemberName("notValidOnDate")]
    NotValidOnDate = 4,

    /// <summary>The unit exists, but a body of that kind never exists at its level: "Liên đoàn Lao động xã …" (DV3309).</summary>
    [JsonStringEnumMemberName("kindNotAtLevel")]
    KindNotAtLevel = 5,

    /// <summary>
    /// The kind was read, but no unit: the name names none (DV3304), none of that name exists on any date (DV3305), the
    /// unit is not within the one given (DV3315), or the unit's body is named otherwise ("Huyện ủy Hoàn Kiếm" for Quận
    /// ủy Hoàn Kiếm, DV3310).
    /// </summary>
    [JsonStringEnumMemberName("notFound")]
    NotFound = 6,

    /// <summary>No kind of body was recognised: the text is empty (DV3301), too long (DV3302), or starts with no known name (DV3303).</summary>
    [JsonStringEnumMemberName("unrecognized")]
    Unrecognized = 7,
}
