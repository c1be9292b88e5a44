using DanVan.Domain.Text;

namespace DanVan.Domain.Regulations;

/// <summary>
/// The words prose uses to name a document type ("Quyết định", "Chương trình hành động", "Nghị định"), with their
/// folded keys. Shared by lenient parsing (which accepts them as a prefix) and by <see cref="ReferenceExtractor"/>.
/// </summary>
internal static class DocumentTypeWords
{
    /// <summary>The type words, longest first so that "Nghị quyết liên tịch" wins over "Nghị quyết".</summary>
    internal static readonly (string Word, string Folded, DocumentKind Kind)[] Words = Build(
    [
        ("Nghị quyết liên tịch", DocumentKind.JointResolution),
        ("Thông tư liên tịch", DocumentKind.JointCircular),
        ("Chương trình hành động", DocumentKind.Programme),
        ("Chương trình phối hợp", DocumentKind.Programme),
        ("Nghị quyết", DocumentKind.Resolution),
        ("Quyết định", DocumentKind.Decision),
        ("Quy định", DocumentKind.Regulation),
        ("Chỉ thị", DocumentKind.Directive),
        ("Kết luận", DocumentKind.Conclusion),
        ("Hướng dẫn", DocumentKind.Guidance),
        ("Kế hoạch", DocumentKind.Plan),
        ("Chương trình", DocumentKind.Programme),
        ("Thông báo", DocumentKind.Notice),
        ("Báo cáo", DocumentKind.Report),
        ("Tờ trình", DocumentKind.Submission),
        ("Thông tri", DocumentKind.PartyCircular),
        ("Công văn", DocumentKind.OfficialLetter),
        ("Quy chế", DocumentKind.Rules),
        ("Thông cáo", DocumentKind.Communique),
        ("Công điện", DocumentKind.Dispatch),
        ("Đề án", DocumentKind.Project),
        ("Hiến pháp", DocumentKind.Constitution),
        ("Bộ luật", DocumentKind.Code),
        ("Luật", DocumentKind.Law),
        ("Pháp lệnh", DocumentKind.Ordinance),
        ("Nghị định", DocumentKind.Decree),
        ("Thông tư", DocumentKind.Circular),
    ]);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Prefixes = BuildPrefixes();

    /// <summary>True when the folded text is a type word or the folded abbreviation of a type of either system ("quyet dinh", "qd", "nd").</summary>
    internal static bool IsTypeWordOrAbbreviation(ReadOnlySpan<char> folded) => Prefixes.Contains(folded);

    private static (string, string, DocumentKind)[] Build((string Word, DocumentKind Kind)[] words) =>
        words.Select(w => (w.Word, VietnameseFolding.Fold(w.Word), w.Kind))
            .OrderByDescending(w => w.Item2.Length)
            .ToArray();

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BuildPrefixes()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, folded, _) in Words)
        {
            set.Add(folded);
        }

        foreach (var type in DocumentTypes.All)
        {
            set.Add(VietnameseFolding.Fold(type.VietnameseName));
            if (type.Abbreviation is not null)
            {
                set.Add(VietnameseFolding.Fold(type.Abbreviation));
            }
        }

        return set.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
