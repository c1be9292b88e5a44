using DanVan.Domain.Serialization;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Administration;

public sealed partial class AdministrativeCatalog
{
    /// <summary>
    /// Reads a free-text address into the chain of units it names, from the province down, checking that each part
    /// lies inside the next: "Xã Quang Sơn, huyện Lập Thạch, tỉnh Vĩnh Phúc", "p.15, q.11, tp hcm",
    /// "123 Lê Lợi, P. Bến Nghé, Q.1, TP.HCM" (the street is kept in <see cref="AddressMatch.Unmatched"/>), also without
    /// commas ("phuong 15 quan 11 tp hcm").
    /// </summary>
    /// <param name="text">The address. Null, blank or nonsense gives <see cref="AddressMatchStatus.NotFound"/>; never throws on any text.</param>
    /// <param name="asOf">The date whose units are matched; default <see cref="NewestState"/>. When the text fits another
    /// state of the catalog better (an old three-level address read today), the status is
    /// <see cref="AddressMatchStatus.ValidOnOtherDate"/> with <see cref="AddressMatch.SuggestedDate"/>.</param>
    /// <returns>The units found, the status, candidates when ambiguous, the unmatched parts and bilingual issues (DV2201–DV2206).</returns>
    /// <remarks>
    /// Parts are read from the last (the most general) to the first, each searched inside the unit found for the part
    /// after it, by exact name with or without its kind ("huyện", "Q.", "TP") or by initials ("HCM"). A trailing
    /// "Việt Nam" or postcode is skipped. docs/administration-search.md lists the statuses with examples.
    /// </remarks>
    /// <example>
    /// <code>
    /// var catalog = AdministrativeCatalog.Default;
    /// var match = catalog.ParseAddress("p.15, q.11, tp hcm", new LocalDate(2025, 6, 30));
    /// match.Status;        // Resolved
    /// match.Unit!.Code;    // 27208: Phường 15 of Quận 11
    /// catalog.ParseAddress("Xã Quang Sơn, huyện Lập Thạch, tỉnh Vĩnh Phúc").SuggestedDate; // 2025-06-30
    /// </code>
    /// </example>
    public AddressMatch ParseAddress(string? text, LocalDate? asOf = null)
    {
        var date = asOf ?? NewestState;
        if (string.IsNullOrWhiteSpace(text))
        {
            var shown = text ?? string.Empty;
            return new AddressMatch(shown, date, AddressMatchStatus.NotFound, [], [], [], [AddressIssues.NotFound.Create(
                string.Empty, shown, new IssueArgument("date", LocalDateJsonConverter.Format(date)), new IssueArgument("text", shown))]);
        }

        var parser = new AddressParser(this, text);
        var here = parser.Resolve(date);
        AddressParser.Resolution? better = null;
        // An ambiguous reading already fits this date: only a text that names nothing, or less than it says, may
        // belong to another state.
        if (here.Status is not (AddressMatchStatus.Resolved or AddressMatchStatus.Ambiguous))
        {
            foreach (var other in OtherStates(date))
            {
                var there = parser.Resolve(other);
                if (there.IsBetterThan(here) && (better is null || there.IsBetterThan(better)))
                {
                    better = there;
                }
            }
        }

        return parser.ToMatch(here, better);
    }

    /// <summary>
    /// Converts an address written on <paramref name="oldDate"/> to the units of <paramref name="toDate"/> in one call:
    /// parses it as of the old date (<see cref="ParseAddress"/>), then follows its most specific unit forward
    /// (<see cref="Translate(AdministrativeUnit, LocalDate)"/>) and gives, for each unit that covers it, the new chain,
    /// the official path and the new address with the street kept.
    /// </summary>
    /// <param name="oldAddress">The address as written then. Never throws on any text.</param>
    /// <param name="oldDate">The date the address was valid (2025-06-30 for the last three-level state).</param>
    /// <param name="toDate">The date to convert to; default <see cref="NewestState"/>.</param>
    /// <returns>The parsed source, the status and the targets; no targets when the source did not resolve (see <see cref="AddressTranslation.Source"/>).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="toDate"/> is before <paramref name="oldDate"/>: translation goes forward in time.</exception>
    /// <example>
    /// <code>
    /// var result = AdministrativeCatalog.Default.TranslateAddress("123 Lê Lợi, P. Bến Nghé, Q.1, TP.HCM", new LocalDate(2025, 6, 30));
    /// result.Status;               // Translated
    /// result.Targets[0].Address;   // "123 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh"
    /// </code>
    /// </example>
    public AddressTranslation TranslateAddress(string? oldAddress, LocalDate oldDate, LocalDate? toDate = null)
    {
        var target = toDate ?? NewestState;
        if (target < oldDate)
        {
            throw new ArgumentOutOfRangeException(nameof(toDate), target, "TranslateAddress goes forward in time: toDate must not be before oldDate.");
        }

        var source = ParseAddress(oldAddress, oldDate);
        if (source.Unit is not { } unit || source.Status is not (AddressMatchStatus.Resolved or AddressMatchStatus.PartiallyResolved))
        {
            return new AddressTranslation(source, target, AddressTranslationStatus.NotResolved, [], source.Issues);
        }

        var links = Translate(unit, target);
        if (links.Count == 0)
        {
            var issue = AddressIssues.NoSuccessor.Create(
                string.Empty, unit.FullName, new IssueArgument("unit", FormatPath(unit, oldDate)),
                new IssueArgument("until", unit.ValidUntil is { } until ? LocalDateJsonConverter.Format(until) : "?"),
                new IssueArgument("date", LocalDateJsonConverter.Format(target)));
            return new AddressTranslation(source, target, AddressTranslationStatus.NoSuccessor, [], [.. source.Issues, issue]);
        }

        var street = string.Join(", ", source.Unmatched);
        var targets = links.Select(link =>
        {
            var chain = Ancestors(link.Unit, target).Reverse().Append(link.Unit).ToList();
            var path = FormatPath(link.Unit, target);
            return new TranslatedAddress(link, chain, path, street.Length == 0 ? path : street + ", " + path);
        }).ToList();
        var status = links is [{ Coverage: Coverage.Whole }] ? AddressTranslationStatus.Translated : AddressTranslationStatus.Divided;
        return new AddressTranslation(source, target, status, targets, source.Issues);
    }

    // One date per state of the catalog (the last day of each, and the newest state), newest first so that it wins a
    // tie, except the state of `date`.
    private IEnumerable<LocalDate> OtherStates(LocalDate date)
    {
        var own = _stateDates.Value.FirstOrDefault(d => d >= date, NewestState);
        return _stateDates.Value.Where(d => d != own).Reverse();
    }
}
