namespace DanVan.Domain.Administration;

/// <summary>One word of a search text or a unit name after <see cref="SearchTokenizer"/>.</summary>
/// <param name="Start">Where the word's characters start in the tokenizer's output buffer.</param>
/// <param name="Length">How many characters the word has there.</param>
/// <param name="SourceStart">The index in the original text of the word's first character.</param>
/// <param name="SourceEnd">The index in the original text just after the word's last character.</param>
/// <param name="Part">How many commas or semicolons came before the word: address parts are separated by them.</param>
internal readonly record struct SearchToken(int Start, int Length, int SourceStart, int SourceEnd, int Part)
{
    internal ReadOnlySpan<char> Of(ReadOnlySpan<char> chars) => chars.Slice(Start, Length);
}
