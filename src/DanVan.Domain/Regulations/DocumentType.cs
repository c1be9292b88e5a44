namespace DanVan.Domain.Regulations;

/// <summary>
/// One row of the closed table of document types (bảng chữ viết tắt tên loại văn bản): a kind of document as one
/// numbering system writes it, with the abbreviation its numbers carry.
/// </summary>
/// <remarks>
/// Instances come only from <see cref="DocumentTypes"/>, so they can be compared by reference as well as by
/// value. Immutable and thread-safe.
/// </remarks>
public sealed class DocumentType : IEquatable<DocumentType>
{
    internal DocumentType(DocumentSystem system, DocumentKind kind, string? abbreviation, string vietnameseName, string englishName)
    {
        System = system;
        Kind = kind;
        Abbreviation = abbreviation;
        VietnameseName = vietnameseName;
        EnglishName = englishName;
    }

    /// <summary>The numbering system that uses this type.</summary>
    public DocumentSystem System { get; }

    /// <summary>The kind of document.</summary>
    public DocumentKind Kind { get; }

    /// <summary>
    /// The abbreviation in a document number, as officially printed (<c>QĐ</c>, <c>QĐi</c>, <c>QyĐ</c>, <c>CTr</c>);
    /// null when the number carries none (a law's number carries the Assembly and its term: <c>10/2022/QH15</c>;
    /// a công văn's carries the issuer and the drafting unit: <c>1027/CTK-CSCL</c>).
    /// </summary>
    public string? Abbreviation { get; }

    /// <summary>The Vietnamese name (tên loại văn bản), e.g. "Quyết định".</summary>
    public string VietnameseName { get; }

    /// <summary>The English name, e.g. "decision".</summary>
    public string EnglishName { get; }

    /// <inheritdoc />
    public bool Equals(DocumentType? other) =>
        other is not null && System == other.System && Kind == other.Kind;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocumentType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(System, Kind);

    /// <summary>The abbreviation and the Vietnamese name, e.g. "QĐi (Quy định)".</summary>
    public override string ToString() => Abbreviation is null ? VietnameseName : $"{Abbreviation} ({VietnameseName})";
}
