namespace DanVan.Domain.Text;

/// <summary>
/// The last folded characters before a position of a text, read backwards one table look-up at a time, so that a
/// caller can see what stands just before a spot without folding everything before it.
/// </summary>
internal static class FoldedTail
{
    /// <summary>
    /// Fills the end of <paramref name="destination"/> with the folded characters that come just before
    /// <paramref name="end"/> in the key of the whole <paramref name="source"/> (exactly as
    /// <see cref="VietnameseFolding.FoldCore"/> writes them) and returns how many were written, the last one next to
    /// <paramref name="end"/>.
    /// </summary>
    /// <param name="source">The text.</param>
    /// <param name="end">The position before which to read.</param>
    /// <param name="destination">Filled from its end.</param>
    /// <param name="maximumSource">How many source characters to read at most (runs of invisible characters are unbounded).</param>
    /// <param name="whole">True when the characters written are all the text has before <paramref name="end"/>.</param>
    internal static int Read(string source, int end, Span<char> destination, int maximumSource, out bool whole)
    {
        var map = FoldTable.Map;
        var written = 0;
        var pendingSpace = false;
        var limit = Math.Max(0, end - maximumSource);
        var i = end - 1;
        for (; i >= limit && written < destination.Length; i--)
        {
            var c = source[i];
            var m = map[c];
            if (m == FoldTable.Drop)
            {
                continue;
            }

            if (m == FoldTable.Space)
            {
                pendingSpace = true;
                continue;
            }

            if (pendingSpace)
            {
                // A run of separators is one space, and only between two kept characters.
                destination[^++written] = ' ';
                pendingSpace = false;
                if (written == destination.Length)
                {
                    break;
                }
            }

            if (m != FoldTable.Surrogate)
            {
                destination[^++written] = m;
            }
            else if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(source[i - 1]))
            {
                destination[^++written] = c;
                if (written < destination.Length)
                {
                    destination[^++written] = source[--i];
                }
            }
            else if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                destination[^++written] = c; // its low half lies at or after the end
            }
            else
            {
                destination[^++written] = FoldTable.Replacement;
            }
        }

        // Separators at the very start of the text fold to nothing.
        whole = i < 0;
        return written;
    }
}
