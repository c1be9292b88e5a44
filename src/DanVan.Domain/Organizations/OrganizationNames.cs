using DanVan.Domain.Administration;
using DanVan.Domain.Text;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Composes the official Vietnamese names of bodies from their kind and unit, following real usage. Each rule below is
/// tested and documented with its source in docs/organizations.md.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item><b>Party committees</b> take a word for the unit's kind and "ủy", then the unit's name without its prefix:
/// tỉnh → "Tỉnh ủy Vĩnh Phúc", thành phố (either level) → "Thành ủy Hà Nội", "Thành ủy Vĩnh Yên", huyện → "Huyện ủy
/// Thường Tín", quận → "Quận ủy Hoàn Kiếm", thị xã → "Thị ủy Sơn Tây". At the commune level the committee is an Đảng ủy
/// followed by the unit in running text: "Đảng ủy xã Quang Sơn", "Đảng ủy phường Hàng Bạc".</item>
/// <item>The <b>Youth Union</b> follows the same rule with "đoàn": "Thành đoàn Hà Nội", "Huyện đoàn Thường Tín", "Đoàn xã
/// Quang Sơn".</item>
/// <item>A unit whose name is a <b>number</b> keeps its prefix wherever it appears: "Quận ủy Quận 11", "UBND Quận 11",
/// "Đảng ủy Phường 15". So does a unit <b>named after a person</b>: "Thành ủy Thành phố Hồ Chí Minh".</item>
/// <item><b>Bodies of a Party committee</b> put their own name before the committee's: "Ban Dân vận Huyện ủy Thường Tín",
/// "Ban Thường vụ Thành ủy Hà Nội", "Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Thọ", "Ban Xây dựng Đảng Đảng ủy xã Quang Sơn".</item>
/// <item><b>State, Front and mass organizations</b> put their name before the unit in running text (prefix in lower case):
/// "Hội đồng nhân dân huyện Thường Tín" (short "HĐND huyện Thường Tín"), "Ủy ban nhân dân xã Quang Sơn" ("UBND xã Quang
/// Sơn"), "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Lập Thạch" ("Ủy ban MTTQ Việt Nam huyện Lập Thạch"), "Hội Nông dân tỉnh
/// Vĩnh Phúc", "Liên đoàn Lao động thành phố Hà Nội". A grassroots body names its locality instead: "Ban công tác Mặt
/// trận thôn Đông".</item>
/// <item><b>Delegations</b> take their name, "số N" when numbered, then the convening body's name: "Đoàn Kiểm tra số 3
/// Thành ủy Hà Nội".</item>
/// <item><b>Central bodies</b> have fixed names: "Ban Dân vận Trung ương", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam".</item>
/// </list>
/// </remarks>
/// <example>
/// <code>
/// var catalog = AdministrativeCatalog.Default;
/// var thuongTin = catalog.Find(UnitCode.Parse("279"), new LocalDate(2020, 3, 26))!;
/// OrganizationNames.Compose(OrganizationKind.DanVanCommission, thuongTin).Name;   // "Ban Dân vận Huyện ủy Thường Tín"
/// OrganizationNames.Compose(OrganizationKind.PeoplesCouncil, thuongTin).ShortName; // "HĐND huyện Thường Tín"
/// </code>
/// </example>
public static class OrganizationNames
{
    /// <summary>Composes the name of the body of <paramref name="kind"/> serving <paramref name="unit"/> (null: the central body).</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="unit">The unit version served; null for a central body.</param>
    /// <param name="number">The number, for numbered bodies ("số 3").</param>
    /// <param name="locality">For grassroots bodies, the village or residential group ("thôn Đông").</param>
    /// <param name="convener">For delegations, the body that set it up.</param>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    /// <exception cref="ArgumentException">The kind has no central body and <paramref name="unit"/> is null, or it is a central-only kind and a unit is given.</exception>
    public static OrganizationName Compose(
        OrganizationKind kind,
        AdministrativeUnit? unit = null,
        int? number = null,
        string? locality = null,
        Organization? convener = null)
    {
        var info = OrganizationKinds.Get(kind);
        if (info.Style == NameStyle.Delegation)
        {
            return Delegation(info, unit, number, convener);
        }

        if (unit is null)
        {
            return info.CentralName is { } central
                ? new OrganizationName(central, info.CentralShortName, info.CentralEnglishName)
                : throw new ArgumentException($"There is no central {info.EnglishName}; give the unit it serves.", nameof(unit));
        }

        if (info.Style == NameStyle.Fixed)
        {
            throw new ArgumentException($"A {info.EnglishName} is a central body with a fixed name; it serves no unit.", nameof(unit));
        }

        var place = string.IsNullOrWhiteSpace(locality) ? null : VietnameseNormalization.Normalize(locality.Trim());
        return Compose(info, UnitNaming.Of(unit), place);
    }

    /// <summary>
    /// The unit as written after a body's name in running text: "huyện Thường Tín", "thành phố Hà Nội"; a unit named by a
    /// number keeps its capitalised prefix: "Quận 11".
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static string InRunningText(AdministrativeUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return UnitNaming.InRunningText(unit);
    }

    /// <summary>The name of a unit body of a kind that is not a delegation, from the unit's precomputed pieces.</summary>
    internal static OrganizationName Compose(OrganizationKindInfo info, UnitNaming unit, string? locality = null) => info.Style switch
    {
        NameStyle.Committee => Committee(info, unit),
        NameStyle.UnderCommittee => new OrganizationName(
            info.NamePrefix + " " + unit.CommitteeName,
            info.ShortPrefix is { } shortPrefix ? shortPrefix + " " + unit.CommitteeName : null,
            info.EnglishName + " of the " + unit.CommitteeEnglish),
        _ => new OrganizationName(
            info.NamePrefix + " " + (locality ?? unit.RunningText),
            info.ShortPrefix is { } shortPrefix ? shortPrefix + " " + (locality ?? unit.RunningText) : null,
            locality is null ? unit.EnglishFullName + " " + info.EnglishName : null),
    };

    private static OrganizationName Committee(OrganizationKindInfo info, UnitNaming unit)
    {
        if (info.Kind == OrganizationKind.PartyCommittee)
        {
            return new OrganizationName(unit.CommitteeName, null, unit.CommitteeEnglish);
        }

        var name = unit.IsCommune ? "Đoàn " + unit.RunningText : unit.KindWord + " " + info.NamePrefix + " " + unit.NameAfterKindWord;
        return new OrganizationName(name, null, unit.EnglishFullName + " " + info.EnglishName);
    }

    private static OrganizationName Delegation(OrganizationKindInfo info, AdministrativeUnit? unit, int? number, Organization? convener)
    {
        var numbered = number is { } n ? info.NamePrefix + " số " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) : info.NamePrefix;
        var englishNumbered = number is { } m ? info.EnglishName + " No. " + m.ToString(System.Globalization.CultureInfo.InvariantCulture) : info.EnglishName;
        if (convener is not null)
        {
            return new OrganizationName(
                numbered + " " + convener.Name,
                convener.ShortName is { } shortName ? numbered + " " + shortName : null,
                convener.EnglishName is { } english ? englishNumbered + " of the " + english : null);
        }

        return unit is null
            ? throw new ArgumentException($"Name a {info.EnglishName} after the body that set it up: give the convener.", nameof(convener))
            : new OrganizationName(numbered + " " + UnitNaming.InRunningText(unit), null, englishNumbered + " of " + unit.EnglishFullName);
    }
}
