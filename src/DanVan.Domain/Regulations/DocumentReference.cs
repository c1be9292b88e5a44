using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Regulations;

/// <summary>
/// A reference to a document found in Vietnamese prose by <see cref="ReferenceExtractor"/>, such as
/// "Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị" or the bare "Quyết định 217 của Bộ Chính trị".
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DocumentReference
{
    /// <summary>Where the reference starts in the text (UTF-16 index).</summary>
    public required int Index { get; init; }

    /// <summary>
    /// Its length: from the type word to the number or symbol, then through the date and the issuer written after it.
    /// In a list ("Quyết định 217, 218 của Bộ Chính trị") the first item starts at the type word, the others at their
    /// number, and the shared date and issuer extend the last one.
    /// </summary>
    public required int Length { get; init; }

    /// <summary>The referencing text itself.</summary>
    public required string Text { get; init; }

    /// <summary>The type word as written ("Quyết định", "chương trình hành động"), or null for a bare symbol ("290-QĐ/TW").</summary>
    public string? TypeWord { get; init; }

    /// <summary>The kind the type word names, or, for a bare symbol, the kind its abbreviation names; null when neither says.</summary>
    public DocumentKind? Kind { get; init; }

    /// <summary>The document's number (số): 290 in "290-QĐ/TW", 217 in "Quyết định 217".</summary>
    public required int Number { get; init; }

    /// <summary>The symbol as written when there is one ("290-QĐ/TW", "04/2015/NĐ-CP"); null for a bare number.</summary>
    public string? Symbol { get; init; }

    /// <summary>The parsed number when the symbol is a valid one.</summary>
    public DocumentNumber? DocumentNumber { get; init; }

    /// <summary>Why the symbol did not parse, when it looks like one but is not valid; null otherwise.</summary>
    public ValidationIssue? SymbolError { get; init; }

    /// <summary>The date written after it ("ngày 25/2/2010", "ngày 11 tháng 6 năm 2010"), or null.</summary>
    public LocalDate? Date { get; init; }

    /// <summary>The issuer as written after "của" ("Bộ Chính trị", "Ban Thường vụ Huyện ủy", "Thành ủy Hà Nội"), white space collapsed; or null.</summary>
    public string? IssuerName { get; init; }

    /// <summary>The issuer abbreviation the issuer name stands for in document numbers (Bộ Chính trị: <c>TW</c>; Huyện ủy: <c>HU</c>), when known.</summary>
    public string? IssuerAbbreviation { get; init; }

    /// <summary>The document, when the catalog knows it and the reference names it unambiguously; see docs/regulations.md for the rules.</summary>
    public Regulation? Regulation { get; init; }

    /// <summary>The referencing text.</summary>
    public override string ToString() => Text;
}
