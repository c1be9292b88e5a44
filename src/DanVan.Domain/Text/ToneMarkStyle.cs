namespace DanVan.Domain.Text;

/// <summary>
/// Where the tone mark goes in the open syllables <c>oa</c>, <c>oe</c> and <c>uy</c> (kiểu bỏ dấu), the only
/// places where Vietnamese spelling conventions disagree: "Hòa" or "Hoà", "Thụy" or "Thuỵ", "Khỏa" or "Khoả".
/// </summary>
public enum ToneMarkStyle
{
    /// <summary>
    /// Kiểu cũ: on the first vowel ("Hòa", "Thụy", "Khỏa", "khỏe"). The library's canonical form, because the
    /// state code lists use it: of the names in Công văn 1027/CTK-CSCL (communes from 2025-07-01) that contain
    /// such a syllable, 191 are written this way and 14 the other; Công văn 915/CTK-CSCL (provinces) 2 and 0.
    /// </summary>
    Traditional = 0,

    /// <summary>Kiểu mới: on the second vowel ("Hoà", "Thuỵ", "Khoả", "khoẻ"), for display where that is the house style.</summary>
    Modern = 1,
}
