using System.Globalization;

namespace DanVan.Domain.Administration;

/// <summary>
/// One result of <see cref="AdministrativeCatalog.Search"/>: a unit, how its name matched the text, and a score to
/// rank by.
/// </summary>
/// <param name="Unit">The unit version valid on the date searched.</param>
/// <param name="Score">
/// From 0 to 1, higher is better: 1 for an exact name; 0.8 when the name starts with the text, 0.6 when it contains
/// its words, 0.5 for initials; 0.05 less when the text named another kind ("quận 11" finding Phường 11), and 0.01 less
/// per word of the name the text lacks (at most 0.04). Results with equal scores come province first, then by code.
/// Only comparable within one search.
/// </param>
/// <param name="MatchKind">How the name matched.</param>
/// <param name="KindMatched">True when the text named the unit's kind by a prefix or abbreviation ("Huyện", "H.", "Q.", "TP").</param>
/// <example>
/// <code>
/// var best = AdministrativeCatalog.Default.Search("Q.11", new LocalDate(2025, 6, 30))[0];
/// best.Unit.FullName; // "Quận 11"
/// best.Score;         // 1
/// best.MatchKind;     // UnitMatchKind.Exact
/// best.KindMatched;   // true
/// </code>
/// </example>
public sealed record UnitMatch(AdministrativeUnit Unit, double Score, UnitMatchKind MatchKind, bool KindMatched)
{
    /// <summary>"Quận 11 (772) exact 1.00".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Unit.FullName} ({Unit.Code}) {Name(MatchKind)} {Score:0.00}");

    private static string Name(UnitMatchKind kind) => kind switch
    {
        UnitMatchKind.Exact => "exact",
        UnitMatchKind.Prefix => "prefix",
        UnitMatchKind.Words => "words",
        UnitMatchKind.Initials => "initials",
        _ => "?",
    };
}
