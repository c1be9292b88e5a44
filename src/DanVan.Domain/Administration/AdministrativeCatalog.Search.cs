using NodaTime;

namespace DanVan.Domain.Administration;

public sealed partial class AdministrativeCatalog
{
    /// <summary>
    /// The units whose names match <paramref name="text"/>, best first: what a search box or an address form needs.
    /// Case, diacritics, tone-mark placement ("Hoà"/"Hòa"), apostrophes ("Ea H'Leo"/"Ea H’Leo") and spacing do not
    /// matter; a leading kind ("Huyện", "Quận", "TP", "Q.", "P.") prefers units of that kind; numbers may be glued to
    /// their abbreviation ("q11", "p15"); one word can be initials ("hcm", "tphcm"); the last word may be unfinished.
    /// </summary>
    /// <param name="text">What was typed: "thuong tin", "Q.11", "TP.HCM", "huyen lap thach". Null, blank or over 256 characters finds nothing.</param>
    /// <param name="asOf">The date whose units are searched; default <see cref="NewestState"/>. Only units valid then are returned.</param>
    /// <param name="limit">How many matches at most; 0 or less returns none.</param>
    /// <param name="within">Only units under this one (at any depth) on <paramref name="asOf"/>: a province or district. A code with no unit on that date finds nothing.</param>
    /// <returns>The matches, best first (see <see cref="UnitMatch.Score"/>); empty when nothing matches. Never throws on any text.</returns>
    /// <remarks>
    /// Every word of the text must match a word of the name (the last may be the start of one); docs/administration-search.md
    /// gives the ranking rules. A search over all units takes a few microseconds and allocates only its result;
    /// the index is built on the first search (thread-safe).
    /// </remarks>
    /// <example>
    /// <code>
    /// var catalog = AdministrativeCatalog.Default;
    /// var old = new LocalDate(2025, 6, 30);
    /// catalog.Search("thuong tin", old)[0].Unit;                       // Huyện Thường Tín (279), before Thị trấn Thường Tín
    /// catalog.Search("tp hcm")[0].Unit;                                // Thành phố Hồ Chí Minh (79)
    /// catalog.Search("p. 15", old, within: UnitCode.Parse("772"))[0];  // Phường 15 of Quận 11
    /// </code>
    /// </example>
    public IReadOnlyList<UnitMatch> Search(string? text, LocalDate? asOf = null, int limit = 10, UnitCode? within = null)
    {
        if (limit <= 0 || string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var date = asOf ?? NewestState;
        AdministrativeUnit? scope = null;
        if (within is { } code && (code.IsDefault || (scope = Find(code, date)) is null))
        {
            return [];
        }

        return SearchIndex.Search(text, date, limit, scope);
    }
}
