namespace DanVan.Domain.Regulations;

/// <summary>
/// Cơ quan ban hành: one row of the closed table of issuer abbreviations that document numbers carry
/// (<c>TW</c>, <c>TU</c>, <c>CP</c>, <c>UBND</c>...).
/// </summary>
/// <remarks>
/// Instances come only from <see cref="Issuers"/>. An abbreviation names a kind of body, not one body: every
/// provincial Party committee signs <c>/TU</c>, every People's Committee <c>-UBND</c>. Immutable and thread-safe.
/// </remarks>
public sealed class Issuer : IEquatable<Issuer>
{
    internal Issuer(DocumentSystem system, string abbreviation, IssuerLevel level, string vietnameseName, string englishName, bool carriesAssemblyTerm = false)
    {
        System = system;
        Abbreviation = abbreviation;
        Level = level;
        VietnameseName = vietnameseName;
        EnglishName = englishName;
        CarriesAssemblyTerm = carriesAssemblyTerm;
    }

    /// <summary>The system whose numbers carry this abbreviation.</summary>
    public DocumentSystem System { get; }

    /// <summary>The abbreviation as officially printed, e.g. <c>TW</c>, <c>ĐU</c>, <c>TTg</c>.</summary>
    public string Abbreviation { get; }

    /// <summary>The level of the body.</summary>
    public IssuerLevel Level { get; }

    /// <summary>The Vietnamese name, e.g. "Ban Chấp hành Trung ương Đảng (Bộ Chính trị, Ban Bí thư)".</summary>
    public string VietnameseName { get; }

    /// <summary>The English name.</summary>
    public string EnglishName { get; }

    /// <summary>True for the National Assembly and its Standing Committee, whose abbreviation is followed by the Assembly's term (khóa): <c>QH15</c>, <c>UBTVQH11</c>.</summary>
    public bool CarriesAssemblyTerm { get; }

    /// <inheritdoc />
    public bool Equals(Issuer? other) =>
        other is not null && System == other.System && string.Equals(Abbreviation, other.Abbreviation, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Issuer);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(System, StringComparer.Ordinal.GetHashCode(Abbreviation));

    /// <summary>The abbreviation and the Vietnamese name, e.g. "TU (Tỉnh ủy, Thành ủy)".</summary>
    public override string ToString() => $"{Abbreviation} ({VietnameseName})";
}
