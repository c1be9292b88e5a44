namespace DanVan.Domain.Text;

/// <summary>A date found in prose by <see cref="VietnameseDate.FindAll(string)"/>.</summary>
/// <param name="Index">Where the date starts in the original text (a UTF-16 index).</param>
/// <param name="Length">How many characters of the original text it spans; <c>text.Substring(Index, Length)</c> is the date as written, which <see cref="VietnameseDate.Parse(string)"/> accepts.</param>
/// <param name="Value">The date, always of precision <see cref="DatePrecision.Day"/>.</param>
public readonly record struct DateMatch(int Index, int Length, PartialDate Value);
