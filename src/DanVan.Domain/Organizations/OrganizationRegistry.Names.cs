using DanVan.Domain.Administration;
using DanVan.Domain.Text;
using NodaTime;

namespace DanVan.Domain.Organizations;

public sealed partial class OrganizationRegistry
{
    private readonly NameTables _nameTables = new();

    /// <summary>
    /// Reads an organization's name back: its kind, the unit it serves, its number, its village, the body that convened
    /// it, and the body itself when the registry has it on the date. Reads every name <see cref="OrganizationNames"/>
    /// composes (full and short) and the usual variants: "Ban Dân vận Huyện ủy Thường Tín", "Thành ủy Hà Nội",
    /// "UBND huyện Lập Thạch", "Đoàn Kiểm tra số 3 Thành ủy Hà Nội", "Thành ủy TP.HCM", "Ban Dân vận TW".
    /// </summary>
    /// <param name="text">The name. Case, diacritics, tone-mark placement ("Tỉnh uỷ"/"Tỉnh ủy") and spacing do not matter. Null, blank or nonsense gives <see cref="OrganizationNameStatus.Unrecognized"/>; never throws on any text.</param>
    /// <param name="asOf">The date to read the name on; default <see cref="AdministrativeCatalog.NewestState"/>. The unit and the kind must both exist then.</param>
    /// <param name="within">Only units in this one (itself or under it) on <paramref name="asOf"/>: tells apart same-named units ("Đảng ủy xã Quang Sơn" within huyện Lập Thạch); for a grassroots body named only by its village, the commune it is in. Central bodies ignore it.</param>
    /// <returns>The kind, unit, number, locality, bodies and status, with an issue (DV3301–DV3315) explaining any failure.</returns>
    /// <remarks>
    /// The name is read from the left: a central body's whole name, or the phrase that opens a kind's name and then the
    /// unit, the committee, the locality or the convening body the kind's form calls for. Units are found in the
    /// catalog by their exact name (or initials such as "HCM"), the kind of unit coming from the name: "Huyện ủy X" is
    /// a huyện, "Thành ủy X" a thành phố, "Quận ủy X" a quận, "Thị ủy X" a thị xã, "Đảng ủy xã X" a xã, and after
    /// other bodies the unit's own prefix ("UBND huyện X"). docs/organizations-names.md lists the forms, the statuses and
    /// tested examples.
    /// </remarks>
    /// <example>
    /// <code>
    /// var registry = OrganizationRegistry.Default;
    /// var match = registry.ParseName("Ban Dân vận Huyện ủy Thường Tín", new LocalDate(2020, 3, 26));
    /// match.Kind;           // OrganizationKind.DanVanCommission
    /// match.Unit!.Code;     // 279
    /// match.Organization!.Id; // 279/danvan-commission
    /// registry.ParseName("Huyện ủy Thường Tín", new LocalDate(2026, 1, 1)).Status;   // NotValidOnDate (until 2025-06-30)
    /// </code>
    /// </example>
    public OrganizationNameMatch ParseName(string? text, LocalDate? asOf = null, UnitCode? within = null) =>
        OrganizationNameParser.Parse(this, text, asOf ?? Catalog.NewestState, within);

    /// <summary>
    /// Reads an organization's name back (see <see cref="ParseName"/>); true when it resolves. <paramref name="match"/>
    /// always holds the result, with the issue explaining a failure. Never throws.
    /// </summary>
    /// <param name="text">The name.</param>
    /// <param name="match">The result, also on failure.</param>
    /// <param name="asOf">The date to read the name on; default <see cref="AdministrativeCatalog.NewestState"/>.</param>
    /// <param name="within">Only units in this one on <paramref name="asOf"/>.</param>
    public bool TryParseName(string? text, out OrganizationNameMatch match, LocalDate? asOf = null, UnitCode? within = null)
    {
        match = ParseName(text, asOf, within);
        return match.IsResolved;
    }

    /// <summary>The added bodies whose name or short name is <paramref name="key"/> (folded words joined by single spaces).</summary>
    internal ReadOnlySpan<Organization> AddedNamed(ReadOnlySpan<char> key)
    {
        var names = _nameTables.AddedNames(this);
        return names.Count > 0 && names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var bodies) ? bodies : [];
    }

    /// <summary>
    /// The stored body of <paramref name="kind"/> serving <paramref name="unit"/> (null: a central one) on
    /// <paramref name="date"/> with that number and locality (compared ignoring case and diacritics); of several, the one
    /// whose parent is <paramref name="parent"/>. A body with another parent never matches.
    /// </summary>
    internal Organization? FindAdded(OrganizationKind kind, UnitCode? unit, LocalDate date, int? number, string? locality, OrganizationId? parent)
    {
        IReadOnlyList<Organization> pool = unit is { } code ? _explicitByUnit.TryGetValue(code, out var bodies) ? bodies : [] : _central;
        Organization? found = null;
        foreach (var body in pool)
        {
            if (body.Kind != kind || !body.IsValidOn(date) || body.Number != number ||
                (locality is null ? body.Locality is not null : !VietnameseFolding.FoldedEquals(body.Locality, locality)) ||
                (parent is { } convener && body.ParentId is { } other && other != convener))
            {
                continue;
            }

            if (parent is not null && body.ParentId == parent)
            {
                return body;
            }

            found ??= body;
        }

        return found;
    }

    /// <summary>
    /// The last day of each state of the catalog other than the one <paramref name="date"/> falls in, newest first: the
    /// dates on which a name that fails on <paramref name="date"/> may read.
    /// </summary>
    internal IEnumerable<LocalDate> OtherStates(LocalDate date)
    {
        var states = _nameTables.StateDates(Catalog);
        var own = Catalog.NewestState;
        foreach (var state in states)
        {
            if (state >= date)
            {
                own = state;
            }
        }

        foreach (var state in states)
        {
            if (state != own)
            {
                yield return state;
            }
        }
    }

    private Dictionary<string, Organization[]> IndexAddedNames()
    {
        var index = new Dictionary<string, List<Organization>>(StringComparer.Ordinal);
        foreach (var body in Added)
        {
            foreach (var name in (string?[])[body.Name, body.ShortName])
            {
                var words = SearchTokenizer.Words(name);
                if (words.Length == 0)
                {
                    continue;
                }

                var key = string.Join(' ', words);
                if (!index.TryGetValue(key, out var list))
                {
                    index[key] = list = [];
                }

                if (!list.Contains(body))
                {
                    list.Add(body);
                }
            }
        }

        return index.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The tables name reading builds on first use (thread-safe: a race builds them twice and keeps one).</summary>
    private sealed class NameTables
    {
        private Dictionary<string, Organization[]>? _addedNames;
        private LocalDate[]? _stateDates;

        internal Dictionary<string, Organization[]> AddedNames(OrganizationRegistry registry) =>
            Volatile.Read(ref _addedNames) ?? LazyInitializer.EnsureInitialized(ref _addedNames, registry.IndexAddedNames);

        // The last day of each state of the catalog, newest first.
        internal LocalDate[] StateDates(AdministrativeCatalog catalog) =>
            Volatile.Read(ref _stateDates) ?? LazyInitializer.EnsureInitialized(ref _stateDates, () =>
                [.. catalog.Units.Where(u => u.ValidUntil is not null).Select(u => u.ValidUntil!.Value).Append(catalog.NewestState).Distinct().OrderDescending()]);
    }
}
