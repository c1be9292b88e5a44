using DanVan.Domain.Text;

namespace DanVan.Domain.Regulations;

/// <summary>
/// The names prose gives to issuing bodies after "của", with the abbreviation their numbers carry. A local body
/// ("Thành ủy", "UBND") may be followed by its place ("Hà Nội", "huyện Lập Thạch", "Quận 11"); a standing body
/// ("Ban Thường vụ", "Ban Dân vận", "Thường trực") by the committee it belongs to.
/// </summary>
internal static class IssuerNames
{
    private static readonly (string Folded, string? Abbreviation, Shape Shape)[] Heads = Sorted(
    [
        ("ban chap hanh trung uong dang", "TW", Shape.Central),
        ("ban chap hanh trung uong", "TW", Shape.Central),
        ("bo chinh tri", "TW", Shape.Central),
        ("ban bi thu", "TW", Shape.Central),
        ("trung uong dang", "TW", Shape.Central),
        ("trung uong", "TW", Shape.Central),
        ("van phong trung uong dang", "VPTW", Shape.Central),
        ("van phong trung uong", "VPTW", Shape.Central),
        ("uy ban kiem tra trung uong", "UBKTTW", Shape.Central),
        ("ban tuyen giao va dan van trung uong", "BTGDVTW", Shape.Central),
        ("ban dan van trung uong", "BDVTW", Shape.Central),
        ("ban tuyen giao trung uong", "BTGTW", Shape.Central),
        ("ban to chuc trung uong", "BTCTW", Shape.Central),
        ("uy ban thuong vu quoc hoi", "UBTVQH", Shape.Central),
        ("ubtvqh", "UBTVQH", Shape.Central),
        ("quoc hoi", "QH", Shape.Central),
        ("thu tuong chinh phu", "TTg", Shape.Central),
        ("thu tuong", "TTg", Shape.Central),
        ("van phong chinh phu", "VPCP", Shape.Central),
        ("chinh phu", "CP", Shape.Central),
        ("chu tich nuoc", "CTN", Shape.Central),
        ("bo noi vu", "BNV", Shape.Central),
        ("bo giao duc va dao tao", "BGDĐT", Shape.Central),
        ("cuc thong ke", "CTK", Shape.Central),
        ("thanh uy", "TU", Shape.Local),
        ("tinh uy", "TU", Shape.Local),
        ("huyen uy", "HU", Shape.Local),
        ("quan uy", "QU", Shape.Local),
        ("thi uy", null, Shape.Local),
        ("dang uy", "ĐU", Shape.Local),
        ("uy ban nhan dan", "UBND", Shape.Local),
        ("ubnd", "UBND", Shape.Local),
        ("hoi dong nhan dan", "HĐND", Shape.Local),
        ("hdnd", "HĐND", Shape.Local),
        ("ban thuong vu", null, Shape.OfCommittee),
        ("btv", null, Shape.OfCommittee),
        ("thuong truc", null, Shape.OfCommittee),
        ("ban dan van", null, Shape.OfCommittee),
    ]);

    // Indices into Heads by the first letter of the folded name, longest first as in Heads.
    private static readonly int[][] HeadsByFirstLetter = IndexHeads();

    private static readonly string[] UnitWords = ["thanh pho", "thi tran", "thi xa", "tinh", "huyen", "quan", "xa", "phuong"];
    private static readonly string UnitWordStarts = string.Concat(UnitWords.Select(w => w[0]).Distinct());

    private enum Shape
    {
        Central,
        Local,
        OfCommittee,
    }

    /// <summary>
    /// Reads an issuer name at folded position <paramref name="p"/>; the end is the folded position after it.
    /// False when no known body starts there.
    /// </summary>
    internal static bool TryRead(MappedFold fold, string text, int p, out int end, out string? abbreviation)
    {
        var s = fold.Text;
        end = p;
        abbreviation = null;
        var head = MatchHead(s, p);
        if (head < 0)
        {
            return false;
        }

        var (folded, headAbbreviation, shape) = Heads[head];
        end = p + folded.Length;
        abbreviation = headAbbreviation;
        if (shape == Shape.Central)
        {
            return true;
        }

        if (shape == Shape.OfCommittee)
        {
            var next = FoldedText.SkipSpace(s, end);
            var committee = MatchHead(s, next);
            if (committee < 0 || Heads[committee].Shape == Shape.OfCommittee)
            {
                return true;
            }

            var (committeeFolded, committeeAbbreviation, committeeShape) = Heads[committee];
            end = next + committeeFolded.Length;
            abbreviation = folded == "ban dan van"
                ? committeeAbbreviation switch { "TU" => "BDVTU", "TW" => "BDVTW", _ => null }
                : committeeAbbreviation;
            if (committeeShape == Shape.Central)
            {
                return true;
            }
        }

        end = ReadPlace(fold, text, end);
        return true;
    }

    /// <summary>An optional unit word then capitalised words or numbers: "Hà Nội", "huyện Lập Thạch", "Quận 11", "xã".</summary>
    private static int ReadPlace(MappedFold fold, string text, int end)
    {
        var s = fold.Text;
        var p = FoldedText.SkipSpace(s, end);
        foreach (var unit in p < s.Length && UnitWordStarts.Contains(s[p], StringComparison.Ordinal) ? UnitWords : [])
        {
            if (FoldedText.IsWordAt(s, p, unit))
            {
                end = p + unit.Length;
                p = FoldedText.SkipSpace(s, end);
                break;
            }
        }

        while (p < s.Length && char.IsLetterOrDigit(s[p]))
        {
            var wordEnd = p;
            while (wordEnd < s.Length && char.IsLetterOrDigit(s[wordEnd]))
            {
                wordEnd++;
            }

            // A place is capitalised words or numbers on the same line: a new line (a heading, a paragraph) or a
            // date ("Ngày 11 tháng 6") starts something else.
            var first = text[fold.SourceIndex[p]];
            var gap = text.AsSpan(fold.SourceEnd(end), fold.SourceIndex[p] - fold.SourceEnd(end));
            if ((!char.IsUpper(first) && !char.IsAsciiDigit(first)) || gap.ContainsAny('\n', '\r') || FoldedText.IsWordAt(s, p, "ngay"))
            {
                break;
            }

            end = wordEnd;
            p = FoldedText.SkipSpace(s, wordEnd);
        }

        return end;
    }

    private static int MatchHead(ReadOnlySpan<char> s, int p)
    {
        if (p >= s.Length || s[p] is < 'a' or > 'z')
        {
            return -1;
        }

        foreach (var i in HeadsByFirstLetter[s[p] - 'a'])
        {
            if (FoldedText.IsWordAt(s, p, Heads[i].Folded))
            {
                return i;
            }
        }

        return -1;
    }

    private static int[][] IndexHeads() =>
        Enumerable.Range(0, 26)
            .Select(letter => Enumerable.Range(0, Heads.Length).Where(i => Heads[i].Folded[0] == 'a' + letter).ToArray())
            .ToArray();

    private static (string, string?, Shape)[] Sorted((string, string?, Shape)[] heads) =>
        heads.OrderByDescending(h => h.Item1.Length).ToArray();
}
