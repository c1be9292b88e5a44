using DanVan.Domain.Text;

namespace DanVan.Domain.Regulations;

/// <summary>
/// Finds references to documents in Vietnamese prose: "Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị",
/// "Quy định số 11 của Bộ Chính trị", "Chương trình hành động số 20", "Nghị quyết 25", and text glued together by
/// scraping ("Quyết định 217của Bộ Chính trị"). Each reference comes with its parts and, when the catalog knows
/// it, the <see cref="Regulation"/>.
/// </summary>
/// <remarks>
/// <para>A reference is a type word ("Quyết định", "Nghị quyết", "Chỉ thị", "Quy định", "Kết luận", "Chương trình
/// hành động", "Kế hoạch", "Pháp lệnh", "Nghị định", "Luật", "Hướng dẫn", "Công văn"...), optionally "số", then a
/// number or a full symbol; or a full symbol on its own whose type or issuer is known ("theo 290-QĐ/TW"). Matching
/// ignores diacritics and case. To keep verbs and counts out ("quyết định đúng đắn", "kế hoạch 5 năm", "quyết định
/// 20 hộ dân"), a bare number without "số" needs a capitalised type word, and no bare number may be followed by a
/// measure word (năm, hộ, người, lượt...). A resolution named by its plenum ("Nghị quyết Trung ương 4") is not a
/// numbered reference. docs/regulations.md gives every rule with examples.</para>
/// <para>Linear in the text; never throws. Immutable and thread-safe: one instance can serve every request.</para>
/// </remarks>
/// <example>
/// <code>
/// var references = ReferenceExtractor.Default.FindAll(
///     "thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị");
/// var first = references[0];
/// // first.TypeWord == "Quyết định", first.DocumentNumber == 290-QĐ/TW, first.Date == 2010-02-25,
/// // first.IssuerName == "Bộ Chính trị", first.Regulation!.Title == "Về việc ban hành Quy chế công tác dân vận…"
/// </code>
/// </example>
public sealed partial class ReferenceExtractor
{
    private readonly RegulationCatalog _catalog;
    private readonly Dictionary<int, Regulation[]> _byNumber;

    /// <summary>An extractor that resolves references against <paramref name="catalog"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public ReferenceExtractor(RegulationCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
        _byNumber = catalog.Regulations.GroupBy(r => r.Number.Number).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The extractor over <see cref="RegulationCatalog.Default"/>, created on first use.</summary>
    public static ReferenceExtractor Default => DefaultHolder.Extractor;

    /// <summary>The catalog references are resolved against.</summary>
    public RegulationCatalog Catalog => _catalog;

    /// <summary>Every reference in <paramref name="text"/>, in order; empty for null or empty text. Never throws.</summary>
    public IReadOnlyList<DocumentReference> FindAll(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var fold = MappedFold.Create(text);
        var s = fold.Text;
        var found = new List<DocumentReference>();
        var p = 0;
        while (p < s.Length)
        {
            var next = p + 1;
            if (IsWordStart(fold, text, p))
            {
                next = TryTypedReference(fold, text, p, found)
                    ?? TrySymbolReference(fold, text, p, found)
                    ?? p + 1;
            }

            p = next;
        }

        return found.AsReadOnly();
    }

    private static class DefaultHolder
    {
        internal static readonly ReferenceExtractor Extractor = new(RegulationCatalog.Default);
    }
}
