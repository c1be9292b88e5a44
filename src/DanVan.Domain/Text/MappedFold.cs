namespace DanVan.Domain.Text;

/// <summary>
/// The folded key of a text (exactly as <see cref="VietnameseFolding.Fold(ReadOnlySpan{char})"/> computes it) together
/// with, for each folded character, the index of the source character it came from, so that matches found in the
/// key can be reported at their place in the original text.
/// </summary>
internal sealed class MappedFold
{
    private readonly char[] _folded;
    private readonly int _length;

    /// <summary>
    /// The first <paramref name="length"/> characters of <paramref name="folded"/> and their map; both arrays may be
    /// longer (buffers reused by the caller, who must not change them while this instance is read).
    /// </summary>
    internal MappedFold(char[] folded, int length, int[] sourceIndex)
    {
        _folded = folded;
        _length = length;
        SourceIndex = sourceIndex;
    }

    /// <summary>The folded key.</summary>
    internal ReadOnlySpan<char> Text => _folded.AsSpan(0, _length);

    /// <summary>For each character of <see cref="Text"/>, the index of the source character it came from (entries past the text mean nothing).</summary>
    internal int[] SourceIndex { get; }

    /// <summary>The source index just after the folded characters up to (not including) <paramref name="foldedEnd"/>.</summary>
    internal int SourceEnd(int foldedEnd) => foldedEnd == 0 ? 0 : SourceIndex[foldedEnd - 1] + 1;

    /// <summary>
    /// As <see cref="SourceEnd"/>, and past the combining marks that follow in <paramref name="source"/>: in decomposed
    /// text they belong to the last letter ("Bộ Chính trị" must not end as "tri").
    /// </summary>
    internal int SourceEndWithMarks(int foldedEnd, ReadOnlySpan<char> source)
    {
        var end = SourceEnd(foldedEnd);
        while (end < source.Length && FoldTable.IsCombiningDiacritic(source[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>The fold of <paramref name="source"/>, in arrays of its own exactly as long as the key.</summary>
    internal static MappedFold Create(ReadOnlySpan<char> source)
    {
        var folded = new char[source.Length];
        var index = new int[source.Length];
        var written = VietnameseFolding.FoldCore(source, folded, index);
        return written == source.Length
            ? new MappedFold(folded, written, index)
            : new MappedFold(folded.AsSpan(0, written).ToArray(), written, index.AsSpan(0, written).ToArray());
    }
}
