namespace DanVan.Domain.Regulations;

/// <summary>Reading folded text (<see cref="Text.MappedFold"/>): whole words at a position, spaces between them.</summary>
internal static class FoldedText
{
    /// <summary>True when <paramref name="word"/> (not empty) is at <paramref name="p"/> and no letter or digit follows it.</summary>
    internal static bool IsWordAt(ReadOnlySpan<char> s, int p, string word) =>
        p >= 0 && p + word.Length <= s.Length &&
        s[p] == word[0] && s[p + word.Length - 1] == word[^1] && // most candidates differ at one end: cheaper than comparing all
        s.Slice(p, word.Length).SequenceEqual(word) &&
        (p + word.Length == s.Length || !char.IsLetterOrDigit(s[p + word.Length]));

    /// <summary>The position after the spaces at <paramref name="p"/> (folded text has at most one in a row).</summary>

    internal static int SkipSpace(ReadOnlySpan<char> s, int p)
    {
        while (p < s.Length && s[p] == ' ')
        {
            p++;
        }

        return p;
    }
}
