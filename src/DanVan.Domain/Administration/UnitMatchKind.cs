using System.Text.Json.Serialization;

namespace DanVan.Domain.Administration;

/// <summary>
/// How a search text matched a unit's name in <see cref="AdministrativeCatalog.Search"/>, strongest first. Case,
/// diacritics, tone-mark placement, apostrophes and the kind's prefix or abbreviation never matter.
/// </summary>
/// <remarks>The JSON names (camelCase) are stable.</remarks>
/// <example>
/// <code>
/// catalog.Search("huyen lap thach", date)[0].MatchKind; // Exact: Huyện Lập Thạch
/// catalog.Search("lap th", date)[0].MatchKind;          // Prefix: Lập Thạch, still being typed
/// catalog.Search("chi minh ho", date)[0].MatchKind;     // Words: every word, another order (Hồ Chí Minh)
/// catalog.Search("tp hcm", date)[0].MatchKind;          // Initials: Hồ Chí Minh
/// </code>
/// </example>
[JsonConverter(typeof(JsonStringEnumConverter<UnitMatchKind>))]
public enum UnitMatchKind
{
    /// <summary>The name is exactly the words of the text: "thuong tin" for Thường Tín, "q.11" for Quận 11.</summary>
    [JsonStringEnumMemberName("exact")]
    Exact = 1,

    /// <summary>The name starts with the words of the text, the last of which may be cut short while typing: "ho chi", "thuong t".</summary>
    [JsonStringEnumMemberName("prefix")]
    Prefix = 2,

    /// <summary>Every word of the text is a word of the name, in any order or place (the last may be cut short): "chi minh".</summary>
    [JsonStringEnumMemberName("words")]
    Words = 3,

    /// <summary>One word of two or more letters is the first letters of a name of two or more words: "hcm" for Hồ Chí Minh.</summary>
    [JsonStringEnumMemberName("initials")]
    Initials = 4,
}
