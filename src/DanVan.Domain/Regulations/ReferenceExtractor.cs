using System.Runtime.CompilerServices;

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
[SkipLocalsInit] // stack buffers are written before they are read
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

        // Every reference holds a number. Jump from number to number (a vectorised search), look at what stands just
        // before each one, and fold only a short window around those that may belong to a reference.
        var found = new List<DocumentReference>();
        var items = new List<Item>(); // the numbers of one reference, reused
        using var window = new ReferenceWindow(text);
        var digits = new DigitFinder(text);
        var position = 0;
        var referenceEnd = 0; // where the last reference ends: references never overlap
        var blockEnd = 0; // after the last number no type word reaches past (NumberSide.Blocks)
        while (digits.Next(position) is var start and >= 0)
        {
            var runEnd = digits.RunEnd(start);
            position = runEnd;
            var side = Look(text, start, runEnd);
            if ((side & NumberSide.Blocks) == 0)
            {
                continue;
            }

            if ((side & (NumberSide.FollowsSo | NumberSide.FollowsTypeWord | NumberSide.MayStartSymbol)) != 0)
            {
                var end = ReadAround(window, start, Math.Max(referenceEnd, blockEnd), side, items, found);
                if (end >= 0)
                {
                    referenceEnd = end;
                    position = Math.Max(position, end);
                }
            }

            blockEnd = runEnd;
        }

        return found.AsReadOnly();
    }

    /// <summary>
    /// Tries, in text order, the references that may hold the number starting at source <paramref name="start"/>:
    /// from each type word whose reach ends at it, then from the number itself as a symbol. Nothing before
    /// <paramref name="floor"/> may start one. Returns the source end of the reference found, or -1.
    /// </summary>
    private int ReadAround(ReferenceWindow window, int start, int floor, NumberSide side, List<Item> items, List<DocumentReference> found)
    {
        var text = window.Source;
        var context = floor > 0 ? floor - 1 : 0; // the character before the floor: read before, always kept by folding
        // After "số" a qualifier or a law's name may come between; after a type word, only the type word is needed.
        var typed = (side & (NumberSide.FollowsSo | NumberSide.FollowsTypeWord)) != 0;
        var names = false;
        var lookBack = (side & NumberSide.FollowsSo) != 0 ? LookBackFor(text, start, floor, out names)
            : typed ? TypeWordLookBack
            : 1;
        var forwardLimit = Math.Min(text.Length, start + InitialLookAhead);
        var stop = ReadingStops.SourceEndAfterStop(text, start, forwardLimit);
        var end = stop >= 0 ? stop : forwardLimit;
        Span<int> starts = stackalloc int[MaximumTypeWordStarts];
        while (true)
        {
            var from = Math.Max(context, start - lookBack);
            if (!window.Holds(from, end))
            {
                window.Load(from, end);
            }

            var fold = window.Fold;
            var number = window.FoldedIndexOf(start);
            var atFloor = window.Start <= context;
            var lowest = atFloor ? window.FoldedIndexOf(floor) : 1;
            var count = 0;
            if (typed)
            {
                count = TypeWordStarts(fold.Text, number, lowest, atFloor, names, starts, out var cut);
                if (cut)
                {
                    lookBack *= 2;
                    continue;
                }
            }

            window.BeginReading();
            var before = found.Count;
            int? read = null;
            for (var i = 0; i < count && read is null; i++)
            {
                if (IsWordStart(fold, text, starts[i]))
                {
                    read = TryTypedReference(window, starts[i], items, found);
                }
            }

            if (read is null && (side & NumberSide.MayStartSymbol) != 0)
            {
                read = TrySymbolReference(window, number, items, found);
            }

            if (window.ReachedFarEnough(number, read ?? -1))
            {
                return read is { } e ? fold.SourceEnd(e) : -1;
            }

            // What was read may depend on text past the window: read again with more of it.
            found.RemoveRange(before, found.Count - before);
            end = Math.Min(text.Length, end + Math.Max(end - start, InitialLookAhead));
        }
    }

    private static class DefaultHolder
    {
        internal static readonly ReferenceExtractor Extractor = new(RegulationCatalog.Default);
    }
}
