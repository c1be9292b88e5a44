using DanVan.Domain.Administration;
using DanVan.Domain.Text;

namespace DanVan.Domain.Organizations;

/// <summary>
/// The pieces of a unit that the names of its bodies are made of, computed once per unit so that a dozen bodies do not
/// each redo them: the committee's name, the unit in running text, the English forms.
/// </summary>
internal sealed class UnitNaming
{
    private UnitNaming(AdministrativeUnit unit)
    {
        Unit = unit;
        IsCommune = unit.Level == AdministrativeLevel.Commune;
        RunningText = InRunningText(unit);
        EnglishFullName = unit.EnglishFullName;
        NameAfterKindWord = IsCommune ? string.Empty : KeepsPrefix(unit) ? unit.FullName : unit.Name;
        KindWord = IsCommune ? string.Empty : WordFor(unit.Kind);
        CommitteeName = IsCommune ? "Đảng ủy " + RunningText : KindWord + " ủy " + NameAfterKindWord;
        CommitteeEnglish = EnglishFullName + " Party Committee";
    }

    public AdministrativeUnit Unit { get; }

    public bool IsCommune { get; }

    /// <summary>"huyện Thường Tín", "Quận 11".</summary>
    public string RunningText { get; }

    public string EnglishFullName { get; }

    /// <summary>"Huyện", "Thành", "Tỉnh"; empty for a commune.</summary>
    public string KindWord { get; }

    /// <summary>"Thường Tín", "Quận 11", "Thành phố Hồ Chí Minh"; empty for a commune.</summary>
    public string NameAfterKindWord { get; }

    /// <summary>"Huyện ủy Thường Tín", "Đảng ủy xã Quang Sơn".</summary>
    public string CommitteeName { get; }

    /// <summary>"Thuong Tin District Party Committee".</summary>
    public string CommitteeEnglish { get; }

    public static UnitNaming Of(AdministrativeUnit unit) => new(unit);

    public static string InRunningText(AdministrativeUnit unit)
    {
        if (IsNumbered(unit))
        {
            return unit.FullName;
        }

        var prefix = unit.Kind.Info().Prefix;
        return string.Concat(char.ToLowerInvariant(prefix[0]).ToString(), prefix.AsSpan(1), " ", unit.Name);
    }

    /// <summary>The word before "ủy" or "đoàn" for a province- or district-level kind: "Tỉnh", "Thành", "Huyện".</summary>
    internal static string WordFor(AdministrativeUnitKind kind) => kind switch
    {
        AdministrativeUnitKind.Province => "Tỉnh",
        AdministrativeUnitKind.Municipality or AdministrativeUnitKind.ProvincialCity or AdministrativeUnitKind.MunicipalCity => "Thành",
        AdministrativeUnitKind.UrbanDistrict => "Quận",
        AdministrativeUnitKind.RuralDistrict => "Huyện",
        AdministrativeUnitKind.DistrictTown => "Thị",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a province- or district-level kind."),
    };

    private static bool IsNumbered(AdministrativeUnit unit) => unit.Name.Length > 0 && !unit.Name.AsSpan().ContainsAnyExceptInRange('0', '9');

    // "Thành ủy Thành phố Hồ Chí Minh", never "Thành ủy Hồ Chí Minh": the bare name is the person's. Source: the city
    // committee's own usage, e.g. "Ban Dân vận Thành ủy Thành phố Hồ Chí Minh" (danvankheo-ketnoithongtin.vn/40nambandanvanthanhuy/).
    private static bool KeepsPrefix(AdministrativeUnit unit) =>
        IsNumbered(unit) || VietnameseFolding.FoldedEquals(unit.Name, "Hồ Chí Minh");
}
