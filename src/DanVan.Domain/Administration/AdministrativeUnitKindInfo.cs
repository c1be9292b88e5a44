namespace DanVan.Domain.Administration;

/// <summary>
/// What is known about one <see cref="AdministrativeUnitKind"/>: its level, Vietnamese name, the prefix printed before
/// a unit's name ("Huyện" in "Huyện Lập Thạch"), the abbreviations clerks use ("H."), and English names.
/// </summary>
/// <remarks>Immutable; the instances are those of <see cref="AdministrativeUnitKinds.All"/>.</remarks>
public sealed class AdministrativeUnitKindInfo
{
    internal AdministrativeUnitKindInfo(
        AdministrativeUnitKind kind, AdministrativeLevel level, string vietnameseName, string prefix,
        string[] abbreviations, string englishName, string englishTitle)
    {
        Kind = kind;
        Level = level;
        VietnameseName = vietnameseName;
        Prefix = prefix;
        Abbreviations = Array.AsReadOnly(abbreviations);
        EnglishName = englishName;
        EnglishTitle = englishTitle;
    }

    /// <summary>The kind described.</summary>
    public AdministrativeUnitKind Kind { get; }

    /// <summary>The level of units of this kind.</summary>
    public AdministrativeLevel Level { get; }

    /// <summary>The Vietnamese name of the kind, lower case as in running text: "thành phố trực thuộc trung ương", "huyện".</summary>
    public string VietnameseName { get; }

    /// <summary>The prefix of a unit's official full name, capitalised as printed: "Thành phố", "Huyện", "Thị trấn", "Đặc khu".</summary>
    public string Prefix { get; }

    /// <summary>The common abbreviations of the prefix in addresses ("TP.", "Q.", "H.", "TX.", "P.", "X.", "TT."); possibly empty.</summary>
    public IReadOnlyList<string> Abbreviations { get; }

    /// <summary>The English name of the kind: "municipality", "rural district", "ward".</summary>
    public string EnglishName { get; }

    /// <summary>The word of an English full name, after the name ("Thuong Tin District") or, for a numbered unit, before it ("Ward 15").</summary>
    public string EnglishTitle { get; }

    /// <inheritdoc />
    public override string ToString() => Prefix;
}
