namespace DanVan.Domain.Regulations;

/// <summary>How strictly <see cref="DocumentNumber"/> parsing reads its input.</summary>
public enum DocumentNumberParseMode
{
    /// <summary>
    /// Reads what clerks and older web pages type: ASCII <c>D</c> for <c>Đ</c>, any case, spaces around separators,
    /// a prefix (<c>Số</c>, <c>số:</c>, <c>Quyết định số</c>, <c>NĐ</c>), trailing punctuation, typographic or full-width
    /// dashes and slashes. Input that could mean two different numbers is still an error. The default.
    /// </summary>
    Lenient = 0,

    /// <summary>Accepts only the official form, exactly as <see cref="DocumentNumber.ToString()"/> prints it.</summary>
    Strict = 1,
}
