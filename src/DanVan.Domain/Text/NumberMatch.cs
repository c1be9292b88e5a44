namespace DanVan.Domain.Text;

/// <summary>A reported figure found in prose by <see cref="VietnameseNumber.FindAll(string)"/>: where it is and what it is.</summary>
/// <param name="Index">The index in the text of the first character, the qualifier word's when there is one.</param>
/// <param name="Length">The number of characters matched, qualifier, "%" and denominator included.</param>
/// <param name="Number">The figure.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly record struct NumberMatch(int Index, int Length, ReportedNumber Number)
{
    /// <summary>The matched text within <paramref name="text"/>, which must be the text that was searched.</summary>
    /// <param name="text">The searched text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The match does not lie within <paramref name="text"/>.</exception>
    public string GetText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Substring(Index, Length);
    }
}
