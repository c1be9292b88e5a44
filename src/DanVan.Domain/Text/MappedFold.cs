namespace DanVan.Domain.Text;

/// <summary>
/// The folded key of a text (exactly as <see cref="VietnameseFolding.Fold(ReadOnlySpan{char})"/> computes it) together
/// with, for each folded character, the index of the source character it came from, so that matches found in the
/// key can be reported at their place in the original text.
/// </summary>
internal sealed class MappedFold
{
    /// <summary>A fold and its map; <paramref name="sourceIndex"/> may be longer than the text (a reused buffer).</summary>
    internal MappedFold(string text, int[] sourceIndex)
    {
        Text = text;
        SourceIndex = sourceIndex;
    }

    /// <summary>The folded key.</summary>
    internal string Text { get; }

    /// <summary>For each character of <see cref="Text"/>, the index of the source character it came from (entries past the text mean nothing).</summary>
    internal int[] SourceIndex { get; }

    /// <summary>The source index just after the folded characters up to (not including) <paramref name="foldedEnd"/>.</summary>
    internal int SourceEnd(int foldedEnd) => foldedEnd == 0 ? 0 : SourceIndex[foldedEnd - 1] + 1;

    internal static MappedFold Create(ReadOnlySpan<char> source)
    {
        var folded = new char[source.Length];
        var index = new int[source.Length];
        var written = VietnameseFolding.FoldCore(source, folded, index);
        return new MappedFold(new string(folded, 0, written), index.AsSpan(0, written).ToArray());
    }
}
