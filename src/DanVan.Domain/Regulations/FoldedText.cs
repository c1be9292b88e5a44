namespace DanVan.Domain.Regulations;

/// <summary>Reading folded text (<see cref="Text.MappedFold"/>): whole words at a position, spaces between them.</summary>
internal static class FoldedText
{
    internal static bool IsWordAt(ReadOnlySpan<char> s, int p, string word) =>
        p >= 0 && p + word.Length <= s.Length &&
        s.Slice(p, word.Length).SequenceEqual(word) &&
        (p + word.Length == s.Length || !char.IsLetterOrDigit(s[p + word.Length]));

    internal static int SkipSpace(ReadOnlySpan<char> s, int p)
    {
        while (p < s.Length && s[p] == ' ')
        {
            p++;
        }

        return p;
    }
}
